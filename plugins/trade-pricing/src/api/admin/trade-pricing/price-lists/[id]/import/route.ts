import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, generateEntityId } from "@medusajs/framework/utils"
import { tradePricingService } from "../../../../../../lib/context"
import { importRecord } from "../../../../../../lib/import-record"
import { failInterruptedImports, holdImportLock } from "../../../../../../lib/import-runner-lock"
import { pluginOptions } from "../../../../../../lib/options"
import { planImport, priceListOr404 } from "../../../../../../lib/price-import"
import { runPriceImport } from "../../../../../../lib/run-import"
import type { AdminImportPricesType } from "../../../validators"

/**
 * POST /admin/trade-pricing/price-lists/:id/import { csv, dry_run }
 * - dry run → 200 { rows, to_create, to_update, errors: [{ line, field, message }] }
 * - apply with errors → 400 { type, message, errors }, nothing written
 * - apply clean → 202 { import } processed in the background; poll GET /admin/trade-pricing/imports/:id
 * - another import of this list still pending/running → 409, nothing written (unless its runner
 *   is dead: then that import ends as failed, "interrupted by a restart", and this one proceeds)
 */
export async function POST(req: MedusaRequest<AdminImportPricesType>, res: MedusaResponse) {
  const list = await priceListOr404(req.scope, req.params.id)
  const { csv, dry_run } = req.validatedBody
  const plan = await planImport(req.scope, list.id, csv, pluginOptions(req.scope).maxImportRows)
  const summary = {
    rows: plan.rows,
    to_create: plan.to_create.length,
    to_update: plan.to_update.length,
    errors: plan.errors,
  }
  if (dry_run) {
    res.json(summary)
    return
  }
  if (plan.errors.length) {
    const lines = new Set(plan.errors.map((e) => e.line)).size
    res.status(400).json({
      type: "invalid_data",
      message: `csv: ${lines} of ${plan.rows} rows have errors; nothing was imported`,
      errors: plan.errors,
    })
    return
  }
  const service = tradePricingService(req.scope)
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  // An import whose runner died (another instance crashed, and nothing restarted since) must not
  // hold the list's slot: end it as failed first. Imports of live runners are left alone.
  await failInterruptedImports(knex)
  // This process runs the import: it holds the import's lock from before the row exists until the
  // import ends, so a restart that kills it lets the next boot mark the import failed.
  const importId = generateEntityId(undefined, "pimp")
  const releaseLock = await holdImportLock(knex, importId)
  let created
  try {
    created = await service.createPriceImports({
      id: importId,
      price_list_id: list.id,
      status: "pending",
      total: plan.to_create.length + plan.to_update.length,
      processed: 0,
      to_create: plan.to_create.length,
      to_update: plan.to_update.length,
    })
  } catch (error) {
    await releaseLock()
    // The partial unique index: this list already has a pending or running import.
    const [running] = await service.listPriceImports(
      { price_list_id: list.id, status: ["pending", "running"] },
      { take: 1 }
    )
    if (running) {
      res.status(409).json({
        type: "conflict",
        message: `price list ${list.id} already has an import in progress (${running.id}); try again when it is done`,
        import: importRecord(running),
      })
      return
    }
    throw error
  }
  void runPriceImport(req.scope, {
    import_id: created.id,
    price_list_id: list.id,
    to_create: plan.to_create,
    to_update: plan.to_update,
  }).finally(() => releaseLock().catch(() => undefined))
  res.status(202).json({ import: importRecord(created) })
}
