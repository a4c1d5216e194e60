import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ImportStatus } from "../../../constants"
import { tradePricingService } from "../../../lib/context"

/** Sets an import's status (and finished_at when it ends). Compensation puts the previous status back. */
export const setImportStatusStep = createStep(
  "set-import-status",
  async (input: { import_id: string; status: ImportStatus }, { container }) => {
    const service = tradePricingService(container)
    const before = await service.retrievePriceImport(input.import_id)
    await service.updatePriceImports({
      id: input.import_id,
      status: input.status,
      finished_at: input.status === "done" || input.status === "failed" ? new Date() : null,
    })
    return new StepResponse(input.status, { id: input.import_id, status: before.status as ImportStatus })
  },
  async (previous, { container }) => {
    if (previous) {
      await tradePricingService(container).updatePriceImports({
        id: previous.id,
        status: previous.status,
        finished_at: null,
      })
    }
  }
)
