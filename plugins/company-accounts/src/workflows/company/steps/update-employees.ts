import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { EmployeeRole } from "../../../constants"
import { companyService } from "../../../lib/company-service"
import { pick } from "../../../lib/pick"

export type UpdateEmployeeData = { id: string; role?: EmployeeRole; spending_limit?: number | null }

/** Updates employees' role / spending limit; compensation restores the previous values. */
export const updateEmployeesStep = createStep(
  "update-employees",
  async (data: UpdateEmployeeData[], { container }) => {
    const service = companyService(container)
    const fields = [...new Set(data.flatMap((d) => Object.keys(d)))]
    const previous = await service.listEmployees({ id: data.map((d) => d.id) }, { select: fields })
    const updated = await service.updateEmployees(data)
    return new StepResponse(
      updated,
      previous.map((record) => pick(record, fields))
    )
  },
  async (previous, { container }) => {
    if (previous?.length) {
      await companyService(container).updateEmployees(previous as UpdateEmployeeData[])
    }
  }
)
