import { z } from "@medusajs/framework/zod"
import { id } from "@hybrid/plugin-kit/fields"

/** POST /store/companies/me/active */
export const StoreSetActiveCompany = z.object({ company_id: id("company_id") }).strict()
export type StoreSetActiveCompanyType = z.infer<typeof StoreSetActiveCompany>
