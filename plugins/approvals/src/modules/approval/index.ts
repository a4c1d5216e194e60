import { Module } from "@medusajs/framework/utils"
import { APPROVAL_MODULE } from "../../constants"
import ApprovalModuleService from "./service"

export { APPROVAL_MODULE }
export type { ApprovalModuleService }

/** The `approval` module: company approval settings and requests, merchant review rules and reviews. */
export default Module(APPROVAL_MODULE, { service: ApprovalModuleService })
