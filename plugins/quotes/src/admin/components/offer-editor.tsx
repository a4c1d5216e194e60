import { Section } from "@hybrid/admin-ui"
import { errorMessage, formatMoney, toNumber } from "@hybrid/admin-ui/format"
import { Trash, ArrowUturnLeft } from "@medusajs/icons"
import { Button, Checkbox, Hint, IconButton, Input, Label, Table, Text, Textarea, Tooltip, toast } from "@medusajs/ui"
import { useId, useState, type FormEvent } from "react"
import {
  addVariant,
  buildCounterOffer,
  draftFromQuote,
  draftLineChange,
  draftSubtotal,
  lineLabel,
  parseMoney,
  parseQuantity,
  removeLine,
  restoreLine,
  updateLine,
  type Draft,
  type DraftErrors,
  type DraftLine,
} from "../lib/offer"
import { useSendCounterOffer } from "../lib/quotes"
import type { Quote } from "../lib/types"
import { ChangeBadge } from "./badges"
import { VariantSearch } from "./variant-search"

const MESSAGE_MAX_LENGTH = 2000
const NO_ERRORS: DraftErrors = { lines: {} }

/**
 * The negotiation editor of a quote that is still open (requested, sent or expired): per line the
 * buyer's request next to the merchant's quantity and unit price, remove / restore, add a variant,
 * the offer's expiry, a message and optional contract prices; "Send counter-offer" posts it all.
 * Mount it with a key of the quote's version, so a sent offer restarts the draft from the server.
 */
