import { retryUnlessClientError, useCounts } from "@hybrid/admin-ui/query"
import { sdk } from "@hybrid/admin-ui/sdk"
import { useQuery } from "@tanstack/react-query"

/** A row of GET /admin/emails. */
export type EmailRow = {
  id: string
  to: string
  template: string | null
  site: string
  subject: string
  status: DeliveryStatus
  attempts: number
  last_error: string | null
  next_attempt_at: string | null
  sent_at: string | null
  created_at: string
}

export const DELIVERY_STATUSES = ["sent", "retrying", "sending", "failed"] as const
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]

type ListQuery = { status?: DeliveryStatus; limit: number; offset: number }
type ListResponse = { emails: EmailRow[]; count: number }

const KEY = ["emails"] as const

const listEmails = (query: ListQuery) => sdk.client.fetch<ListResponse>("/admin/emails", { query })

export function useEmails(query: ListQuery) {
  return useQuery({
    queryKey: [...KEY, query],
    queryFn: () => listEmails(query),
    retry: retryUnlessClientError,
    refetchInterval: 15_000,
  })
}

/** How many emails are in each state (the tabs' counts). */
export function useEmailCounts() {
  return useCounts(DELIVERY_STATUSES, (status) => ({
    queryKey: [...KEY, "count", status],
    queryFn: () => listEmails({ status, limit: 1, offset: 0 }),
  }))
}
