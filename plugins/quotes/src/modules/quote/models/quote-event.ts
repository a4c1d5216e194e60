import { model } from "@medusajs/framework/utils"
import { ACTOR_TYPES } from "../../../constants"
import { Quote } from "./quote"

/** One entry of a quote's history: who did what, and the status change it caused. */
export const QuoteEvent = model.define("quote_event", {
  id: model.id({ prefix: "quoevt" }).primaryKey(),
  action: model.text(),
  actor_type: model.enum([...ACTOR_TYPES]),
  actor_id: model.text().nullable(),
  actor_name: model.text().nullable(),
  from_status: model.text().nullable(),
  to_status: model.text().nullable(),
  data: model.json().nullable(),
  quote: model.belongsTo(() => Quote, { mappedBy: "events" }),
})
