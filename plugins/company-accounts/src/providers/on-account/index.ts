import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { OnAccountPaymentProvider } from "./service"

/**
 * Payment module provider "on-account". Registered by the backend in medusa-config.ts:
 * `{ resolve: "@hybrid/company-accounts/providers/on-account", id: "on-account" }` → provider id
 * `pp_on-account_on-account` (see ON_ACCOUNT_PAYMENT_PROVIDER), enabled per region.
 */
export default ModuleProvider(Modules.PAYMENT, {
  services: [OnAccountPaymentProvider],
})
