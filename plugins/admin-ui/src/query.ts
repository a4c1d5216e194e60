import { useQueries, type QueryKey } from "@tanstack/react-query"
import { useSearchParams } from "react-router-dom"

/** A `retry` for admin queries: retries network and server failures, never a 4xx (an unknown record stays unknown). */
export function retryUnlessClientError(failureCount: number, error: unknown): boolean {
  const status = (error as { status?: number } | null)?.status
  return !(status !== undefined && status >= 400 && status < 500) && failureCount < 2
}

/**
 * One count per key (the counts of a list's status tabs), each from a small list request whose
 * answer has `count`. A count is undefined until its request answers.
 */
export function useCounts<K extends string>(
  keys: readonly K[],
  queryFor: (key: K) => { queryKey: QueryKey; queryFn: () => Promise<{ count: number }> }
): Record<K, number | undefined> {
  const results = useQueries({
    queries: keys.map((key) => ({
      ...queryFor(key),
      select: (data: { count: number }) => data.count,
      retry: retryUnlessClientError,
    })),
  })
  return Object.fromEntries(keys.map((key, index) => [key, results[index]?.data])) as Record<K, number | undefined>
}

/**
 * A list page's state in the URL (filters, search, page), so a filtered view can be linked to and
 * survives a visit to a record. `update` leaves a key out of the URL when it is "" or its default
 * (`defaults`, and page 0), and replaces the history entry rather than adding one per keystroke.
 */
export function useListSearchParams(defaults: Record<string, string> = {}) {
  const [searchParams, setSearchParams] = useSearchParams()
  const pageIndex = Math.max(0, Number.parseInt(searchParams.get("page") ?? "0", 10) || 0)

  const update = (next: Record<string, string | number | undefined>) => {
    setSearchParams(
      (current) => {
        const params = new URLSearchParams(current)
        for (const [key, value] of Object.entries(next)) {
          if (value === undefined) continue
          const text = String(value)
          const fallback = key === "page" ? "0" : defaults[key]
          if (text === "" || text === fallback) params.delete(key)
          else params.set(key, text)
        }
        return params
      },
      { replace: true }
    )
  }

  return { searchParams, pageIndex, update }
}

/** A list page's URL state, as useListSearchParams returns it. */
export type ListSearchParams = ReturnType<typeof useListSearchParams>
