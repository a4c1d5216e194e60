import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { EmployeeRole } from "../../../constants"
import { updateEmployeesStep } from "../steps/update-employees"
import { validateEmployeeChangeStep } from "../steps/validate-employee-change"

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
  return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
})
