import { Button, Drawer, Hint, Input, Label, Text, toast } from "@medusajs/ui"
import { useEffect, useId, useState, type FormEvent } from "react"
import { errorMessage, formatMoney } from "../lib/format"
import { endOfDayIso, lineLabel, toDateInput } from "../lib/offer"
import { useCreateContractPrices } from "../lib/quotes"
import type { Quote } from "../lib/types"

/**
 * Turns an accepted quote's prices into contract prices (POST /admin/quotes/:id/contract-prices):
 * a sale price list for the company's customer group with the offered unit prices, until the end date.
 */
export const ContractPricesDrawer = ({
  quote,
  open,
  onOpenChange,
}: {
  quote: Quote
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const id = useId()
  const [endsOn, setEndsOn] = useState("")
  const [endsError, setEndsError] = useState<string>()
  const create = useCreateContractPrices()
  const lines = quote.lines.filter((line) => line.change !== "removed")

  useEffect(() => {
    if (open) {
      setEndsOn(toDateInput(new Date(Date.now() + 365 * 24 * 60 * 60 * 1000)))
      setEndsError(undefined)
    }
  }, [open])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!/^\d{4}-\d{2}-\d{2}$/.test(endsOn)) {
      setEndsError("End date is required")
      return
    }
    if (new Date(endOfDayIso(endsOn)).getTime() <= Date.now()) {
      setEndsError("End date must be in the future")
      return
    }
    create.mutate(
      { id: quote.id, body: { ends_at: endOfDayIso(endsOn) } },
      {
        onSuccess: () => {
          toast.success("Contract prices created", {
            description: `${quote.company_name ?? "The company"} gets these prices until ${endsOn}.`,
          })
          onOpenChange(false)
        },
        onError: (error) => toast.error("Could not create contract prices", { description: errorMessage(error) }),
      }
    )
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <form onSubmit={submit} className="flex h-full flex-col overflow-hidden" noValidate>
          <Drawer.Header>
            <Drawer.Title>Create contract prices</Drawer.Title>
            <Drawer.Description className="sr-only">
              Give the company the quote's unit prices on every order until an end date.
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            <Text size="small" className="text-ui-fg-subtle">
              A price list for {quote.company_name ?? "the company"} with these unit prices, so its buyers get them on
              every order until the end date.
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
            <div className="flex flex-col gap-y-2">
              <Label htmlFor={`${id}-ends`} weight="plus">
                Prices end on
              </Label>
              <Input
                id={`${id}-ends`}
                type="date"
                value={endsOn}
                aria-invalid={endsError ? true : undefined}
                aria-describedby={endsError ? `${id}-ends-error` : undefined}
                onChange={(event) => setEndsOn(event.target.value)}
              />
              {endsError && (
                <Hint id={`${id}-ends-error`} variant="error">
                  {endsError}
                </Hint>
              )}
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={create.isPending}>
              Create contract prices
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