export const OfferEditor = ({ quote, onDecline }: { quote: Quote; onDecline: () => void }) => {
  const id = useId()
  const [draft, setDraft] = useState<Draft>(() => draftFromQuote(quote))
  const [errors, setErrors] = useState<DraftErrors>(NO_ERRORS)
  const send = useSendCounterOffer()
  const currency = quote.currency_code
  const requestedSubtotal = toNumber(quote.totals.requested_subtotal)
  const offerSubtotal = draftSubtotal(draft)

  const edit = (next: Draft) => {
    setDraft(next)
    if (errors !== NO_ERRORS) setErrors(NO_ERRORS)
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const result = buildCounterOffer(draft)
    if (!result.ok) {
      setErrors(result.errors)
      toast.error("Check the offer", {
        description: result.errors.form ?? "Some fields need attention before the offer can be sent.",
      })
      return
    }
    setErrors(NO_ERRORS)
    send.mutate(
      { id: quote.id, body: result.body },
      {
        onSuccess: ({ quote: sent }) =>
          toast.success("Counter-offer sent", {
            description: `Version ${sent.version} was sent to ${quote.requested_by.email ?? "the requester"}.`,
          }),
        onError: (error) => toast.error("Could not send the counter-offer", { description: errorMessage(error) }),
      }
    )
  }

  return (
    <Section
      title={quote.status === "requested" ? "Counter-offer" : "Offer"}
      description={
        quote.status === "requested"
          ? "Start from the buyer's request: change quantities and unit prices (net), remove or add lines."
          : "Change the offer and send it again: the buyer gets a new version and a renewed expiry."
      }
    >
      <form onSubmit={submit} noValidate aria-label="Counter-offer">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Product</Table.HeaderCell>
              <Table.HeaderCell>Requested</Table.HeaderCell>
              <Table.HeaderCell>Quantity</Table.HeaderCell>
              <Table.HeaderCell>Unit price (net)</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Subtotal</Table.HeaderCell>
              <Table.HeaderCell>
                <span className="sr-only">Change and actions</span>
              </Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {draft.lines.map((line) => (
              <EditorRow
                key={line.key}
                line={line}
                currency={currency}
                errors={errors.lines[line.key]}
                onChange={(patch) => edit(updateLine(draft, line.key, patch))}
                onRemove={() => edit(removeLine(draft, line.key))}
                onRestore={() => edit(restoreLine(draft, line.key))}
              />
            ))}
          </Table.Body>
        </Table>
        {errors.form && (
          <div className="px-6 py-2" role="alert">
            <Text size="small" className="text-ui-fg-error">
              {errors.form}
            </Text>
          </div>
        )}

        <div className="border-t">
          <VariantSearch currencyCode={currency} onAdd={(variant) => edit(addVariant(draft, variant, currency))} />
        </div>

        <dl className="grid grid-cols-2 gap-x-4 gap-y-1 border-t px-6 py-4 txt-compact-small" aria-label="Totals">
          <dt className="text-ui-fg-subtle">Requested (net)</dt>
          <dd className="text-right tabular-nums" data-total="requested">
            {formatMoney(requestedSubtotal, currency)}
          </dd>
          <dt className="txt-compact-small-plus">This offer (net)</dt>
          <dd className="txt-compact-small-plus text-right tabular-nums" data-total="offer">
            {formatMoney(offerSubtotal, currency)}
          </dd>
        </dl>

        <div className="grid gap-4 border-t px-6 py-4 md:grid-cols-2">
          <div className="flex flex-col gap-y-2">
            <Label htmlFor={`${id}-expires`} size="small" weight="plus">
              Offer valid until
            </Label>
            <Input
              id={`${id}-expires`}
              type="date"
              size="small"
              value={draft.expires_on}
              aria-invalid={errors.expires_on ? true : undefined}
              aria-describedby={errors.expires_on ? `${id}-expires-error` : undefined}
              onChange={(event) => edit({ ...draft, expires_on: event.target.value })}
            />
            {errors.expires_on && (
              <Hint id={`${id}-expires-error`} variant="error">
                {errors.expires_on}
              </Hint>
            )}
          </div>
          {quote.contract_price_list_id ? (
            <div className="flex flex-col gap-y-2 md:mt-6">
              <Text size="small" weight="plus" leading="compact">
                Contract prices created
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                This quote's prices already are the company's contract prices (see the price list).
              </Text>
            </div>
          ) : (
            <div className="flex flex-col gap-y-2">
              <div className="flex items-center gap-x-2 md:mt-6">
                <Checkbox
                  id={`${id}-contract`}
                  checked={draft.contract_prices}
                  onCheckedChange={(checked) => edit({ ...draft, contract_prices: checked === true })}
                />
                <Label htmlFor={`${id}-contract`} size="small" weight="plus">
                  Turn into contract prices
                </Label>
              </div>
              <Text size="xsmall" className="text-ui-fg-subtle">
                The company's buyers get these unit prices on every order, not only on this quote.
              </Text>
            </div>
          )}
          {draft.contract_prices && !quote.contract_price_list_id && (
            <div className="flex flex-col gap-y-2 md:col-start-2">
              <Label htmlFor={`${id}-contract-ends`} size="small" weight="plus">
                Contract prices end on
              </Label>
              <Input
                id={`${id}-contract-ends`}
                type="date"
                size="small"
                value={draft.contract_ends_on}
                aria-invalid={errors.contract_ends_on ? true : undefined}
                aria-describedby={errors.contract_ends_on ? `${id}-contract-ends-error` : undefined}
                onChange={(event) => edit({ ...draft, contract_ends_on: event.target.value })}
              />
              {errors.contract_ends_on && (
                <Hint id={`${id}-contract-ends-error`} variant="error">
                  {errors.contract_ends_on}
                </Hint>
              )}
            </div>
          )}
          <div className="flex flex-col gap-y-2 md:col-span-2">
            <Label htmlFor={`${id}-message`} size="small" weight="plus">
              Message to the buyer (optional)
            </Label>
            <Textarea
              id={`${id}-message`}
              rows={3}
              maxLength={MESSAGE_MAX_LENGTH}
              value={draft.message}
              onChange={(event) => edit({ ...draft, message: event.target.value })}
            />
          </div>
        </div>

        <div className="flex flex-wrap items-center justify-end gap-2 border-t px-6 py-4">
          <Button size="small" variant="danger" type="button" onClick={onDecline}>
            Decline
          </Button>
          <Button size="small" variant="secondary" type="button" onClick={() => edit(draftFromQuote(quote))}>
            Reset
          </Button>
          <Button size="small" type="submit" isLoading={send.isPending}>
            Send counter-offer
          </Button>
        </div>
      </form>
    </Section>
  )
}

