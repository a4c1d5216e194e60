import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { deleteEmployeesStep } from "../steps/delete-employees"
import { syncTradeMembershipsStep } from "../steps/sync-trade-memberships"
import { teamLockKey, validateEmployeeChangeStep } from "../steps/validate-employee-change"

export type RemoveEmployeeInput = { company_id: string; actor_employee_id: string; employee_id: string }

export const removeEmployeeWorkflowId = "remove-employee"

/**
 * A company admin removes an employee: the customer leaves the Trade and company groups (no more
 * trade prices or company data) and the employee record is deleted. The customer's login remains.
 */
export const removeEmployeeWorkflow = createWorkflow(removeEmployeeWorkflowId, (input: RemoveEmployeeInput) => {
  const lock = transform({ input }, ({ input }) => teamLockKey(input.company_id))
  acquireLockStep({ key: lock, timeout: 10, ttl: 30 })
  const employee = validateEmployeeChangeStep({
    company_id: input.company_id,
    actor_employee_id: input.actor_employee_id,
    employee_id: input.employee_id,
    remove: true,
  })
  syncTradeMembershipsStep(
    transform({ input, employee }, ({ input, employee }) => ({
      company_id: input.company_id,
      customer_ids: [employee.customer_id],
      member: false,
    }))
  )
  deleteEmployeesStep(transform({ input }, ({ input }) => [input.employee_id]))
  releaseLockStep({ key: lock })
  return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.employee_id, deleted: true })))
})
