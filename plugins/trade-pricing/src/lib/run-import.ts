import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { applyPriceImportWorkflow } from "../workflows/price-import/workflows/apply-price-import"
import { tradePricingService } from "./context"
import type { ApplyPriceListPricesInput } from "../workflows/price-import/steps/apply-price-list-prices"

/**
 * Runs an import in the background (the request has already answered 202): the workflow applies
 * all rows or none; on failure the import is marked `failed` with the error, which frees the
 * list's import slot.
 */
export function runPriceImport(container: MedusaContainer, input: ApplyPriceListPricesInput): Promise<void> {
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  return applyPriceImportWorkflow(container)
    .run({ input, throwOnError: false })
    .then(async ({ errors }) => {
      if (errors?.length) {
        const message = errors.map((e) => e.error?.message ?? String(e.error)).join("; ")
        await tradePricingService(container).updatePriceImports({
          id: input.import_id,
          status: "failed",
          error: message,
          finished_at: new Date(),
        })
        logger.warn(`price import ${input.import_id} failed: ${message}`)
      }
    })
    .catch(async (error: Error) => {
      logger.error(`price import ${input.import_id} failed: ${error.message}`)
      await tradePricingService(container)
        .updatePriceImports({ id: input.import_id, status: "failed", error: error.message, finished_at: new Date() })
        .catch(() => undefined)
    })
}
