import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteCustomerAddressesStep, deleteCustomersStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { anonymiseCustomerStep } from "../steps/anonymise-customer"
import { deleteCustomerAuthIdentityStep } from "../steps/delete-customer-auth-identity"

/**
 * "Delete my account": the customer's personal data is erased or anonymised — name, email, phone
 * and metadata replaced, every saved address deleted, the customer row soft-deleted, and the login
 * (auth identity) deleted so the email cannot sign in. Orders are kept untouched for the merchant
 * (they hold their own copy of the addresses and email, as the law requires for invoices).
 */
export const deleteCustomerAccountWorkflow = createWorkflow(
  "delete-customer-account",
  (input: { customer_id: string }) => {
    const { data: addresses } = useQueryGraphStep({
      entity: "customer_address",
      fields: ["id"],
      filters: { customer_id: input.customer_id },
    })
    const addressIds = transform({ addresses }, ({ addresses }) => (addresses as { id: string }[]).map((a) => a.id))
    anonymiseCustomerStep({ customer_id: input.customer_id })
    deleteCustomerAddressesStep(addressIds)
    deleteCustomersStep([input.customer_id])
    deleteCustomerAuthIdentityStep({ customer_id: input.customer_id })
    return new WorkflowResponse({ customer_id: input.customer_id })
  }
)
