import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { readApprovalFigures, type ApprovalFigures, type FiguresQuery } from "./figures"
import { ApprovalRequest, ApprovalSettings, MerchantReview, MerchantReviewRule } from "./models"
import { transitionStatus, type TransitionInput } from "./transitions"

/**
 * Data access of the `approval` module: generated CRUD for its four models, race-safe status
 * transitions for requests and reviews, and the figures the insights dashboard reads.
 */
export default class ApprovalModuleService extends MedusaService({
  ApprovalSettings,
  ApprovalRequest,
  MerchantReviewRule,
  MerchantReview,
}) {
  /**
   * Moves an approval request from one status to another in one conditional UPDATE; false when the
   * request is no longer in `from` (a concurrent decision won). See transitions.ts.
   */
  @InjectTransactionManager()
  async transitionApprovalRequest(
    input: TransitionInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    return transitionStatus(sharedContext.transactionManager as SqlEntityManager, "approval_request", input)
  }

  /** Same as transitionApprovalRequest, for merchant reviews. */
  @InjectTransactionManager()
  async transitionMerchantReview(
    input: TransitionInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    return transitionStatus(sharedContext.transactionManager as SqlEntityManager, "merchant_review", input)
  }

  /**
   * Extension point of the insights plugin (TradeFigureSource): its dashboard calls this once per
   * request for the chosen currency and period [from, to).
   *
   * @example
   * await approvalModule.insightsFigures({ currency_code: "eur", from: new Date("2026-11-01"), to: new Date("2026-12-01") })
   * // → { approvals: { pending_count: 2, pending_value: 1840, median_hours_to_decide: 3.5 } }
   */
  @InjectManager()
  async insightsFigures(
    query: FiguresQuery,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ approvals: ApprovalFigures }> {
    return { approvals: await readApprovalFigures(sharedContext.manager as SqlEntityManager, query) }
  }
}
