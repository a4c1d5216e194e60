import { ActionsHeaderCell, EmptyRow, ErrorRow, Field, SelectField, Section, withToasts } from "@hybrid/admin-ui"
import { errorMessage, formatMoney } from "@hybrid/admin-ui/format"
import { Button, Input, Table, usePrompt } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useReviewRules, useSaveReviewRule, useStoreCurrencies } from "../lib/api"
import { parseThreshold } from "../lib/format"

/**
 * The merchant's review rules: per currency, orders whose total is above the threshold wait for a
 * merchant review before they can be fulfilled. Saving a currency that has a rule replaces it.
 */
export const ReviewRulesSection = () => {
  const rules = useReviewRules()
  const currencies = useStoreCurrencies()
  const save = useSaveReviewRule()
  const prompt = usePrompt()
  const [currency, setCurrency] = useState("")
  const [amount, setAmount] = useState("")
  const [errors, setErrors] = useState<{ currency?: string; amount?: string }>({})
  const list = [...(rules.data?.rules ?? [])].sort((a, b) => a.currency_code.localeCompare(b.currency_code))
  const options = currencies.data?.length ? currencies.data : ["eur", "usd", "gbp"]

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const threshold = parseThreshold(amount)
    const next = {
      currency: currency ? undefined : "Currency is required",
      amount: threshold === null ? "Amount must be 0 or more, with at most 2 decimals" : undefined,
    }
    setErrors(next)
    if (next.currency || next.amount) {
      return
    }
    save.mutate(
      { currency_code: currency, amount_threshold: threshold },
      withToasts({
        success: "Review rule saved",
        description: `${currency.toUpperCase()} orders above ${formatMoney(threshold, currency)} wait for your review.`,
        failure: "Could not save the rule",
        onDone: () => {
          setAmount("")
          setCurrency("")
        },
      })
    )
  }

  const remove = async (code: string) => {
    const confirmed = await prompt({
      title: `Remove the ${code.toUpperCase()} rule?`,
      description: "New orders in this currency no longer wait for a review. Orders already waiting stay in the queue.",
      confirmText: "Remove",
      cancelText: "Cancel",
      variant: "danger",
    })
    if (!confirmed) {
      return
    }
    save.mutate(
      { currency_code: code, amount_threshold: null },
      withToasts({ success: `${code.toUpperCase()} rule removed`, failure: "Could not remove the rule" })
    )
  }

  return (
    <Section
      title="Review rules"
      description="Orders above the amount (order total, per currency) wait for your review before they can be fulfilled."
    >
      {rules.isError ? (
        <ErrorRow what="the rules" reason={errorMessage(rules.error)} />
      ) : list.length === 0 ? (
        <EmptyRow>{rules.isLoading ? "Loading…" : "No rules: no order needs a review."}</EmptyRow>
      ) : (
        <Table aria-label="Review rules">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Currency</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Review orders above</Table.HeaderCell>
              <ActionsHeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {list.map((rule) => (
              <Table.Row key={rule.currency_code} data-currency={rule.currency_code}>
                <Table.Cell>{rule.currency_code.toUpperCase()}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">
                  {formatMoney(rule.amount_threshold, rule.currency_code)}
                </Table.Cell>
                <Table.Cell className="text-right">
                  <Button
                    size="small"
                    variant="transparent"
                    disabled={save.isPending}
                    aria-label={`Remove the ${rule.currency_code.toUpperCase()} rule`}
                    onClick={() => remove(rule.currency_code)}
                  >
                    Remove
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <form
        onSubmit={submit}
        className="flex flex-wrap items-start gap-3 px-6 py-4"
        noValidate
        aria-label="Add a review rule"
      >
        <SelectField
          label="Currency"
          size="xsmall"
          className="min-w-[120px]"
          value={currency}
          onValueChange={setCurrency}
          options={options.map((code) => ({ value: code, label: code.toUpperCase() }))}
          placeholder="Choose"
          error={errors.currency}
        />
        <Field label="Review orders above" size="xsmall" error={errors.amount} className="min-w-[160px]">
          {(control) => (
            <Input
              {...control}
              size="small"
              inputMode="decimal"
              placeholder="5000"
              value={amount}
              onChange={(event) => setAmount(event.target.value)}
            />
          )}
        </Field>
        <Button size="small" variant="secondary" type="submit" className="mt-5" isLoading={save.isPending}>
          Save rule
        </Button>
      </form>
    </Section>
  )
}
