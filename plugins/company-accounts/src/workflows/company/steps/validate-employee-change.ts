import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { EmployeeRole } from "../../../constants"
import { companyService } from "../../../lib/company-service"
import { type EmployeeRecord } from "@hybrid/plugin-kit/company-context"

export type ValidateEmployeeChangeStepInput = {
  company_id: string
  /** The employee making the change (a company admin). */
  actor_employee_id: string
  employee_id: string
  role?: EmployeeRole
  remove?: boolean
}

/**
 * The lock the team-changing workflows hold from this check to their last write, so two admins
 * changing each other at the same instant are checked one after the other (Medusa's locking module:
 * in memory on one server, Redis across servers).
 */
export function teamLockKey(companyId: string) {
  return `company-team:${companyId}`
}

/**
 * The team rules, checked before any write, under the team lock: the actor must still be an admin
 * (a concurrent change may just have demoted them: 403); the employee must belong to the actor's company (else
 * 404, like an unknown id); nobody changes their own role or removes themselves (403); the last
 * admin of a company can be neither demoted nor removed (400). Returns the employee.
 */
export const validateEmployeeChangeStep = createStep(
  "validate-employee-change",
  async (input: ValidateEmployeeChangeStepInput, { container }) => {
    const service = companyService(container)
    const [actor] = await service.listEmployees(
      { id: input.actor_employee_id, company_id: input.company_id, role: "admin" },
      { select: ["id"], take: 1 }
    )
    if (!actor) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only company admins can change the team")
    }
    const [employee] = (await service.listEmployees(
      { id: input.employee_id, company_id: input.company_id },
      { take: 1 }
    )) as unknown as EmployeeRecord[]
    if (!employee) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Employee ${input.employee_id} not found`)
    }
    const self = employee.id === input.actor_employee_id
    const roleChanges = input.role !== undefined && input.role !== employee.role
    if (self && input.remove) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, "You cannot remove yourself from your company")
    }
    if (self && roleChanges) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, "role: you cannot change your own role")
    }
    if (employee.role === "admin" && (input.remove || roleChanges)) {
      const admins = await service.listEmployees({ company_id: input.company_id, role: "admin" }, { select: ["id"] })
      if (admins.length <= 1) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          "role: the last admin of a company can be neither demoted nor removed"
        )
      }
    }
    return new StepResponse(employee)
  }
)
