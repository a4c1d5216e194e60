import { retryUnlessClientError } from "@hybrid/admin-ui/query"
import { backendBaseUrl, sdk } from "@hybrid/admin-ui/sdk"
import { useQuery } from "@tanstack/react-query"
import type { Company360, Customer360, Overview } from "./types"

export type OverviewParams = { period?: string; from?: string; to?: string; bucket?: string; currency?: string }

const KEY = ["insights"] as const

function clean(params: OverviewParams): Record<string, string> {
  return Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== "")) as Record<
    string,
    string
  >
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
  const search = new URLSearchParams(clean(params)).toString()
  const response = await fetch(`${backendBaseUrl}/admin/insights/overview/csv?${search}`, { credentials: "include" })
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
