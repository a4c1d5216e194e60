import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { addToCartWorkflow, transferCartCustomerWorkflow } from "@medusajs/medusa/core-flows"
import { keyChannelIds } from "@hybrid/plugin-kit/channel-scope"
import { signedInCustomer } from "../../account"
import { cartForMerge, currentCartOf } from "../carts"
import type { StoreMergeCartType } from "../../validators"

/**
 * POST /store/account/cart/merge { cart_id } (signed in) → 200 { cart_id }: the guest cart this
 * browser holds joins the customer's cart at sign-in. The lines of the customer's current cart
 * (variant and quantity) are added to the GUEST cart, which then becomes the customer's (Medusa
 * re-prices it for them) and so their current cart. No cart of an account is ever changed here —
 * so no cart awaiting approval either; the older cart is simply no longer the newest. The guest cart
 * must be open, in the key's channels and belong to no account (another customer's cart → 404, as
 * an unknown id); the caller's own cart is answered as it is.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreMergeCartType>, res: MedusaResponse) {
  const customer = await signedInCustomer(req)
  const channels = keyChannelIds(req)
  const guest = await cartForMerge(req.scope, req.validatedBody.cart_id)
  const notFound = () =>
    new MedusaError(MedusaError.Types.NOT_FOUND, `cart_id: cart ${req.validatedBody.cart_id} not found`)
  if (!guest || (channels.length && !channels.includes(guest.sales_channel_id ?? ""))) {
    throw notFound()
  }
  if (guest.customer_id === customer.id) {
    res.json({ cart_id: guest.id })
    return
  }
  if (guest.customer?.has_account) {
    throw notFound()
  }
  if (guest.completed_at) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `cart_id: cart ${guest.id} is already completed`)
  }
  const currentId = await currentCartOf(req.scope, customer.id, channels, guest.id)
  const current = currentId ? await cartForMerge(req.scope, currentId) : null
  const items = (current?.items ?? [])
    .filter((item): item is NonNullable<typeof item> => !!item?.variant_id && !item.is_custom_price)
    .map((item) => ({ variant_id: item.variant_id!, quantity: Number(item.quantity) }))
  if (items.length) {
    await addToCartWorkflow(req.scope).run({ input: { cart_id: guest.id, items } })
  }
  await transferCartCustomerWorkflow(req.scope).run({ input: { id: guest.id, customer_id: customer.id } })
  res.json({ cart_id: guest.id })
}
