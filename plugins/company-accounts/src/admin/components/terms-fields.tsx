import { parseAmountInput, toNumber } from "@hybrid/admin-ui/format"
import { Field, SelectField } from "@hybrid/admin-ui"
import { Input, Label, Switch, Text } from "@medusajs/ui"
import { useId } from "react"
import { PAYMENT_TERMS, SPENDING_PERIODS, type PaymentTerms, type SpendingPeriod } from "../../constants"
import { PAYMENT_TERMS_LABELS, SPENDING_PERIOD_LABELS } from "../lib/format"
import type { AdminCompany } from "../lib/types"

/** What the merchant edits when approving a company or changing its terms; the credit limit stays text while typed. */
export type TermsValues = {
  payment_terms: PaymentTerms
  credit_limit: string
  po_required: boolean
  spending_period: SpendingPeriod
}

export type ValidTerms = Omit<TermsValues, "credit_limit"> & { credit_limit: number }

export function termsFromCompany(
  company: AdminCompany,
  fallbackTerms: PaymentTerms = company.payment_terms
): TermsValues {
  const limit = toNumber(company.credit_limit)
  return {
    payment_terms: fallbackTerms,
    credit_limit: limit && limit > 0 ? String(limit) : "",
    po_required: company.po_required,
    spending_period: company.spending_period,
  }
}

/** Returns the terms ready to send, or the message of the first invalid field. */
export function validateTerms(values: TermsValues): { ok: true; terms: ValidTerms } | { ok: false; error: string } {
  const credit = parseAmountInput(values.credit_limit, "Credit limit")
  if (!credit.ok) {
    return credit
  }
  return { ok: true, terms: { ...values, credit_limit: credit.value } }
}

type TermsFieldsProps = {
  values: TermsValues
  onChange: (values: TermsValues) => void
  currencyCode: string
  creditError?: string
}

/** Payment terms, credit limit, PO requirement and spending period, each with a visible label. */
export const TermsFields = ({ values, onChange, currencyCode, creditError }: TermsFieldsProps) => {
  const id = useId()
  const set = <K extends keyof TermsValues>(key: K, value: TermsValues[K]) => onChange({ ...values, [key]: value })
  const currency = currencyCode.toUpperCase()

  return (
    <div className="flex flex-col gap-y-6">
      <SelectField
        label="Payment terms"
        hint="Net terms let the company pay on account, within its credit limit."
        value={values.payment_terms}
        onValueChange={(value) => set("payment_terms", value as PaymentTerms)}
        options={PAYMENT_TERMS.map((terms) => ({ value: terms, label: PAYMENT_TERMS_LABELS[terms] }))}
      />

      <Field
        label={`Credit limit (${currency})`}
        error={creditError}
        hint={`Maximum of unpaid orders on account, in ${currency}.`}
      >
        {(control) => (
          <Input
            {...control}
            name="credit_limit"
            type="text"
            inputMode="decimal"
            aria-required="true"
            placeholder="0.00"
            value={values.credit_limit}
            onChange={(event) => set("credit_limit", event.target.value)}
          />
        )}
      </Field>

      <div className="flex items-start justify-between gap-x-4">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor={`${id}-po`} weight="plus">
            PO number required
          </Label>
          <Text size="small" className="text-ui-fg-subtle">
            Buyers must enter a purchase order number at checkout.
          </Text>
        </div>
        <Switch
          id={`${id}-po`}
          checked={values.po_required}
          onCheckedChange={(checked) => set("po_required", checked)}
        />
      </div>

      <SelectField
        label="Spending period"
        hint="Employee spending limits reset at the start of each period."
        value={values.spending_period}
        onValueChange={(value) => set("spending_period", value as SpendingPeriod)}
        options={SPENDING_PERIODS.map((period) => ({ value: period, label: SPENDING_PERIOD_LABELS[period] }))}
      />
    </div>
  )
}
