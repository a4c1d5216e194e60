import { Module } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../constants"
import CompanyModuleService from "./service"

export { COMPANY_MODULE }
export type { CompanyModuleService }

/** The `company` module: companies, their address books, employees, invites and spend ledger. */
export default Module(COMPANY_MODULE, { service: CompanyModuleService })
