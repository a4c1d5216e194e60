import {
  acquireLockStep,
  createRemoteLinkStep,
  releaseLockStep,
  sendNotificationsStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE, type PaymentTerms, type SpendingPeriod } from "../../../constants"
import { applicationApproved } from "../../../lib/notifications"
import { createCompanyCustomerGroupStep } from "../steps/create-company-customer-group"
import { resolvePluginOptionsStep } from "../steps/resolve-plugin-options"
import { syncTradeMembershipsStep } from "../steps/sync-trade-memberships"
import { updateCompaniesStep } from "../steps/update-companies"
import { companyStatusLockKey, validateCompanyStatusStep, type WorkflowCompany } from "../steps/validate-company-status"

export type ApproveCompanyInput = {
  company_id: string
  payment_terms: PaymentTerms
  credit_limit: number
  po_required?: boolean
  spending_period?: SpendingPeriod
}

export const approveCompanyWorkflowId = "approve-company"

const definedOnly = <T extends object>(record: T) =>
  Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T

/**
 * Approves a pending company: sets its terms and limits, makes it active, creates and links its own
 * customer group "Company: <name>", puts every employee into that group and the Trade group (trade
 * prices from now on) and notifies the company's admins. Only from `pending`; all or nothing.
 */
export const approveCompanyWorkflow = createWorkflow(approveCompanyWorkflowId, (input: ApproveCompanyInput) => {
  const lock = transform({ input }, ({ input }) => companyStatusLockKey(input.company_id))
  acquireLockStep({ key: lock, timeout: 10, ttl: 30 })
  const { data: companies } = useQueryGraphStep({
    entity: "company",
    fields: ["id", "name", "status", "currency_code", "employees.role", "employees.customer.email"],
    filters: { id: input.company_id },
    options: { throwIfKeyNotFound: true },
  })
  const company = transform({ companies }, ({ companies }): WorkflowCompany => companies[0])
  validateCompanyStatusStep({ company, allowed: ["pending"], action: "approved" })

  const updated = updateCompaniesStep(
    transform({ input }, ({ input }) => [
      definedOnly({
        id: input.company_id,
        status: "active" as const,
        payment_terms: input.payment_terms,
        credit_limit: input.credit_limit,
        po_required: input.po_required,
        spending_period: input.spending_period,
      }),
    ])
  )

  const group = createCompanyCustomerGroupStep({ company_id: input.company_id, name: company.name })
  createRemoteLinkStep(
    transform({ input, group }, ({ input, group }) => [
      { [COMPANY_MODULE]: { company_id: input.company_id }, [Modules.CUSTOMER]: { customer_group_id: group.id } },
    ])
  )
  syncTradeMembershipsStep({ company_id: input.company_id, member: true })

  const options = resolvePluginOptionsStep()
  sendNotificationsStep(
    transform({ company, updated, options }, ({ company, updated, options }) =>
      adminEmails(company).map((to) => applicationApproved(to, updated[0], `${options.tradeStorefrontUrl}/sign-in`))
    )
  )

  releaseLockStep({ key: lock })
  return new WorkflowResponse(
    transform({ updated, group }, ({ updated, group }) => ({ ...updated[0], customer_group_id: group.id }))
  )
})

/** The emails of a company's admin employees (the applicant, on approval). */
export function adminEmails(company: { employees?: { role: string; customer?: { email?: string } | null }[] }) {
  return (company.employees ?? []).filter((e) => e.role === "admin" && e.customer?.email).map((e) => e.customer!.email!)
}
