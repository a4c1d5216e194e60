import { useQuery } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type { Company360, Customer360, Overview } from "./types"

export type OverviewParams = { period?: string; from?: string; to?: string; bucket?: string; currency?: string }

const KEY = ["insights"] as const

function clean(params: OverviewParams): Record<string, string> {
  return Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== "")) as Record<string, string>
}

/** Retries network and server failures, never a 4xx (a bad period stays bad). */
function retryUnlessClientError(failureCount: number, error: unknown): boolean {
  const status = (error as { status?: number } | null)?.status
  return !(status !== undefined && status >= 400 && status < 500) && failureCount < 2
}

export function useOverview(params: OverviewParams) {
  const query = clean(params)
  return useQuery({
    queryKey: [...KEY, "overview", query],
    queryFn: () => sdk.client.fetch<Overview>("/admin/insights/overview", { query }),
    placeholderData: (previous) => previous,
    retry: retryUnlessClientError,
  })
}

export function useCustomer360(id: string) {
  return useQuery({
    queryKey: [...KEY, "customer", id],
    queryFn: () => sdk.client.fetch<Customer360>(`/admin/insights/customers/${id}`),
    retry: retryUnlessClientError,
  })
}

export function useCompany360(id: string | undefined) {
  return useQuery({
    queryKey: [...KEY, "company", id],
    queryFn: () => sdk.client.fetch<Company360>(`/admin/insights/companies/${id}`),
    enabled: Boolean(id),
    retry: retryUnlessClientError,
  })
}

/** Downloads the CSV of the figures shown for `params` (the admin session's cookie authenticates it). */
export async function downloadOverviewCsv(params: OverviewParams): Promise<void> {
  const base = (import.meta.env.VITE_BACKEND_URL || "").replace(/\/$/, "")
  const search = new URLSearchParams(clean(params)).toString()
  const response = await fetch(`${base}/admin/insights/overview/csv?${search}`, { credentials: "include" })
  if (!response.ok) {
    throw new Error(`Export failed (${response.status})`)
  }
  const disposition = response.headers.get("content-disposition") ?? ""
  const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? "insights.csv"
  const url = URL.createObjectURL(await response.blob())
  const anchor = document.createElement("a")
  anchor.href = url
  anchor.download = filename
  document.body.appendChild(anchor)
  anchor.click()
  anchor.remove()
  URL.revokeObjectURL(url)
}
