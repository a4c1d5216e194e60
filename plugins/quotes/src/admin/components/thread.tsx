import { EmptyRow, Field, SelectField, Section, withToasts } from "@hybrid/admin-ui"
import { formatDateTime } from "@hybrid/admin-ui/format"
import { Badge, Button, Text, Textarea } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { lineLabel } from "../lib/offer"
import { usePostQuoteMessage } from "../lib/quotes"
import type { Quote } from "../lib/types"

const BODY_MAX_LENGTH = 2000
const GENERAL = "general"

/** The buyer's and the merchant's messages, oldest first, with a reply form (optionally about one line). */
export const QuoteThread = ({ quote }: { quote: Quote }) => {
  const [body, setBody] = useState("")
  const [lineId, setLineId] = useState<string>(GENERAL)
  const [bodyError, setBodyError] = useState<string>()
  const post = usePostQuoteMessage()
  const lines = new Map(quote.lines.map((line) => [line.id, line]))
  const messages = [...(quote.messages ?? [])].sort((a, b) => a.created_at.localeCompare(b.created_at))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const trimmed = body.trim()
    if (!trimmed) {
      setBodyError("Message is required")
      return
    }
    setBodyError(undefined)
    post.mutate(
      { id: quote.id, body: { body: trimmed, ...(lineId !== GENERAL ? { line_id: lineId } : {}) } },
      withToasts({
        success: "Reply sent",
        failure: "Could not send the reply",
        onDone: () => {
          setBody("")
          setLineId(GENERAL)
        },
      })
    )
  }

  return (
    <Section title="Messages" description="The conversation with the buyer; they see it on the trade site.">
      {quote.message && (
        <div className="px-6 py-4" data-message="request">
          <div className="flex flex-wrap items-center gap-2">
            <Text size="small" weight="plus" leading="compact">
              {quote.requested_by.name ?? quote.requested_by.email ?? "Buyer"}
            </Text>
            <Badge size="2xsmall" color="grey">
              Request
            </Badge>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {formatDateTime(quote.created_at)}
            </Text>
          </div>
          <Text size="small" className="mt-1 whitespace-pre-wrap">
            {quote.message}
          </Text>
        </div>
      )}
      {messages.length === 0 && !quote.message ? (
        <EmptyRow>No messages yet.</EmptyRow>
      ) : (
        <ol className="divide-y" aria-label="Messages">
          {messages.map((message) => {
            const line = message.line_id ? lines.get(message.line_id) : undefined
            return (
              <li
                key={message.id}
                className={`px-6 py-4 ${message.author_type === "merchant" ? "bg-ui-bg-subtle" : ""}`}
                data-author={message.author_type}
              >
                <div className="flex flex-wrap items-center gap-2">
                  <Text size="small" weight="plus" leading="compact">
                    {message.author_name ?? (message.author_type === "merchant" ? "Merchant" : "Buyer")}
                  </Text>
                  <Badge size="2xsmall" color={message.author_type === "merchant" ? "blue" : "grey"}>
                    {message.author_type === "merchant" ? "Merchant" : "Buyer"}
                  </Badge>
                  {line && (
                    <Badge size="2xsmall" color="purple">
                      Re: {lineLabel(line)}
                    </Badge>
                  )}
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {formatDateTime(message.created_at)}
                  </Text>
                </div>
                <Text size="small" className="mt-1 whitespace-pre-wrap">
                  {message.body}
                </Text>
              </li>
            )
          })}
        </ol>
      )}
      <form onSubmit={submit} className="flex flex-col gap-y-3 px-6 py-4" noValidate>
        <Field label="Reply" size="small" error={bodyError}>
          {(control) => (
            <Textarea
              {...control}
              rows={3}
              maxLength={BODY_MAX_LENGTH}
              value={body}
              onChange={(event) => setBody(event.target.value)}
            />
          )}
        </Field>
        <div className="flex flex-wrap items-end justify-between gap-3">
          <SelectField
            label="About"
            size="small"
            className="min-w-[240px]"
            value={lineId}
            onValueChange={setLineId}
            options={[
              { value: GENERAL, label: "The whole quote" },
              ...quote.lines.map((line) => ({ value: line.id, label: lineLabel(line) })),
            ]}
          />
          <Button size="small" type="submit" isLoading={post.isPending}>
            Send reply
          </Button>
        </div>
      </form>
    </Section>
  )
}
