import { model } from "@medusajs/framework/utils"

/** Where an email stands: delivered, waiting for its next attempt, being sent, or given up on. */
export const DELIVERY_STATUSES = ["sent", "retrying", "sending", "failed"] as const
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]

/**
 * One email the SMTP provider handled: the rendered message (so a retry sends exactly what the
 * first attempt tried), its delivery state, the number of attempts and the last SMTP error.
 */
export const EmailDelivery = model
  .define("email_delivery", {
    id: model.id({ prefix: "emdl" }).primaryKey(),
    notification_id: model.text().nullable(),
    to: model.text(),
    from: model.text(),
    template: model.text().nullable(),
    site: model.text(),
    subject: model.text(),
    html: model.text(),
    text: model.text(),
    status: model.enum([...DELIVERY_STATUSES]),
    attempts: model.number().default(0),
    last_error: model.text().nullable(),
    next_attempt_at: model.dateTime().nullable(),
    sent_at: model.dateTime().nullable(),
    message_id: model.text().nullable(),
  })
  .indexes([{ on: ["status", "next_attempt_at"] }, { on: ["notification_id"] }])
