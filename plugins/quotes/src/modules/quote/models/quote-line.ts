import { model } from "@medusajs/framework/utils"
import { Quote } from "./quote"

/**
 * One line of a quote. `requested_*` are the buyer's cart values (null when the merchant added the
 * line); `quantity` / `unit_price` are the current offer (equal to the request until a counter-offer).
 */
export const QuoteLine = model.define("quote_line", {
  id: model.id({ prefix: "quoline" }).primaryKey(),
  variant_id: model.text(),
  product_id: model.text().nullable(),
  title: model.text(),
  variant_title: model.text().nullable(),
  sku: model.text().nullable(),
  thumbnail: model.text().nullable(),
  requested_quantity: model.number().nullable(),
  requested_unit_price: model.bigNumber().nullable(),
  quantity: model.number(),
  unit_price: model.bigNumber(),
  removed: model.boolean().default(false),
  quote: model.belongsTo(() => Quote, { mappedBy: "lines" }),
})