const EditorRow = ({
  line,
  currency,
  errors,
  onChange,
  onRemove,
  onRestore,
}: {
  line: DraftLine
  currency: string
  errors?: { quantity?: string; unit_price?: string }
  onChange: (patch: Partial<Pick<DraftLine, "quantity" | "unit_price">>) => void
  onRemove: () => void
  onRestore: () => void
}) => {
  const id = useId()
  const label = lineLabel(line)
  const change = draftLineChange(line)
  const quantity = parseQuantity(line.quantity)
  const price = parseMoney(line.unit_price)
  const subtotal = quantity !== null && price !== null ? quantity * price : null
  const muted = line.removed ? "text-ui-fg-muted line-through" : ""

  return (
    <Table.Row data-line-key={line.key} data-sku={line.sku ?? undefined} aria-label={label}>
      <Table.Cell className="py-2">
        <div className={`flex flex-col ${muted}`}>
          <span className="txt-compact-small-plus">{line.title}</span>
          <span className="text-ui-fg-subtle txt-compact-small">
            {[line.variant_title && line.variant_title !== line.title ? line.variant_title : null, line.sku]
              .filter(Boolean)
              .join(" · ") || "—"}
          </span>
        </div>
      </Table.Cell>
      <Table.Cell className="py-2">
        {line.requested_quantity === null ? (
          <span className="text-ui-fg-subtle txt-compact-small">Not requested</span>
        ) : (
          <span className="txt-compact-small whitespace-nowrap tabular-nums" data-requested>
            {line.requested_quantity} × {formatMoney(line.requested_unit_price, currency)}
          </span>
        )}
      </Table.Cell>
      <Table.Cell className="py-2">
        <Input
          size="small"
          inputMode="numeric"
          className="w-20"
          aria-label={`Quantity, ${label}`}
          value={line.quantity}
          disabled={line.removed}
          aria-invalid={errors?.quantity ? true : undefined}
          aria-describedby={errors?.quantity ? `${id}-quantity-error` : undefined}
          onChange={(event) => onChange({ quantity: event.target.value })}
        />
        {errors?.quantity && (
          <Hint id={`${id}-quantity-error`} variant="error">
            {errors.quantity}
          </Hint>
        )}
      </Table.Cell>
      <Table.Cell className="py-2">
        <Input
          size="small"
          inputMode="decimal"
          className="w-28"
          aria-label={`Unit price, ${label}`}
          value={line.unit_price}
          disabled={line.removed}
          aria-invalid={errors?.unit_price ? true : undefined}
          aria-describedby={errors?.unit_price ? `${id}-price-error` : undefined}
          onChange={(event) => onChange({ unit_price: event.target.value })}
        />
        {errors?.unit_price && (
          <Hint id={`${id}-price-error`} variant="error">
            {errors.unit_price}
          </Hint>
        )}
      </Table.Cell>
      <Table.Cell className={`py-2 text-right tabular-nums ${muted}`}>{formatMoney(subtotal, currency)}</Table.Cell>
      <Table.Cell className="py-2">
        <div className="flex items-center justify-end gap-x-2">
          <ChangeBadge change={change} />
          {line.removed ? (
            <Tooltip content="Restore line">
              <IconButton
                size="small"
                variant="transparent"
                type="button"
                aria-label={`Restore ${label}`}
                onClick={onRestore}
              >
                <ArrowUturnLeft />
              </IconButton>
            </Tooltip>
          ) : (
            <Tooltip content="Remove line">
              <IconButton
                size="small"
                variant="transparent"
                type="button"
                aria-label={`Remove ${label}`}
                onClick={onRemove}
              >
                <Trash />
              </IconButton>
            </Tooltip>
          )}
        </div>
      </Table.Cell>
    </Table.Row>
  )
}
