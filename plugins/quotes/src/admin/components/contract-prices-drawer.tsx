import { Field, FormDrawer, type DrawerProps } from "@hybrid/admin-ui"
import { formatMoney } from "@hybrid/admin-ui/format"
import { Input, Text } from "@medusajs/ui"
import { useState } from "react"
import { endOfDayIso, lineLabel, toDateInput } from "../lib/offer"
import { useCreateContractPrices } from "../lib/quotes"
import type { Quote } from "../lib/types"

/**
 * Turns an accepted quote's prices into contract prices (POST /admin/quotes/:id/contract-prices):
 * a sale price list for the company's customer group with the offered unit prices, until the end date.
 */
export const ContractPricesDrawer = ({ quote, ...drawer }: DrawerProps & { quote: Quote }) => {
  const [endsOn, setEndsOn] = useState("")
  const [endsError, setEndsError] = useState<string>()
  const create = useCreateContractPrices()
  const lines = quote.lines.filter((line) => line.change !== "removed")

  const submit = () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(endsOn)) {
      setEndsError("End date is required")
      return undefined
    }
    if (new Date(endOfDayIso(endsOn)).getTime() <= Date.now()) {
      setEndsError("End date must be in the future")
      return undefined
    }
    return create.mutateAsync({ id: quote.id, body: { ends_at: endOfDayIso(endsOn) } })
  }

  return (
    <FormDrawer
      {...drawer}
      onOpen={() => {
        setEndsOn(toDateInput(new Date(Date.now() + 365 * 24 * 60 * 60 * 1000)))
        setEndsError(undefined)
      }}
      title="Create contract prices"
      description="Give the company the quote's unit prices on every order until an end date."
      onSubmit={submit}
      success="Contract prices created"
      successDescription={`${quote.company_name ?? "The company"} gets these prices until ${endsOn}.`}
      failure="Could not create contract prices"
      submitLabel="Create contract prices"
    >
      <Text size="small" className="text-ui-fg-subtle">
        A price list for {quote.company_name ?? "the company"} with these unit prices, so its buyers get them on every
        order until the end date.
      </Text>
      <ul className="divide-y rounded-md border">
        {lines.map((line) => (
          <li key={line.id} className="flex justify-between gap-x-4 px-3 py-2">
            <Text size="small">{lineLabel(line)}</Text>
            <Text size="small" className="tabular-nums">
              {formatMoney(line.unit_price, quote.currency_code)}
            </Text>
          </li>
        ))}
      </ul>
      <Field label="Prices end on" error={endsError}>
        {(control) => (
          <Input {...control} type="date" value={endsOn} onChange={(event) => setEndsOn(event.target.value)} />
        )}
      </Field>
    </FormDrawer>
  )
}
