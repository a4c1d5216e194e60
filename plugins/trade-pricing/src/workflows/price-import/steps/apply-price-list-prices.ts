import type { IPricingModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { applyInChunks, undoWritten, type ApplyInput } from "../../../lib/apply-prices"
import { tradePricingService } from "../../../lib/context"

export type ApplyPriceListPricesInput = ApplyInput & { import_id: string }

/**
 * Writes an import's prices into the list in chunks of IMPORT_CHUNK_SIZE rows, advancing the
 * import's `processed` count after each chunk (the admin's progress bar). All or nothing: when a
 * chunk fails, the chunks already written are undone before the step fails; when a later step
 * fails, the compensation undoes them all (created prices removed, updated amounts restored).
 */
export const applyPriceListPricesStep = createStep(
  "apply-price-list-prices",
  async (input: ApplyPriceListPricesInput, { container }) => {
    const pricing = container.resolve<IPricingModuleService>(Modules.PRICING)
    const imports = tradePricingService(container)
    const written = await applyInChunks(pricing, input, (processed) =>
      imports.updatePriceImports({ id: input.import_id, processed })
    )
    return new StepResponse({ processed: input.to_create.length + input.to_update.length }, written)
  },
  async (written, { container }) => {
    if (written) {
      await undoWritten(container.resolve<IPricingModuleService>(Modules.PRICING), written)
    }
  }
)
