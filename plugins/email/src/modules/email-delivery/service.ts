import { MedusaService } from "@medusajs/framework/utils"
import { EmailDelivery } from "./models/email-delivery"

/** The delivery log's reads for the admin (the provider and the retry job write it, see lib/outbox.ts). */
class EmailDeliveryModuleService extends MedusaService({ EmailDelivery }) {}

export default EmailDeliveryModuleService
