import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { companyService } from "../../../lib/company-service"
import { type CompanyRecord } from "@hybrid/plugin-kit/company-context"
import { companyView } from "../../../lib/serialize"
import type { AdminListCompaniesType } from "./validators"

/**
 * GET /admin/companies?q=&status=&customer_id=&limit=&offset= → { companies, count, limit, offset },
 * newest first. `q` searches name, VAT id and email; `customer_id` finds the company of an employee.
 */
export async function GET(req: MedusaRequest<unknown, AdminListCompaniesType>, res: MedusaResponse) {
  const { q, status, customer_id, limit, offset } = req.validatedQuery as AdminListCompaniesType
  const service = companyService(req.scope)
  const filters: Record<string, unknown> = {}
  if (q) {
    filters.q = q
  }
  if (status) {
    filters.status = status
  }
  if (customer_id) {
    const employees = await service.listEmployees({ customer_id }, { select: ["company_id"] })
    filters.id = employees.map((e) => (e as unknown as { company_id: string }).company_id)
  }
  const [companies, count] = await service.listAndCountCompanies(filters, {
    skip: offset,
    take: limit,
    order: { created_at: "DESC" },
  })
  res.json({
    companies: companies.map((c) => companyView(c as unknown as CompanyRecord)),
    count,
    limit,
    offset,
  })
}
