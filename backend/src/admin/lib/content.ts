import { retryUnlessClientError } from "@hybrid/admin-ui/query"
import { sdk } from "@hybrid/admin-ui/sdk"
import { useQuery } from "@tanstack/react-query"

export const CONTENT_STATES = ["invalid", "draft", "scheduled", "live", "expired"] as const
export type ContentState = (typeof CONTENT_STATES)[number]

/** An entry of GET /admin/content (backend/src/lib/content-overview.ts). */
export type ContentEntry = {
  collection: "stories" | "pages"
  id: string
  path: string
  title: string
  state: ContentState
  sites: ("consumer" | "trade")[]
  product: string | null
  publish_at: string | null
  unpublish_at: string | null
  problems: string[]
  edit_url: string
  site_urls: { site: "consumer" | "trade"; url: string }[]
}

export type ContentOverview = {
  editor_url: string
  entries: ContentEntry[]
  counts: Record<ContentState, number>
}

/** The shared content as the sites see it now; refetched every 10 s while the page is open. */
export function useContentOverview() {
  return useQuery({
    queryKey: ["content-overview"],
    queryFn: () => sdk.client.fetch<ContentOverview>("/admin/content"),
    refetchInterval: 10_000,
    retry: retryUnlessClientError,
  })
}
