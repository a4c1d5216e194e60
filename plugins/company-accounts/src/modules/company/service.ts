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
import { activeFirst } from "./active-membership"
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
  /**
   * CompanyDirectory: the customer's ACTIVE membership (or, with `companyId`, their membership of
   * that company) and its company, any status; null when there is none.
   */
  async companyContextOf(customerId: string, companyId?: string | null): Promise<CompanyContext | null> {
    if (companyId) {
      const [employee] = await this.listEmployees(
        { customer_id: customerId, company_id: companyId },
        { relations: ["company"], take: 1 }
      )
      return employee ? toContext(employee) : null
    }
    return (await this.membershipsOf(customerId))[0] ?? null
  }

  /** CompanyDirectory: every membership of the customer, the active one first (activeFirst). */
  async membershipsOf(customerId: string): Promise<CompanyContext[]> {
    const employees = await this.listEmployees({ customer_id: customerId }, { relations: ["company"] })
    return activeFirst(employees as unknown as (EmployeeRecord & { created_at?: Date; active_at?: Date | null })[])
      .map(toContext)
      .filter((context): context is CompanyContext => context !== null)
  }

  /**
   * Makes the customer's membership of `companyId` the active one (what every browser of theirs
   * acts for from now on). Answers the new context, or null when they are not a member of it.
   */
  async setActiveCompany(customerId: string, companyId: string): Promise<CompanyContext | null> {
    const context = await this.companyContextOf(customerId, companyId)
    if (!context) {
      return null
    }
    await this.updateEmployees({ id: context.employee.id, active_at: new Date() })
    return context
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

/** A listed employee (with its company relation) as the kit's CompanyContext; null without a company. */
function toContext(employee: unknown): CompanyContext | null {
  const { company, ...rest } = employee as EmployeeRecord & { company?: CompanyRecord | null }
  if (!company) {
    return null
  }
  const { id, customer_id, role, spending_limit } = rest
  return { employee: { id, customer_id, role, spending_limit, company_id: company.id }, company }
}
