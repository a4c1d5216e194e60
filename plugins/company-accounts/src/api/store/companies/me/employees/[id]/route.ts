import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { companyContext } from "@hybrid/plugin-kit/company-context"
import { removeEmployeeWorkflow } from "../../../../../../workflows/company/workflows/remove-employee"
import { updateEmployeeWorkflow } from "../../../../../../workflows/company/workflows/update-employee"
import { listCompanyEmployees } from "../helpers"
import type { StoreUpdateEmployeeType } from "../validators"

/**
 * POST /store/companies/me/employees/:id (company admins) { role?, spending_limit? } → { employee }.
 * Nobody changes their own role (403); the last admin is never demoted (400); another company's
 * employee is a 404.
 */
export async function POST(req: MedusaRequest<StoreUpdateEmployeeType>, res: MedusaResponse) {
  const { company, employee: actor } = companyContext(req)
  await updateEmployeeWorkflow(req.scope).run({
    input: { company_id: company.id, actor_employee_id: actor.id, employee_id: req.params.id, ...req.validatedBody },
  })
  const [employee] = await listCompanyEmployees(req.scope, { company_id: company.id, id: req.params.id })
  res.json({ employee })
}

/** DELETE /store/companies/me/employees/:id (company admins) → { id, object, deleted }. Not yourself, not the last admin. */
export async function DELETE(req: MedusaRequest, res: MedusaResponse) {
  const { company, employee: actor } = companyContext(req)
  await removeEmployeeWorkflow(req.scope).run({
    input: { company_id: company.id, actor_employee_id: actor.id, employee_id: req.params.id },
  })
  res.json({ id: req.params.id, object: "employee", deleted: true })
}
