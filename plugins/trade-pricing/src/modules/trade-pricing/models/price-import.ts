import { model } from "@medusajs/framework/utils"
import { IMPORT_STATUSES } from "../../../constants"

/**
 * One price list CSV import: its progress (`processed` of `total` rows) and outcome. At most one
 * import per price list is `pending` or `running` at a time (a partial unique index enforces it,
 * see the migration), so two imports into the same list cannot interleave.
 */
export const PriceImport = model
  .define("price_import", {
    id: model.id({ prefix: "pimp" }).primaryKey(),
    price_list_id: model.text(),
    status: model.enum([...IMPORT_STATUSES]).default("pending"),
    total: model.number().default(0),
    processed: model.number().default(0),
    to_create: model.number().default(0),
    to_update: model.number().default(0),
    error: model.text().nullable(),
    finished_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["price_list_id"] },
    { on: ["price_list_id"], unique: true, where: "status IN ('pending', 'running') AND deleted_at IS NULL" },
  ])
