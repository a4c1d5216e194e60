/**
 * The "my spending" and "company credit" panels: what has been spent or used, what is left, and
 * how full the bar is. Figures are the backend's (its ledger is what cart completion checks).
 */
import { formatMoney, localeForCurrency } from "@hybrid/storefront-kit";
import type { MyCompany, SpendingPeriod } from "./types";

export interface Gauge {
  /** Shown figures, formatted in the company currency. */
  used: string;
  limit: string | null;
  remaining: string | null;
  /** 0–100, for the meter; null when there is no limit. */
  percent: number | null;
  /** True when nothing is left. */
  exhausted: boolean;
}

const PERIOD_NOUN: Record<SpendingPeriod, string> = { monthly: "month", quarterly: "quarter", yearly: "year" };

export function periodLabel(period: SpendingPeriod | string | null | undefined): string {
  return `this ${PERIOD_NOUN[period as SpendingPeriod] ?? "period"}`;
}

function gauge(used: number, limit: number | null, remaining: number | null, currency: string): Gauge {
  const money = (amount: number) => formatMoney(amount, currency, localeForCurrency(currency));
  const left = remaining ?? (limit === null ? null : Math.max(0, limit - used));
  return {
    used: money(used),
    limit: limit === null ? null : money(limit),
    remaining: left === null ? null : money(left),
    percent: limit === null ? null : limit <= 0 ? 100 : Math.min(100, Math.max(0, Math.round((used / limit) * 100))),
    exhausted: left !== null && left <= 0,
  };
}

/** The employee's spending this period against their personal limit (none -> no limit). */
export function spendingGauge(me: MyCompany): Gauge | null {
  if (!me.spending || !me.employee) return null;
  return gauge(
    me.spending.spent,
    me.employee.spending_limit,
    me.spending.remaining,
    me.spending.currency_code || me.company.currency_code,
  );
}

/** The company's credit on account: exposure (unpaid orders on account) against the credit limit. */
export function creditGauge(me: MyCompany): Gauge | null {
  if (!me.credit) return null;
  return gauge(me.credit.used, me.credit.limit, me.credit.available, me.company.currency_code);
}
