import { Module } from "@medusajs/framework/utils"
import { QUOTE_MODULE } from "../../constants"
import QuoteModuleService from "./service"

export { QUOTE_MODULE }
export type { QuoteModuleService }

/** The `quote` module: quotes, their lines, message thread and history. */
export default Module(QUOTE_MODULE, { service: QuoteModuleService })
