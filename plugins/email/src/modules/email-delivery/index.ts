import { Module } from "@medusajs/framework/utils"
import { EMAIL_DELIVERY_MODULE } from "../../constants"
import EmailDeliveryModuleService from "./service"

export { EMAIL_DELIVERY_MODULE }
export type { EmailDeliveryModuleService }

/** The `email_delivery` module: the log of every email sent over SMTP, with its delivery state. */
export default Module(EMAIL_DELIVERY_MODULE, { service: EmailDeliveryModuleService })
