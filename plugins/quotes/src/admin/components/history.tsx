import { EmptyRow, Section } from "@hybrid/admin-ui"
import { formatDateTime } from "@hybrid/admin-ui/format"
import { Text } from "@medusajs/ui"
import { STATUS_LABELS, eventLabel } from "../lib/format"
import type { QuoteEvent, QuoteStatus } from "../lib/types"

const ACTOR_LABELS = { customer: "buyer", merchant: "merchant", system: "system" } as const

function statusLabel(status: string | null): string {
  return status ? (STATUS_LABELS[status as QuoteStatus] ?? status) : "—"
}

/** Status changes and other events of the quote, newest first. */
export const QuoteHistory = ({ history }: { history: QuoteEvent[] }) => {
  const events = [...history].sort((a, b) => b.created_at.localeCompare(a.created_at))
  return (
    <Section title="History">
      {events.length === 0 ? (
        <EmptyRow>No events yet.</EmptyRow>
      ) : (
        <ol className="flex flex-col gap-y-0 px-6 py-4" aria-label="Status history">
          {events.map((event, index) => (
            <li key={event.id} className="relative flex gap-x-3 pb-4 last:pb-0" data-action={event.action}>
              <div className="flex flex-col items-center">
                <span className="bg-ui-tag-neutral-icon mt-1.5 size-2 shrink-0 rounded-full" aria-hidden />
                {index < events.length - 1 && <span className="bg-ui-border-base mt-1 w-px grow" aria-hidden />}
              </div>
              <div className="flex min-w-0 flex-col">
                <Text size="small" weight="plus" leading="compact">
                  {eventLabel(event.action, event.data)}
                </Text>
                {event.from_status && event.to_status && event.from_status !== event.to_status && (
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {statusLabel(event.from_status)} → {statusLabel(event.to_status)}
                  </Text>
                )}
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {formatDateTime(event.created_at)} ·{" "}
                  {event.actor_name ?? ACTOR_LABELS[event.actor_type] ?? event.actor_type}
                </Text>
              </div>
            </li>
          ))}
        </ol>
      )}
    </Section>
  )
}
