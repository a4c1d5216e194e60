import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { updateCartWorkflow } from "@medusajs/medusa/core-flows"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { defaultStoreCartFields } from "@medusajs/medusa/api/store/carts/query-config"
import { companyService } from "../../../../../../../lib/company-service"
import { companyContext } from "@hybrid/plugin-kit/company-context"
import { withHttpErrors } from "@hybrid/plugin-kit/http-errors"
import { companyCartOr409 } from "../../helpers"
import type { StoreTradeDetailsType } from "./validators"

/**
 * Puts a company address (shipping and billing) and the PO number on the caller's cart, and marks
 * the cart as the company's ({ company_id, po_number } in its metadata). A cart of another of the
 * caller's companies: 409; a cart in another currency than the company buys in: 400 (as a quote
 * request answers it); both name cart_id.
 */
export const POST = withHttpErrors(
  async (req: AuthenticatedMedusaRequest<StoreTradeDetailsType>, res: MedusaResponse) => {
    const { company } = companyContext(req)
    const cart = await companyCartOr409(req.scope, req.params.cart_id, req.auth_context.actor_id, company.id)
    const { company_address_id, po_number } = req.validatedBody
    // A company buys in its own currency (the order boundary refuses any other): say so here, where
    // the company's address would otherwise meet a region it is not in ("Country de not within
    // region United States").
    if (cart.currency_code?.toLowerCase() !== company.currency_code.toLowerCase()) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `cart_id: ${company.name} buys in ${company.currency_code.toUpperCase()}; this cart is in ${cart.currency_code?.toUpperCase()}. Choose prices for a country that pays in ${company.currency_code.toUpperCase()}.`
      )
    }

    const [address] = await companyService(req.scope).listCompanyAddresses(
      { id: company_address_id, company_id: company.id },
      { take: 1 }
    )
    if (!address) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Company address with id: ${company_address_id} was not found`)
    }
    const poNumber = po_number?.trim() || null
    if (company.po_required && !poNumber) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `po_number is required: ${company.name} requires a purchase order number on every order.`
      )
    }

    const postal = {
      first_name: address.first_name,
      last_name: address.last_name,
      company: address.company ?? company.name,
      address_1: address.address_1,
      address_2: address.address_2 ?? undefined,
      city: address.city,
      postal_code: address.postal_code,
      province: address.province ?? undefined,
      country_code: address.country_code.toLowerCase(),
      phone: address.phone ?? undefined,
      metadata: { company_address_id: address.id },
    }
    await updateCartWorkflow(req.scope).run({
      input: {
        id: cart.id,
        shipping_address: postal,
        billing_address: postal,
        metadata: { ...(cart.metadata ?? {}), company_id: company.id, po_number: poNumber },
      },
    })
    const updated = await refetchCart(cart.id, req.scope, defaultStoreCartFields)
    res.json({ cart: updated })
  }
)
