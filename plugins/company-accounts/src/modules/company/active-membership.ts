/**
 * Which of a person's memberships is ACTIVE (the company they act for): the one they chose last
 * (`active_at`), else — none chosen, or the chosen one ended — the one they joined last
 * (`created_at`). Pure: the order `membershipsOf` answers, active first.
 */
export type MembershipOrderFields = {
  id: string
  active_at?: Date | string | null
  created_at?: Date | string | null
}

const time = (value: Date | string | null | undefined): number => (value ? new Date(value).getTime() : Number.NaN)

/** The memberships, the active one first, then by last chosen, then by last joined (stable by id). */
export function activeFirst<T extends MembershipOrderFields>(memberships: readonly T[]): T[] {
  return [...memberships].sort((a, b) => {
    const chosenA = time(a.active_at)
    const chosenB = time(b.active_at)
    if (Number.isNaN(chosenA) !== Number.isNaN(chosenB)) {
      return Number.isNaN(chosenA) ? 1 : -1
    }
    if (!Number.isNaN(chosenA) && chosenA !== chosenB) {
      return chosenB - chosenA
    }
    const joinedA = time(a.created_at) || 0
    const joinedB = time(b.created_at) || 0
    if (joinedA !== joinedB) {
      return joinedB - joinedA
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
  })
}
