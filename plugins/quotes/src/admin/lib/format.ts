import type { StatusColor } from "@hybrid/admin-ui"
import type { QuoteStatus } from "./types"

export const STATUS_LABELS: Record<QuoteStatus, string> = {
  requested: "Requested",
  sent: "Offer sent",
  accepted: "Accepted",
  rejected: "Rejected by buyer",
  declined: "Declined",
  expired: "Expired",
}

export const STATUS_COLORS: Record<QuoteStatus, StatusColor> = {
  requested: "orange",
  sent: "blue",
  accepted: "green",
  rejected: "red",
  declined: "grey",
  expired: "grey",
}

/** What happened in a history event, in words ("Counter-offer sent (version 2)"). */
export function eventLabel(action: string, data: Record<string, unknown> | null): string {
  const version = typeof data?.version === "number" ? ` (version ${data.version})` : ""
  switch (action) {
    case "requested":
      return "Quote requested"
    case "sent":
    case "counter_offer_sent":
      return `Counter-offer sent${version}`
    case "accepted":
      return "Offer accepted"
    case "rejected":
      return "Offer rejected by the buyer"
    case "declined":
      return "Quote declined"
    case "contract_prices_created":
      return "Contract prices created"
    case "message":
    case "message_posted":
      return "Message posted"
    case "expired":
      return "Offer expired"
    default:
      return action.charAt(0).toUpperCase() + action.slice(1).replace(/[_.]/g, " ")
  }
}
