import type { ConfigModule, Logger } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { DEFAULT_OPTIONS, type InsightsOptions } from "../../types"
import { computeOverview, periodView, type ChannelIds } from "./overview"
import { computeCompany360, computeCustomer360 } from "./people"
import { bind, type SqlExecutor } from "./sql"
import type { CompanyReader } from "../../lib/company-figures"
import type { ResolvedPeriod } from "../../lib/period"

type KnexLike = {
  raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: any[] }>
  transaction?: <T>(run: (trx: KnexLike) => Promise<T>) => Promise<T>
}

/**
 * Runs statements on Medusa's shared knex connection (the one every module of the app uses),
 * each in a read-only transaction with JIT compilation off: the planner's cost estimates of these
 * nested-loop aggregates cross PostgreSQL's JIT threshold, and compiling them takes longer than
 * running them (measured: 145 ms of JIT for a 40 ms statement).
 */
export function knexExecutor(knex: KnexLike): SqlExecutor {
  return async (text, values) => {
    if (!knex.transaction) {
      return (await knex.raw(text, values)).rows
    }
    return knex.transaction(async (trx) => {
      await trx.raw("SET TRANSACTION READ ONLY")
      await trx.raw("SET LOCAL jit = off")
      return (await trx.raw(text, values)).rows
    })
  }
}

type Dependencies = {
  __pg_connection__: KnexLike
  logger: Logger
  configModule: ConfigModule
}

export type StoreCurrencies = { currencies: string[]; default: string | null }

/**
 * Read-only queries behind the dashboard and the 360 views. Everything is aggregated by
 * PostgreSQL (see overview.ts and people.ts); the service adds what a request needs around it:
 * the store's currencies and the two channels' ids. Company figures come from the company plugin's
 * read model and the company ↔ order link (a CompanyReader the routes pass in), never from its tables.
 */
export default class InsightsModuleService {
  protected readonly sql: SqlExecutor
  protected readonly options: Required<InsightsOptions>

  constructor(deps: Dependencies) {
    this.sql = knexExecutor(deps.__pg_connection__)
    const entry = (deps.configModule?.plugins ?? []).find(
      (plugin): plugin is { resolve: string; options: Record<string, unknown> } =>
        typeof plugin !== "string" && plugin.resolve === "@hybrid/insights"
    )
    const given = Object.fromEntries(Object.entries(entry?.options ?? {}).filter(([, v]) => v !== undefined))
    this.options = { ...DEFAULT_OPTIONS, ...(given as InsightsOptions) }
  }

  /** The executor the computations run on, for callers that compose their own (the benchmark uses its own). */
  get executor(): SqlExecutor {
    return this.sql
  }

  private async query(text: string, params: Record<string, unknown>) {
    const bound = bind(text, params)
    return this.sql(bound.text, bound.values)
  }

  /** The store's currencies (lower-case) and its default one. */
  async storeCurrencies(): Promise<StoreCurrencies> {
    const rows = await this.query(
      `SELECT lower(sc.currency_code) AS code, bool_or(sc.is_default) AS is_default
       FROM store_currency sc WHERE sc.deleted_at IS NULL GROUP BY 1 ORDER BY 2 DESC, 1`,
      {}
    )
    return {
      currencies: rows.map((r) => String(r.code)),
      default: rows.find((r) => r.is_default)?.code ?? rows[0]?.code ?? null,
    }
  }

  /** Ids of the Consumer and Trade sales channels (by the names in the plugin options); null when missing. */
  async channelIds(): Promise<ChannelIds & { names: Record<"consumer" | "trade", string> }> {
    const names = { consumer: this.options.consumerChannelName, trade: this.options.tradeChannelName }
    const rows = await this.query(
      `SELECT id, name FROM sales_channel WHERE deleted_at IS NULL AND name IN (:consumer, :trade) ORDER BY created_at`,
      names
    )
    const idOf = (name: string) => (rows.find((r) => r.name === name)?.id as string | undefined) ?? null
    return { consumer: idOf(names.consumer), trade: idOf(names.trade), names }
  }

  /** Refuses a currency the store does not sell in: 400 naming `currency`. */
  async resolveCurrency(requested: string | undefined): Promise<{ currency: string; currencies: string[] }> {
    const { currencies, default: fallback } = await this.storeCurrencies()
    const currency = requested ?? fallback
    if (!currency || !currencies.includes(currency)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `currency: unknown currency "${requested ?? ""}"; the store sells in ${currencies.join(", ") || "no currency yet"}`
      )
    }
    return { currency, currencies }
  }

  /**
   * The dashboard: figures for one currency and period, with the previous period and the chart.
   * `companies` (see lib/company-figures.ts) adds top companies and credit; null: not available.
   */
  async overview(input: { currency?: string; period: ResolvedPeriod }, companies: CompanyReader | null = null) {
    const [{ currency, currencies }, channels] = await Promise.all([
      this.resolveCurrency(input.currency),
      this.channelIds(),
    ])
    const { period } = input
    const figures = await computeOverview(this.sql, {
      currency_code: currency,
      from: period.from,
      to: period.to,
      previous: period.previous,
      bucket: period.bucket,
      channels,
      top: this.options.topListSize,
      companies,
    })
    return {
      currency_code: currency,
      currencies,
      period: {
        preset: period.preset,
        ...periodView(period.from, period.to),
        days: period.days,
        bucket: period.bucket,
        previous: periodView(period.previous.from, period.previous.to),
      },
      channels: {
        consumer: { id: channels.consumer, name: channels.names.consumer },
        trade: { id: channels.trade, name: channels.names.trade },
      },
      ...figures,
    }
  }

  async customer360(customerId: string, companies: CompanyReader | null = null) {
    const channels = await this.channelIds()
    const view = await computeCustomer360(this.sql, { customer_id: customerId, channels, companies })
    if (!view) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer ${customerId} not found`)
    }
    return { ...view, channels: { consumer: channels.consumer, trade: channels.trade } }
  }

  async company360(companyId: string, companies: CompanyReader | null = null) {
    if (!companies) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        "Companies are not available: the company-accounts plugin is not installed"
      )
    }
    const channels = await this.channelIds()
    const view = await computeCompany360(this.sql, { company_id: companyId, channels, companies })
    if (!view) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Company ${companyId} not found`)
    }
    return { ...view, channels: { consumer: channels.consumer, trade: channels.trade } }
  }

  /** Trade figure source keys from the options (quotes, approvals). */
  get tradeFigureSources(): string[] {
    return this.options.tradeFigureSources
  }

  /** Container key of the company figure source from the options (company-accounts' `company` module). */
  get companyFigureSource(): string {
    return this.options.companyFigureSource
  }
}
