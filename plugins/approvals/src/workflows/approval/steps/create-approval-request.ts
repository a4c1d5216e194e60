import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { approvalModule } from "../../../lib/approval-module"
import { conflict } from "@hybrid/plugin-kit/http-errors"
import type { ApprovalRequestRecord } from "../../../lib/serialize"
import type { NewApprovalRequest } from "./prepare-approval-request"

/**
 * Writes a pending approval request. The partial unique index (one pending request per cart) is
 * the last line of defence against a concurrent submission: its violation answers 409.
 * Compensation deletes the row.
 */
export const createApprovalRequestStep = createStep(
  "create-approval-request",
  async (data: NewApprovalRequest, { container }) => {
    try {
      // DML's json() is typed Record<string, unknown>, but these json columns hold arrays (items, reasons).
      const created = await approvalModule(container).createApprovalRequests(data as any)
      return new StepResponse(created as unknown as ApprovalRequestRecord, created.id)
    } catch (error) {
      if (/unique|duplicate/i.test(String((error as Error)?.message))) {
        throw conflict("This cart is already awaiting approval.")
      }
      throw error
    }
  },
  async (id, { container }) => {
    if (id) {
      await approvalModule(container).deleteApprovalRequests(id)
    }
  }
)
