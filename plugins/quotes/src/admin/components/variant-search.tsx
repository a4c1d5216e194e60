import { errorMessage, formatMoney } from "@hybrid/admin-ui/format"
import { MagnifyingGlass } from "@medusajs/icons"
import { Button, Input, Label, Text } from "@medusajs/ui"
import { useEffect, useId, useState } from "react"
import { defaultUnitPrice } from "../lib/offer"
import { useVariantSearch } from "../lib/quotes"
import type { VariantHit } from "../lib/types"

/**
 * "Add line": searches variants by product title, variant title or SKU and lists the hits with their
 * plain price in the quote's currency; "Add" hands the variant to the editor.
 */
export const VariantSearch = ({
  currencyCode,
  onAdd,
  disabled,
}: {
  currencyCode: string
  onAdd: (variant: VariantHit) => void
  disabled?: boolean
}) => {
  const id = useId()
  const [input, setInput] = useState("")
  const [term, setTerm] = useState("")
  // Debounced: one request once the merchant pauses typing.
  useEffect(() => {
    const timer = setTimeout(() => setTerm(input), 250)
    return () => clearTimeout(timer)
  }, [input])
  const { data, isFetching, isError, error } = useVariantSearch(term)
  const hits = term.trim().length >= 2 ? (data?.variants ?? []) : []

  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <Label htmlFor={`${id}-q`} size="small" weight="plus">
        Add a product
      </Label>
      <div className="relative">
        <MagnifyingGlass className="text-ui-fg-muted pointer-events-none absolute left-2 top-1/2 -translate-y-1/2" />
        <Input
          id={`${id}-q`}
          type="search"
          size="small"
          className="pl-8"
          placeholder="Search by product, variant or SKU"
          value={input}
          disabled={disabled}
          aria-describedby={`${id}-status`}
          onChange={(event) => setInput(event.target.value)}
        />
      </div>
      <Text id={`${id}-status`} size="xsmall" className="text-ui-fg-subtle" aria-live="polite">
        {isError
          ? `Search failed: ${errorMessage(error)}`
          : term.trim().length < 2
            ? "Type at least 2 characters."
            : isFetching && hits.length === 0
              ? "Searching…"
              : `${hits.length} ${hits.length === 1 ? "variant" : "variants"} found`}
      </Text>
      {hits.length > 0 && (
        <ul className="divide-y rounded-md border" aria-label="Matching variants">
          {hits.map((variant) => {
            const price = defaultUnitPrice(variant, currencyCode)
            const name = variant.product?.title ?? variant.title ?? variant.id
            return (
              <li
                key={variant.id}
                className="flex items-center justify-between gap-x-4 px-3 py-2"
                data-variant-id={variant.id}
              >
                <div className="flex min-w-0 flex-col">
                  <Text size="small" weight="plus" leading="compact" className="truncate">
                    {name}
                    {variant.title && variant.title !== name ? ` · ${variant.title}` : ""}
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {variant.sku ?? "No SKU"} ·{" "}
                    {price
                      ? `list price ${formatMoney(price, currencyCode)}`
                      : `no ${currencyCode.toUpperCase()} price`}
                  </Text>
                </div>
                <Button
                  size="small"
                  variant="secondary"
                  type="button"
                  disabled={disabled}
                  aria-label={`Add ${name}${variant.title && variant.title !== name ? ` ${variant.title}` : ""}`}
                  onClick={() => {
                    onAdd(variant)
                    setInput("")
                  }}
                >
                  Add
                </Button>
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
