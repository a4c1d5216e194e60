import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { companyService } from "../../../../../lib/company-service"

/** Fields of a commitment the admin API returns. */
export const COMMITMENT_FIELDS = [
  "id",
  "company_id",
  "employee_id",
  "cart_id",
  "order_id",
  "amount",
  "currency_code",
  "on_account",
  "period_start",
  "settled_at",
  "created_at",
]

/** The company or 404 (unknown ids and deleted companies alike). */
export async function companyOr404(scope: Pick<MedusaContainer, "resolve">, companyId: string) {
  const [company] = await companyService(scope).listCompanies({ id: companyId }, { take: 1 })
  if (!company) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Company with id: ${companyId} was not found`)
  }
  return company
}
