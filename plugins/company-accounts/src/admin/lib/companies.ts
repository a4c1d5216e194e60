import { sdk } from "@hybrid/admin-ui/sdk"
import { retryUnlessClientError, useCounts } from "@hybrid/admin-ui/query"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { COMPANY_STATUSES, type CompanyStatus } from "../../constants"
import type {
  AdminCommitmentListResponse,
  AdminCompanyListQuery,
  AdminCompanyListResponse,
  AdminCompanyResponse,
  ApproveCompanyBody,
  RejectCompanyBody,
  UpdateCompanyBody,
} from "./types"

/** Every company query starts with this key, so one invalidation refreshes lists, counts and details. */
const COMPANIES_KEY = ["company-accounts", "companies"] as const

export const companyKeys = {
  all: COMPANIES_KEY,
  list: (query: AdminCompanyListQuery) => [...COMPANIES_KEY, "list", query] as const,
  detail: (id: string) => [...COMPANIES_KEY, "detail", id] as const,
  openCommitments: (id: string) => [...COMPANIES_KEY, "detail", id, "open-commitments"] as const,
}

function listCompanies(query: AdminCompanyListQuery) {
  return sdk.client.fetch<AdminCompanyListResponse>("/admin/companies", { query })
}

export function useCompanies(query: AdminCompanyListQuery) {
  return useQuery({
    queryKey: companyKeys.list(query),
    queryFn: () => listCompanies(query),
    placeholderData: (previous) => previous,
  })
}

export type StatusCounts = Record<CompanyStatus | "all", number | undefined>

const COUNTED_STATUSES = ["all", ...COMPANY_STATUSES] as const

/** Number of companies per status (and in total) for the given search, one small request each. */
export function useCompanyStatusCounts(q: string | undefined): StatusCounts {
  return useCounts(COUNTED_STATUSES, (status) => {
    const query: AdminCompanyListQuery = { q, limit: 1, offset: 0, ...(status === "all" ? {} : { status }) }
    return { queryKey: companyKeys.list(query), queryFn: () => listCompanies(query) }
  })
}

/** One company with employees, addresses, credit and orders (the detail page and its breadcrumb share it). */
export function useCompany(id: string | undefined) {
  return useQuery({
    queryKey: companyKeys.detail(id ?? ""),
    queryFn: () => sdk.client.fetch<AdminCompanyResponse>(`/admin/companies/${id}`),
    enabled: Boolean(id),
    retry: retryUnlessClientError,
  })
}

function useCompanyMutation<TBody extends Record<string, unknown>>(path: (id: string) => string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TBody }) =>
      sdk.client.fetch<AdminCompanyResponse>(path(id), { method: "POST", body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: companyKeys.all }),
  })
}

export const useApproveCompany = () => useCompanyMutation<ApproveCompanyBody>((id) => `/admin/companies/${id}/approve`)

export const useRejectCompany = () => useCompanyMutation<RejectCompanyBody>((id) => `/admin/companies/${id}/reject`)

export const useUpdateCompany = () => useCompanyMutation<UpdateCompanyBody>((id) => `/admin/companies/${id}`)

/**
 * The company (and employee record) of one customer, or null. Asks the list for `customer_id`, then confirms
 * membership on the detail's employees, so a server that ignores the filter never shows a wrong company.
 */
export function useCustomerCompany(customerId: string) {
  return useQuery({
    queryKey: [...COMPANIES_KEY, "by-customer", customerId],
    queryFn: async () => {
      const { companies } = await listCompanies({ customer_id: customerId, limit: 5, offset: 0 })
      for (const candidate of companies) {
        const { company } = await sdk.client.fetch<AdminCompanyResponse>(`/admin/companies/${candidate.id}`)
        const employee = company.employees?.find((e) => (e.customer?.id ?? e.customer_id) === customerId)
        if (employee) {
          return { company, employee }
        }
      }
      return null
    },
    retry: retryUnlessClientError,
  })
}

/** The company's orders placed on account and not yet paid: what its credit exposure is made of. */
export function useOpenOnAccountCommitments(companyId: string, enabled = true) {
  return useQuery({
    queryKey: companyKeys.openCommitments(companyId),
    queryFn: () =>
      sdk.client.fetch<AdminCommitmentListResponse>(`/admin/companies/${companyId}/commitments`, {
        query: { on_account: "true", settled: "false", limit: 100, offset: 0 },
      }),
    enabled,
  })
}

/** Marks an on-account order paid, which frees its amount from the company's credit exposure. */
export function useSettleCommitment() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ companyId, commitmentId }: { companyId: string; commitmentId: string }) =>
      sdk.client.fetch(`/admin/companies/${companyId}/commitments/${commitmentId}/settle`, { method: "POST" }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: companyKeys.all }),
  })
}
