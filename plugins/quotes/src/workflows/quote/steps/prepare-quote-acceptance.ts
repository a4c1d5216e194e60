import type { BigNumberInput, CreateCartAddressDTO, CreateCartWorkflowInputDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ON_ACCOUNT_PAYMENT_PROVIDER, SYSTEM_PAYMENT_PROVIDER } from "../../../constants"
import { cartMatchesQuote } from "../../../lib/lines"
import { reportedStatus, toAmount } from "../../../lib/serialize"
import type { LoadedQuote } from "./load-quote"

export type PrepareQuoteAcceptanceInput = {
  quote: LoadedQuote
  customer_id: string
  company_address_id: string
  po_number?: string | null
}

/** The postal address of an accept cart. */
type Postal = CreateCartAddressDTO

/** The company as the step reads it: its payment terms and address book. */
type AcceptingCompany = {
  id: string
  name: string
  payment_terms: string | null
  addresses?:
    | ({
        id: string
        first_name: string
        last_name: string
        company: string | null
        address_1: string
        address_2: string | null
        city: string
        postal_code: string
        province: string | null
        country_code: string
        phone: string | null
      } | null)[]
    | null
}

/** The quote's earlier accept cart as the step reads it. */
type EarlierAcceptCart = {
  id: string
  customer_id: string | null
  completed_at: Date | string | null
  currency_code: string
  metadata: Record<string, unknown> | null
  items?: ({ variant_id: string | null; quantity: BigNumberInput; unit_price: BigNumberInput } | null)[] | null
  payment_collection?: { id: string } | null
}

export type PreparedQuoteAcceptance = {
  /** createCartWorkflow's input for a new accept cart (used when `reuse_cart_id` is null). */
  cart: CreateCartWorkflowInputDTO & { metadata: Record<string, unknown> }
  /**
   * The quote's existing accept cart when it can be ordered from as it is: it exists, is not
   * completed, belongs to the caller and holds exactly the offered lines at the quoted prices.
   */
  reuse_cart_id: string | null
  /** The reused cart's payment collection, if it already has one. */
  reuse_payment_collection_id: string | null
  /** updateCartWorkflow's input for the reused cart: company address, PO number. */
  update: { id: string; shipping_address: Postal; billing_address: Postal; metadata: Record<string, unknown> } | null
  provider_id: string
}

/**
 * Everything the accept workflow (and POST /store/quotes/:id/cart) needs before it writes: 409
 * unless the quote is `sent` and not expired ("already accepted" when it is), 404 for an address
 * outside the company's address book; then which cart the quote is ordered from — the quote's
 * accept cart when it is still valid for the caller (see `reuse_cart_id`; it gets the address and PO
 * number), else a new cart (the caller's, in the quote's region, channel and currency, the company
 * address as shipping and billing, metadata {company_id, po_number, quote_id}, the offered lines at
 * their quoted unit prices as custom prices) — and the payment provider (on account for net terms,
 * else Medusa's system provider). Reads only.
 */
export const prepareQuoteAcceptanceStep = createStep(
  "prepare-quote-acceptance",
  async (input: PrepareQuoteAcceptanceInput, { container }) => {
    const { quote } = input
    const status = reportedStatus(quote)
    if (status === "accepted") {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Quote #${quote.display_id} is already accepted (order ${quote.order_id})`
      )
    }
    if (status !== "sent") {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Quote #${quote.display_id} is ${status}: only a sent, unexpired offer can be accepted`
      )
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: companies }: { data: AcceptingCompany[] } = await query.graph({
      entity: "company",
      fields: ["id", "name", "payment_terms", "addresses.*"],
      filters: { id: quote.company_id },
    })
    const company = companies[0]
    const address = (company?.addresses ?? []).find((a) => a?.id === input.company_address_id)
    if (!address) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Company address with id: ${input.company_address_id} was not found`
      )
    }
    const { data: customers }: { data: { id: string; email: string }[] } = await query.graph({
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
      email: customers[0]?.email ?? quote.requester_email,
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
    const provider_id = /^net\d+$/.test(String(company?.payment_terms))
      ? ON_ACCOUNT_PAYMENT_PROVIDER
      : SYSTEM_PAYMENT_PROVIDER

    let reuse: { id: string; metadata: Record<string, unknown> | null; payment_collection_id: string | null } | null =
      null
    if (quote.accept_cart_id) {
      const { data: carts }: { data: EarlierAcceptCart[] } = await query.graph({
        entity: "cart",
        fields: [
          "id",
          "customer_id",
          "completed_at",
          "currency_code",
          "metadata",
          "items.variant_id",
          "items.quantity",
          "items.unit_price",
          "payment_collection.id",
        ],
        filters: { id: quote.accept_cart_id },
      })
      const existing = carts[0]
      if (
        existing &&
        !existing.completed_at &&
        existing.customer_id === input.customer_id &&
        existing.currency_code === quote.currency_code &&
        cartMatchesQuote(
          (existing.items ?? []).filter((item) => item !== null),
          quote.lines ?? []
        )
      ) {
        reuse = {
          id: existing.id,
          metadata: existing.metadata ?? null,
          payment_collection_id: existing.payment_collection?.id ?? null,
        }
      }
    }
    const prepared: PreparedQuoteAcceptance = {
      cart,
      reuse_cart_id: reuse?.id ?? null,
      reuse_payment_collection_id: reuse?.payment_collection_id ?? null,
      update: reuse
        ? {
            id: reuse.id,
            shipping_address: postal,
            billing_address: postal,
            metadata: { ...(reuse.metadata ?? {}), ...cart.metadata },
          }
        : null,
      provider_id,
    }
    return new StepResponse(prepared)
  }
)
