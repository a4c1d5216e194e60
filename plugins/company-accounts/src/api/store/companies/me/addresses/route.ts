import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { companyService } from "../../../../../lib/company-service"
import { companyContext } from "@hybrid/plugin-kit/company-context"
import { addressView } from "../../../../../lib/serialize"
import { createCompanyAddressWorkflow } from "../../../../../workflows/company/workflows/create-company-address"
import type { StoreCreateCompanyAddressType } from "./validators"

/** GET /store/companies/me/addresses (every role) → { addresses }: the company's shared address book. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { company } = companyContext(req)
  const addresses = await companyService(req.scope).listCompanyAddresses(
    { company_id: company.id },
    { order: { label: "ASC" } }
  )
  res.json({ addresses: addresses.map((a) => addressView(a as unknown as Record<string, unknown>)) })
}

/** POST /store/companies/me/addresses (company admins) → 201 { address }. */
export async function POST(req: MedusaRequest<StoreCreateCompanyAddressType>, res: MedusaResponse) {
  const { company } = companyContext(req)
  const { result } = await createCompanyAddressWorkflow(req.scope).run({
    input: { company_id: company.id, address: req.validatedBody },
  })
  res.status(201).json({ address: addressView(result as unknown as Record<string, unknown>) })
}
