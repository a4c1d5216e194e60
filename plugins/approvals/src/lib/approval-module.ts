import type { MedusaContainer } from "@medusajs/framework/types"
import { APPROVAL_MODULE } from "../constants"
import type ApprovalModuleService from "../modules/approval/service"

/** The approval module's service, typed. */
export function approvalModule(container: Pick<MedusaContainer, "resolve">): ApprovalModuleService {
  return container.resolve<ApprovalModuleService>(APPROVAL_MODULE)
}
