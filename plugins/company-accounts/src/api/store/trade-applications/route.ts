import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { INotificationModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { withHttpErrors } from "@hybrid/plugin-kit/http-errors"
import { applicationForExistingAccount } from "../../../lib/notifications"
import { pluginOptions } from "../../../lib/options"
import { submitTradeApplicationWorkflow } from "../../../workflows/company/workflows/submit-trade-application"
import { spendPasswordHashTime } from "./equal-cost"
import type { StoreSubmitTradeApplicationType } from "./validators"

/** The one answer every accepted application gets, whether or not its email already has an account. */
export const APPLICATION_RECEIVED = {
  application: { status: "received" },
  message: "Thank you. We will email you about your application.",
} as const

/**
 * POST /store/trade-applications (no sign-in) → 202 APPLICATION_RECEIVED, for a new email and for
 * one that already has an account (a customer or any email + password login, the admin's too) alike:
 * same status, same body, about the same time. A new email gets the applicant's account, the
 * pending company and the applicant as its admin; an existing one gets nothing created, and its
 * owner an email (`company.application_existing_account`). Bad input → 400 naming the field.
 */
export const POST = withHttpErrors(async (req: MedusaRequest<StoreSubmitTradeApplicationType>, res: MedusaResponse) => {
  const input = req.validatedBody
  try {
    await submitTradeApplicationWorkflow(req.scope).run({ input })
  } catch (error) {
    if ((error as { type?: string })?.type !== MedusaError.Types.DUPLICATE_ERROR) {
      throw error
    }
    await spendPasswordHashTime(input.applicant.password)
    const signInUrl = `${pluginOptions(req.scope).tradeStorefrontUrl.replace(/\/+$/, "")}/sign-in`
    await req.scope
      .resolve<INotificationModuleService>(Modules.NOTIFICATION)
      .createNotifications([applicationForExistingAccount(input.applicant.email, input.company.name, signInUrl)])
  }
  res.status(202).json(APPLICATION_RECEIVED)
})
