import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type {
  CompanyContext,
  CompanyDirectory,
  CompanyRecord,
  EmployeeRecord,
  EmployeeRole,
} from "@hybrid/plugin-kit/company-context"
import { Company, CompanyAddress, Employee, EmployeeInvite, SpendCommitment } from "./models"
import type {
  CompanyCreditFigures,
  CompanyFacts,
  CompanyFigureSource,
  CompanyMembership,
} from "@hybrid/plugin-kit/company-figures"
import { companyFacts, creditFigures, memberships } from "./insights-read-model"
import { commitSpend, type CommitSpendInput, type CommitSpendResult } from "./spend-ledger"

/**
 * Data access of the `company` module: generated CRUD for its five models plus the spend ledger.
 * It is also the platform's CompanyDirectory (@hybrid/plugin-kit/company-context): registered under
 * the `company` key, it tells other plugins which company a customer acts for; and the insights
 * dashboard's CompanyFigureSource (@hybrid/plugin-kit/company-figures, answered by
 * insights-read-model.ts): figures of its own tables.
 */
export default class CompanyModuleService
  extends MedusaService({
    Company,
    CompanyAddress,
    Employee,
    EmployeeInvite,
    SpendCommitment,
  })
  implements CompanyDirectory, CompanyFigureSource
{
  /** CompanyDirectory: the customer's employee record and its company (any status), or null. */
  async companyContextOf(customerId: string): Promise<CompanyContext | null> {
    const [employee] = await this.listEmployees({ customer_id: customerId }, { relations: ["company"], take: 1 })
    if (!employee?.company) {
      return null
    }
    const { company, ...rest } = employee as unknown as EmployeeRecord & { company: CompanyRecord }
    return { employee: { ...rest, company_id: company.id }, company }
  }

  /** CompanyDirectory: the company's employees, only those with one of `roles` when given. */
  async companyMembers(companyId: string, roles?: readonly EmployeeRole[]): Promise<EmployeeRecord[]> {
    const employees = await this.listEmployees({ company_id: companyId, ...(roles ? { role: [...roles] } : {}) })
    return employees.map((employee) => {
      const { id, customer_id, role, spending_limit } = employee as unknown as EmployeeRecord
      return { id, customer_id, role, spending_limit, company_id: companyId }
    })
  }

  /**
   * Records a cart's spend against its company's limits in one transaction that locks the company
   * row, so two carts of the same company cannot both pass the check. See spend-ledger.ts.
   */
  @InjectTransactionManager()
  async commitSpend(input: CommitSpendInput, @MedusaContext() sharedContext: Context = {}): Promise<CommitSpendResult> {
    return commitSpend(sharedContext.transactionManager as SqlEntityManager, input)
  }

  /**
   * Removes employees (soft delete) while holding their companies' row locks, the lock commitSpend
   * takes: a removal waits for a checkout of the company that is between its entitlement check and
   * its spend commitment, and a checkout that locks after the removal sees the employee gone.
   */
  @InjectTransactionManager()
  async removeEmployees(ids: string[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    if (!ids.length) {
      return
    }
    const manager = sharedContext.transactionManager as SqlEntityManager
    await manager.execute(
      `SELECT c.id FROM company c
       WHERE c.id IN (SELECT e.company_id FROM employee e WHERE e.id IN (${ids.map(() => "?").join(", ")}))
       ORDER BY c.id FOR UPDATE OF c`,
      ids
    )
    await this.softDeleteEmployees(ids, {}, sharedContext)
  }

  /** CompanyFigureSource (insights): credit used vs available across active net-terms companies. */
  @InjectManager()
  async insightsCredit(
    query: { currency_code: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CompanyCreditFigures> {
    return creditFigures(sharedContext.manager as SqlEntityManager, query.currency_code)
  }

  /** CompanyFigureSource (insights): one company with its credit, or null. */
  @InjectManager()
  async insightsCompany(companyId: string, @MedusaContext() sharedContext: Context = {}): Promise<CompanyFacts | null> {
    return companyFacts(sharedContext.manager as SqlEntityManager, companyId)
  }

  /** CompanyFigureSource (insights): memberships of customers, or a company's employees. */
  @InjectManager()
  async insightsMemberships(
    filter: { customer_ids: string[] } | { company_id: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CompanyMembership[]> {
    return memberships(sharedContext.manager as SqlEntityManager, filter)
  }
}
