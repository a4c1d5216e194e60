import type { MedusaContainer } from "@medusajs/framework/types"
import { COMPANY_MODULE } from "../constants"
import type CompanyModuleService from "../modules/company/service"

/** The company module's service, typed (this plugin's own code; other plugins use the kit's CompanyDirectory). */
export function companyService(container: Pick<MedusaContainer, "resolve">): CompanyModuleService {
  return container.resolve<CompanyModuleService>(COMPANY_MODULE)
}
