import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import CompanyModule from "../modules/company"

/** The orders a company's employees placed (written when an order is placed). */
export default defineLink(CompanyModule.linkable.company, {
  linkable: OrderModule.linkable.order,
  isList: true,
})
