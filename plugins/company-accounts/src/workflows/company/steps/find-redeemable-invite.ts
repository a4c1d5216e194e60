import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { EmployeeRole } from "../../../constants"
import { companyService } from "../../../lib/company-service"
import { goneError } from "@hybrid/plugin-kit/http-errors"

export type RedeemableInvite = {
  id: string
  email: string
  role: EmployeeRole
  spending_limit: number | null
  expires_at: Date
  company: { id: string; name: string }
}

/**
 * The invite behind a token, if it can still be accepted: unknown token → 404; already accepted,
 * expired, or its company no longer active → 410.
 */
export async function findRedeemableInvite(
  container: Parameters<typeof companyService>[0],
  token: string
): Promise<RedeemableInvite> {
  const [invite] = await companyService(container).listEmployeeInvites({ token }, { relations: ["company"], take: 1 })
  if (!invite) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Invite not found")
  }
  if (invite.accepted_at) {
    throw goneError("This invite has already been accepted")
  }
  if (new Date(invite.expires_at).getTime() <= Date.now()) {
    throw goneError("This invite has expired; ask your company admin for a new one")
  }
  if (invite.company.status !== "active") {
    throw goneError("This invite can no longer be used")
  }
  return {
    id: invite.id,
    email: invite.email,
    role: invite.role as EmployeeRole,
    spending_limit: (invite.spending_limit as number | null) ?? null,
    expires_at: invite.expires_at,
    company: { id: invite.company.id, name: invite.company.name },
  }
}

/** Workflow step form of findRedeemableInvite. Reads only. */
export const findRedeemableInviteStep = createStep(
  "find-redeemable-invite",
  async (input: { token: string }, { container }) => {
    return new StepResponse(await findRedeemableInvite(container, input.token))
  }
)
