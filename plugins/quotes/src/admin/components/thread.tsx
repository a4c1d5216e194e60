import { Badge, Button, Label, Select, Text, Textarea, toast } from "@medusajs/ui"
import { useId, useState, type FormEvent } from "react"
import { errorMessage, formatDateTime } from "../lib/format"
import { lineLabel } from "../lib/offer"
import { usePostQuoteMessage } from "../lib/quotes"
import type { Quote } from "../lib/types"
import { EmptyRow, Section } from "./section"

const BODY_MAX_LENGTH = 2000
const GENERAL = "general"

/** The buyer's and the merchant's messages, oldest first, with a reply form (optionally about one line). */
export const QuoteThread = ({ quote }: { quote: Quote }) => {
  const id = useId()
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
      {
        onSuccess: () => {
          toast.success("Reply sent")
          setBody("")
          setLineId(GENERAL)
        },
        onError: (error) => toast.error("Could not send the reply", { description: errorMessage(error) }),
      }
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
        <div className="flex flex-col gap-y-2">
          <Label htmlFor={`${id}-body`} size="small" weight="plus">
            Reply
          </Label>
          <Textarea
            id={`${id}-body`}
            rows={3}
            maxLength={BODY_MAX_LENGTH}
            value={body}
            aria-invalid={bodyError ? true : undefined}
            aria-describedby={bodyError ? `${id}-body-error` : undefined}
            onChange={(event) => setBody(event.target.value)}
          />
          {bodyError && (
            <Text id={`${id}-body-error`} size="xsmall" className="text-ui-fg-error">
              {bodyError}
            </Text>
          )}
        </div>
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div className="flex min-w-[240px] flex-col gap-y-2">
            <Label id={`${id}-line-label`} size="small" weight="plus">
              About
            </Label>
            <Select value={lineId} onValueChange={setLineId}>
              <Select.Trigger aria-labelledby={`${id}-line-label`}>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={GENERAL}>The whole quote</Select.Item>
                {quote.lines.map((line) => (
                  <Select.Item key={line.id} value={line.id}>
                    {lineLabel(line)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <Button size="small" type="submit" isLoading={post.isPending}>
            Send reply
          </Button>
        </div>
      </form>
    </Section>
  )
}
