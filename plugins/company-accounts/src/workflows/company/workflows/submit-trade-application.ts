import { createCustomerAccountWorkflow, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { applicationReceived } from "../../../lib/notifications"
import { createAuthIdentityStep } from "../steps/create-auth-identity"
import { createCompaniesStep } from "../steps/create-companies"
import { createEmployeesStep } from "../steps/create-employees"
import { validateTradeApplicationStep } from "../steps/validate-trade-application"

export type SubmitTradeApplicationInput = {
  company: { name: string; vat_id?: string | null; email: string; phone?: string | null; currency_code: string }
  applicant: { email: string; password: string; first_name: string; last_name: string }
}

export const submitTradeApplicationWorkflowId = "submit-trade-application"

/**
 * A trade application: creates the applicant's login and customer account, the pending company and
 * the applicant as its admin employee, then tells the applicant the application was received.
 * The applicant can sign in at once but gets no trade prices until the company is approved.
 * All or nothing: a failing step undoes the account, the company and the employee.
 */
export const submitTradeApplicationWorkflow = createWorkflow(
  submitTradeApplicationWorkflowId,
  (input: SubmitTradeApplicationInput) => {
    validateTradeApplicationStep({ email: input.applicant.email, currency_code: input.company.currency_code })
    const identity = createAuthIdentityStep({ email: input.applicant.email, password: input.applicant.password })

    const customerData = transform({ input }, ({ input }) => ({
      email: input.applicant.email,
      first_name: input.applicant.first_name,
      last_name: input.applicant.last_name,
      company_name: input.company.name,
    }))
    const customer = createCustomerAccountWorkflow.runAsStep({
      input: { authIdentityId: identity.id, customerData },
    })

    const companies = createCompaniesStep(transform({ input }, ({ input }) => [input.company]))
    const company = transform({ companies }, ({ companies }) => companies[0])

    createEmployeesStep(
      transform({ company, customer }, ({ company, customer }) => [
        { company_id: company.id, customer_id: customer.id, role: "admin" as const },
      ])
    )

    sendNotificationsStep(
      transform({ input, company }, ({ input, company }) => [
        applicationReceived(input.applicant.email, company, input.applicant.first_name),
      ])
    )

    return new WorkflowResponse(
      transform({ company }, ({ company }) => ({ company_id: company.id, status: company.status }))
    )
  }
)
