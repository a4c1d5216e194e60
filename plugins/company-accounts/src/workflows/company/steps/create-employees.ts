import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { EmployeeRole } from "../../../constants"
import { companyService } from "../../../lib/company-service"

export type CreateEmployeeData = {
  company_id: string
  customer_id: string
  role: EmployeeRole
  spending_limit?: number | null
}

/** Makes customers employees of a company. Compensation deletes the employee records. */
export const createEmployeesStep = createStep(
  "create-employees",
  async (data: CreateEmployeeData[], { container }) => {
    const employees = await companyService(container).createEmployees(data)
    return new StepResponse(
      employees,
      employees.map((e) => e.id)
    )
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await companyService(container).deleteEmployees(ids)
    }
  }
)
