import { model } from "@medusajs/framework/utils"
import { APPROVAL_STATUSES } from "../../../constants"

/**
 * A cart submitted for company approval. `content_hash` fingerprints the cart's lines at
 * submission; an approval is only valid for a cart whose current hash equals it. At most one
 * `pending` request per cart (partial unique index).
 */
export const ApprovalRequest = model
  .define("approval_request", {
    id: model.id({ prefix: "apreq" }).primaryKey(),
    company_id: model.text(),
    cart_id: model.text(),
    requested_by_customer_id: model.text(),
    requested_by_employee_id: model.text(),
    requester_name: model.text().nullable(),
    requester_email: model.text().nullable(),
    status: model.enum([...APPROVAL_STATUSES]).default("pending"),
    content_hash: model.text(),
    items: model.json(),
    amount: model.bigNumber(),
    currency_code: model.text(),
    reasons: model.json(),
    comment: model.text().nullable(),
    decided_by_customer_id: model.text().nullable(),
    decided_by_name: model.text().nullable(),
    decision_comment: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    order_id: model.text().nullable(),
  })
  .indexes([
    { on: ["cart_id"], unique: true, where: "status = 'pending' AND deleted_at IS NULL" },
    { on: ["cart_id"] },
    { on: ["company_id", "status"] },
    { on: ["order_id"] },
  ])
