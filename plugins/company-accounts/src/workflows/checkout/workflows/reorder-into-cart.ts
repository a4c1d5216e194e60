import { MathBN } from "@medusajs/framework/utils"
import { WorkflowResponse, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import { CART_COMPANY_KEY } from "@hybrid/plugin-kit/company-context"
import { addToCartWorkflow, createCartWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"

export type ReorderIntoCartWorkflowInput = {
  order_id: string
  customer_id: string
  /** Cart to add to (the caller checked it is the customer's open cart); none: a new cart is created. */
  cart_id?: string
  /** The company the new cart belongs to (its `metadata.company_id`). */
  company_id?: string
}

/**
 * Puts a past order's items (same variants and quantities, at today's prices) into the customer's
 * cart, or into a new cart in the order's region and sales channel. Line items whose variant no
 * longer exists are left out. Returns the cart id.
 */
export const reorderIntoCartWorkflow = createWorkflow("reorder-into-cart", (input: ReorderIntoCartWorkflowInput) => {
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    // An order item's quantity lives on its detail (order_item); without the relation it is left out.
    fields: ["id", "region_id", "sales_channel_id", "email", "items.id", "items.variant_id", "items.detail.quantity"],
    filters: { id: input.order_id },
    options: { throwIfKeyNotFound: true },
  })

  const items = transform({ orders }, ({ orders }) =>
    (orders[0].items ?? [])
      .filter((item: any) => item?.variant_id)
      .map((item: any) => ({
        variant_id: item.variant_id as string,
        quantity: MathBN.convert(item.detail?.quantity ?? item.quantity).toNumber(),
      }))
  )

  const created = when("reorder-into-new-cart", { input }, ({ input }) => !input.cart_id).then(() => {
    const cartInput = transform({ orders, items, input }, ({ orders, items, input }) => ({
      region_id: orders[0].region_id ?? undefined,
      sales_channel_id: orders[0].sales_channel_id ?? undefined,
      customer_id: input.customer_id,
      email: orders[0].email ?? undefined,
      items,
      ...(input.company_id ? { metadata: { [CART_COMPANY_KEY]: input.company_id } } : {}),
    }))
    return createCartWorkflow.runAsStep({ input: cartInput })
  })

  when("reorder-into-existing-cart", { input }, ({ input }) => !!input.cart_id).then(() => {
    const addInput = transform({ items, input }, ({ items, input }) => ({ cart_id: input.cart_id!, items }))
    addToCartWorkflow.runAsStep({ input: addInput })
  })

  const cartId = transform({ created, input }, ({ created, input }) => input.cart_id ?? created!.id)
  return new WorkflowResponse({ cart_id: cartId })
})
