import { model } from "@medusajs/framework/utils"
import { AUTHOR_TYPES } from "../../../constants"
import { Quote } from "./quote"

/** A message in a quote's thread; `line_id` set = a comment on that line. */
export const QuoteMessage = model.define("quote_message", {
  id: model.id({ prefix: "quomsg" }).primaryKey(),
  author_type: model.enum([...AUTHOR_TYPES]),
  author_id: model.text(),
  author_name: model.text(),
  body: model.text(),
  line_id: model.text().nullable(),
  quote: model.belongsTo(() => Quote, { mappedBy: "messages" }),
})
