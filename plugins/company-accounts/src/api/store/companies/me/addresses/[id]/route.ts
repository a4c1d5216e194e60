import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { companyContext } from "@hybrid/plugin-kit/company-context"
import { addressView } from "../../../../../../lib/serialize"
import { deleteCompanyAddressWorkflow } from "../../../../../../workflows/company/workflows/delete-company-address"
import { updateCompanyAddressWorkflow } from "../../../../../../workflows/company/workflows/update-company-address"
import type { StoreUpdateCompanyAddressType } from "../validators"

/** POST /store/companies/me/addresses/:id (company admins) → { address }; another company's address is a 404. */
export async function POST(req: MedusaRequest<StoreUpdateCompanyAddressType>, res: MedusaResponse) {
  const { company } = companyContext(req)
  const { result } = await updateCompanyAddressWorkflow(req.scope).run({
    input: { company_id: company.id, address_id: req.params.id, address: req.validatedBody },
  })
  res.json({ address: addressView(result as unknown as Record<string, unknown>) })
}

/** DELETE /store/companies/me/addresses/:id (company admins) → { id, object, deleted }. */
export async function DELETE(req: MedusaRequest, res: MedusaResponse) {
  const { company } = companyContext(req)
  await deleteCompanyAddressWorkflow(req.scope).run({ input: { company_id: company.id, address_id: req.params.id } })
  res.json({ id: req.params.id, object: "company_address", deleted: true })
}
