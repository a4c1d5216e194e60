/**
 * The one thing the insights queries need from a database: run a statement with `?` placeholders
 * and get its rows. The module adapts Medusa's shared knex connection; the benchmark adapts a
 * plain `pg` pool. Statements never contain a literal `?` besides placeholders.
 */
export type SqlExecutor = (text: string, values: unknown[]) => Promise<Record<string, any>[]>

/**
 * Turns `:name` placeholders into positional `?` with their values in order (a name may repeat).
 * `::type` casts are left alone.
 */
export function bind(text: string, params: Record<string, unknown>): { text: string; values: unknown[] } {
  const values: unknown[] = []
  const out = text.replace(/(?<![:\w]):([a-z_][a-z0-9_]*)/gi, (match, name: string) => {
    if (!(name in params)) {
      throw new Error(`insights sql: no value for :${name}`)
    }
    values.push(params[name])
    return "?"
  })
  return { text: out, values }
}

/** `?` placeholders → `$1…$n`, for drivers that number them (pg). */
export function numberPlaceholders(text: string): string {
  let n = 0
  return text.replace(/\?/g, () => `$${++n}`)
}

/** A numeric column (pg returns numerics as strings) as a number; null and NaN become 0. */
export function num(value: unknown): number {
  const n = typeof value === "number" ? value : Number(value ?? 0)
  return Number.isFinite(n) ? n : 0
}
