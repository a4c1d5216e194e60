import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { EmployeeRole } from "../../../constants"
import { updateEmployeesStep } from "../steps/update-employees"
import { teamLockKey, validateEmployeeChangeStep } from "../steps/validate-employee-change"

export type UpdateEmployeeInput = {
  company_id: string
  actor_employee_id: string
  employee_id: string
  role?: EmployeeRole
  /** null removes the personal limit. */
  spending_limit?: number | null
}

export const updateEmployeeWorkflowId = "update-employee"

/** A company admin changes an employee's role and/or spending limit, under the team rules. */
export const updateEmployeeWorkflow = createWorkflow(updateEmployeeWorkflowId, (input: UpdateEmployeeInput) => {
  const lock = transform({ input }, ({ input }) => teamLockKey(input.company_id))
  acquireLockStep({ key: lock, timeout: 10, ttl: 30 })
  validateEmployeeChangeStep({
    company_id: input.company_id,
    actor_employee_id: input.actor_employee_id,
    employee_id: input.employee_id,
    role: input.role,
  })
  const updated = updateEmployeesStep(
    transform({ input }, ({ input }) => [
      Object.fromEntries(
        Object.entries({ id: input.employee_id, role: input.role, spending_limit: input.spending_limit }).filter(
          ([, v]) => v !== undefined
        )
      ) as { id: string; role?: EmployeeRole; spending_limit?: number | null },
    ])
  )
  releaseLockStep({ key: lock })
  return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
})
