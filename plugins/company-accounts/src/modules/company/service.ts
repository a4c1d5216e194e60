import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { Company, CompanyAddress, Employee, EmployeeInvite, SpendCommitment } from "./models"
import { commitSpend, type CommitSpendInput, type CommitSpendResult } from "./spend-ledger"

/** Data access of the `company` module: generated CRUD for its five models plus the spend ledger. */
export default class CompanyModuleService extends MedusaService({
  Company,
  CompanyAddress,
  Employee,
  EmployeeInvite,
  SpendCommitment,
}) {
  /**
   * Records a cart's spend against its company's limits in one transaction that locks the company
   * row, so two carts of the same company cannot both pass the check. See spend-ledger.ts.
   */
  @InjectTransactionManager()
  async commitSpend(
    input: CommitSpendInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CommitSpendResult> {
    return commitSpend(sharedContext.transactionManager as SqlEntityManager, input)
  }
}
