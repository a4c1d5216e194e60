import { acquireLockStep, releaseLockStep, sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { applicationRejected } from "../../../lib/notifications"
import { updateCompaniesStep } from "../steps/update-companies"
import { companyStatusLockKey, validateCompanyStatusStep, type WorkflowCompany } from "../steps/validate-company-status"
import { adminEmails } from "./approve-company"

export type RejectCompanyInput = { company_id: string; reason: string }

export const rejectCompanyWorkflowId = "reject-company"

/**
 * Rejects a pending application with a reason and tells the applicant. The applicant keeps a plain
 * customer login (no trade prices). Only from `pending`.
 */
export const rejectCompanyWorkflow = createWorkflow(rejectCompanyWorkflowId, (input: RejectCompanyInput) => {
  const lock = transform({ input }, ({ input }) => companyStatusLockKey(input.company_id))
  acquireLockStep({ key: lock, timeout: 10, ttl: 30 })
  const { data: companies } = useQueryGraphStep({
    entity: "company",
    fields: ["id", "name", "status", "employees.role", "employees.customer.email"],
    filters: { id: input.company_id },
    options: { throwIfKeyNotFound: true },
  })
  const company = transform({ companies }, ({ companies }): WorkflowCompany => companies[0])
  validateCompanyStatusStep({ company, allowed: ["pending"], action: "rejected" })

  const updated = updateCompaniesStep(
    transform({ input }, ({ input }) => [
      { id: input.company_id, status: "rejected" as const, rejection_reason: input.reason },
    ])
  )
  sendNotificationsStep(
    transform({ company, input }, ({ company, input }) =>
      adminEmails(company).map((to) => applicationRejected(to, company, input.reason))
    )
  )
  releaseLockStep({ key: lock })
  return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
})
