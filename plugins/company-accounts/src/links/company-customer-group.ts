import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import CompanyModule from "../modules/company"

/**
 * Each approved company owns exactly one customer group ("Company: <name>"), so price lists and
 * promotions can target a single company. Created by the approve-company workflow.
 */
export default defineLink(CompanyModule.linkable.company, CustomerModule.linkable.customerGroup)
