import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ON_ACCOUNT_PAYMENT_PROVIDER, SYSTEM_PAYMENT_PROVIDER } from "../../../constants"
import { reportedStatus, toAmount } from "../../../lib/serialize"
import type { LoadedQuote } from "./load-quote"

export type PrepareQuoteAcceptanceInput = {
  quote: LoadedQuote
  customer_id: string
  company_address_id: string
  po_number?: string | null
}

/**
 * Everything the accept workflow needs before it writes: 409 unless the quote is `sent` and not
 * expired ("already accepted" when it is), 404 for an address outside the company's address book;
 * then the new cart (the caller's, in the quote's region, channel and currency, the company address
 * as shipping and billing, metadata {company_id, po_number, quote_id}, the offered lines at their
 * quoted unit prices as custom prices) and the payment provider (on account for net terms, else
 * Medusa's system provider). Reads only.
 */
export const prepareQuoteAcceptanceStep = createStep(
  "prepare-quote-acceptance",
  async (input: PrepareQuoteAcceptanceInput, { container }) => {
    const { quote } = input
    const status = reportedStatus(quote)
    if (status === "accepted") {
      throw new MedusaError(MedusaError.Types.CONFLICT, `Quote #${quote.display_id} is already accepted (order ${quote.order_id})`)
    }
    if (status !== "sent") {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Quote #${quote.display_id} is ${status}: only a sent, unexpired offer can be accepted`
      )
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: companies } = await query.graph({
      entity: "company",
      fields: ["id", "name", "payment_terms", "addresses.*"],
      filters: { id: quote.company_id },
    })
    const company = companies[0] as any
    const address = ((company?.addresses ?? []) as any[]).find((a) => a?.id === input.company_address_id)
    if (!address) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Company address with id: ${input.company_address_id} was not found`)
    }
    const { data: customers } = await query.graph({
      entity: "customer",
      fields: ["id", "email"],
      filters: { id: input.customer_id },
    })
    const postal = {
      first_name: address.first_name,
      last_name: address.last_name,
      company: address.company ?? company.name,
      address_1: address.address_1,
      address_2: address.address_2 ?? undefined,
      city: address.city,
      postal_code: address.postal_code,
      province: address.province ?? undefined,
      country_code: String(address.country_code).toLowerCase(),
      phone: address.phone ?? undefined,
      metadata: { company_address_id: address.id },
    }
    const poNumber = input.po_number?.trim() || null
    const cart = {
      region_id: quote.region_id,
      sales_channel_id: quote.sales_channel_id ?? undefined,
      currency_code: quote.currency_code,
      customer_id: input.customer_id,
      email: (customers[0] as any)?.email ?? quote.requester_email,
      shipping_address: postal,
      billing_address: postal,
      metadata: { company_id: quote.company_id, po_number: poNumber, quote_id: quote.id },
      items: (quote.lines ?? [])
        .filter((line) => !line.removed)
        .map((line) => ({
          variant_id: line.variant_id,
          quantity: line.quantity,
          unit_price: toAmount(line.unit_price),
          metadata: { quote_id: quote.id, quote_line_id: line.id },
        })),
    }
    const provider_id = /^net\d+$/.test(String(company?.payment_terms)) ? ON_ACCOUNT_PAYMENT_PROVIDER : SYSTEM_PAYMENT_PROVIDER
    return new StepResponse({ cart, provider_id })
  }
)
