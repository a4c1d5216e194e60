import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createCustomerAccountWorkflow,
  createCustomerAddressesWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  listShippingOptionsForCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { STOREFRONT_CHANNELS } from "../channels"
import { VERIFIED_AT_KEY } from "../accounts/verification"
import { DEMO_ACCOUNTS, PAYMENT_PROVIDER, REGIONS } from "./demo-merchant"
import { query, salesChannelsByName } from "./lookups"
import { currentTerms, TERMS_ACCEPTED_AT_KEY, TERMS_VERSION_KEY } from "../terms"

/**
 * The demo consumer (`shopper@example.com`): a verified account with a default address and one
 * past order in the Consumer channel, placed through Medusa's own cart workflows. Created once;
 * later changes (and a deletion through "delete my account", which frees the email) are kept until
 * the next provisioning run recreates a missing shopper.
 */
export async function ensureDemoShopper(container: MedusaContainer) {
  const shopper = DEMO_ACCOUNTS.shopper
  const { data: existing } = await query(container).graph({
    entity: "customer",
    fields: ["id", "has_account"],
    filters: { email: shopper.email },
  })
  if (existing.some((c) => c.has_account)) {
    return
  }
  const { authIdentity, error } = await container.resolve(Modules.AUTH).register("emailpass", {
    body: { email: shopper.email, password: shopper.password },
  })
  if (error || !authIdentity) {
    throw new Error(`Could not register the demo shopper: ${error}`)
  }
  const { result: customer } = await createCustomerAccountWorkflow(container).run({
    input: {
      authIdentityId: authIdentity.id,
      customerData: {
        email: shopper.email,
        first_name: shopper.first_name,
        last_name: shopper.last_name,
        metadata: { [VERIFIED_AT_KEY]: new Date().toISOString() },
      },
    },
  })
  await createCustomerAddressesWorkflow(container).run({
    input: {
      addresses: [
        { ...shopper.address, customer_id: customer.id, is_default_shipping: true, is_default_billing: true },
      ],
    },
  })

  const channelId = (await salesChannelsByName(container)).get(STOREFRONT_CHANNELS.consumer.salesChannel)
  const { data: regions } = await query(container).graph({
    entity: "region",
    fields: ["id"],
    filters: { name: REGIONS.europe.name },
  })
  const { data: products } = await query(container).graph({
    entity: "product",
    fields: ["id", "variants.id"],
    filters: { handle: shopper.order_product_handle },
  })
  const variantId = (products[0]?.variants as { id: string }[] | undefined)?.[0]?.id
  if (!channelId || !regions[0] || !variantId) {
    return
  }
  // The shopper accepted the site's terms in force, as its checkout asks (workflows/hooks/terms.ts).
  const terms = await currentTerms("consumer")
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: regions[0].id,
      sales_channel_id: channelId,
      customer_id: customer.id,
      email: shopper.email,
      shipping_address: shopper.address,
      billing_address: shopper.address,
      items: [{ variant_id: variantId, quantity: 1 }],
      metadata: terms
        ? { [TERMS_VERSION_KEY]: terms.version, [TERMS_ACCEPTED_AT_KEY]: new Date().toISOString() }
        : undefined,
    },
  })
  const { result: options } = await listShippingOptionsForCartWorkflow(container).run({
    input: { cart_id: cart.id, is_return: false },
  })
  const option = (options as { id: string; name: string }[]).find((o) => o.name.startsWith("Standard")) ?? options[0]
  await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cart.id, options: [{ id: option.id }] } })
  const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({
    input: { cart_id: cart.id },
  })
  await createPaymentSessionsWorkflow(container).run({
    input: { payment_collection_id: (collection as { id: string }).id, provider_id: PAYMENT_PROVIDER },
  })
  await completeCartWorkflow(container).run({ input: { id: cart.id } })
}
