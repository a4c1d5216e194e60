import { EmptyRow, Fields, Section } from "@hybrid/admin-ui"
import { formatMoney, toNumber } from "@hybrid/admin-ui/format"
import { Text } from "@medusajs/ui"
import { PAYMENT_TERMS_LABELS, SPENDING_PERIOD_LABELS, creditUsagePercent } from "../../../../lib/format"
import type { AdminCompanyDetail } from "../../../../lib/types"

/** Payment terms, credit limit, use and availability (with a usage meter), PO rule and spending period. */
export const CompanyTermsSection = ({ company }: { company: AdminCompanyDetail }) => {
  const currency = company.currency_code
  const credit = company.credit
  const onAccount = company.payment_terms !== "prepaid"
  const percent = creditUsagePercent(credit?.used, credit?.limit ?? company.credit_limit)
  const available = toNumber(credit?.available)

  if (company.status === "pending" || company.status === "rejected") {
    return (
      <Section title="Terms and credit">
        <EmptyRow>
          {company.status === "pending"
            ? "Payment terms, credit limit and spending period are set when you approve the application."
            : "None: the application was rejected."}
        </EmptyRow>
      </Section>
    )
  }

  return (
    <Section title="Terms and credit">
      <Fields
        rows={[
          { label: "Payment terms", value: PAYMENT_TERMS_LABELS[company.payment_terms] ?? company.payment_terms },
          { label: "Credit limit", value: formatMoney(credit?.limit ?? company.credit_limit, currency) },
          { label: "Credit used", value: onAccount || credit ? formatMoney(credit?.used ?? 0, currency) : "—" },
          {
            label: "Credit available",
            value: (
              <span className={available !== null && available <= 0 && onAccount ? "text-ui-fg-error" : undefined}>
                {formatMoney(credit?.available ?? null, currency)}
              </span>
            ),
          },
          { label: "PO number required", value: company.po_required ? "Yes" : "No" },
          {
            label: "Spending period",
            value: SPENDING_PERIOD_LABELS[company.spending_period] ?? company.spending_period,
          },
        ]}
      />
      {onAccount && credit && <CreditMeter percent={percent} />}
      {!onAccount && <EmptyRow>Prepaid: orders are paid at checkout, so no credit is extended.</EmptyRow>}
    </Section>
  )
}

/** The share of the credit limit tied up in unpaid orders, red from 90 %. */
const CreditMeter = ({ percent }: { percent: number }) => (
  <div className="px-6 py-4">
    <div
      role="meter"
      aria-label="Credit used"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={`${percent}% of the credit limit used`}
      className="bg-ui-bg-switch-off h-2 w-full overflow-hidden rounded-full"
    >
      <div
        className={`h-full rounded-full ${percent >= 90 ? "bg-ui-tag-red-icon" : "bg-ui-tag-green-icon"}`}
        style={{ width: `${percent}%` }}
      />
    </div>
    <Text size="xsmall" className="text-ui-fg-subtle mt-2">
      {percent}% of the credit limit is tied up in unpaid orders on account.
    </Text>
  </div>
)
