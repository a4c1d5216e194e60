import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ApprovalStatus } from "../../../constants"
import { approvalModule } from "../../../lib/approval-module"
import { conflict } from "@hybrid/plugin-kit/http-errors"
import type { ApprovalRequestRecord } from "../../../lib/serialize"

export type TransitionApprovalRequestInput = {
  id: string
  from: ApprovalStatus
  to: ApprovalStatus
  set?: Partial<
    Pick<
      ApprovalRequestRecord,
      "decided_by_customer_id" | "decided_by_name" | "decision_comment" | "decided_at" | "order_id"
    >
  >
  /** The 409 message when the request is no longer in `from` (a concurrent change won). */
  conflict_message?: string
}

/**
 * Moves an approval request from `from` to `to` with one conditional UPDATE, so of two concurrent
 * decisions exactly one succeeds and the other gets 409. Compensation moves it back, restoring the
 * decision columns it overwrote.
 */
export const transitionApprovalRequestStep = createStep(
  "transition-approval-request",
  async (input: TransitionApprovalRequestInput, { container }) => {
    const service = approvalModule(container)
    const fields = Object.keys(input.set ?? {})
    const [before] = await service.listApprovalRequests({ id: input.id }, { take: 1 })
    if (!before) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Approval with id: ${input.id} was not found`)
    }
    const moved = await service.transitionApprovalRequest({
      id: input.id,
      from: input.from,
      to: input.to,
      set: input.set as Record<string, unknown>,
    })
    if (!moved) {
      throw conflict(input.conflict_message ?? `This approval is no longer ${input.from}.`)
    }
    const previous = Object.fromEntries(fields.map((f) => [f, (before as Record<string, unknown>)[f] ?? null]))
    const after = await service.retrieveApprovalRequest(input.id)
    return new StepResponse(after as unknown as ApprovalRequestRecord, {
      id: input.id,
      from: input.to,
      to: input.from,
      set: previous,
    })
  },
  async (undo, { container }) => {
    if (undo) {
      await approvalModule(container).transitionApprovalRequest(undo)
    }
  }
)
