import { retryUnlessClientError } from "@hybrid/admin-ui/query"
import { sdk } from "@hybrid/admin-ui/sdk"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  CompanyOption,
  QuoteListQuery,
  QuoteListResponse,
  QuoteResponse,
  SendCounterOfferBody,
  VariantHit,
} from "./types"

/** Every quote query starts with this key, so one invalidation refreshes the list and the detail. */
const QUOTES_KEY = ["quotes"] as const

export const quoteKeys = {
  all: QUOTES_KEY,
  list: (query: QuoteListQuery) => [...QUOTES_KEY, "list", query] as const,
  detail: (id: string) => [...QUOTES_KEY, "detail", id] as const,
}

export function useQuotes(query: QuoteListQuery) {
  return useQuery({
    queryKey: quoteKeys.list(query),
    queryFn: () => sdk.client.fetch<QuoteListResponse>("/admin/quotes", { query }),
    placeholderData: (previous) => previous,
    retry: retryUnlessClientError,
  })
}

/** One quote with lines, thread and history (the detail page and its breadcrumb share it). */
export function useQuote(id: string | undefined) {
  return useQuery({
    queryKey: quoteKeys.detail(id ?? ""),
    queryFn: () => sdk.client.fetch<QuoteResponse>(`/admin/quotes/${id}`),
    enabled: Boolean(id),
    retry: retryUnlessClientError,
  })
}

/** A POST on one quote answering { quote }: the detail is replaced by the answer, then lists refresh. */
function useQuoteAction<TBody extends Record<string, unknown>>(path: (id: string) => string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TBody }) =>
      sdk.client.fetch<QuoteResponse>(path(id), { method: "POST", body }),
    onSuccess: (data, { id }) => queryClient.setQueryData(quoteKeys.detail(id), data),
    onSettled: () => queryClient.invalidateQueries({ queryKey: quoteKeys.all }),
  })
}

export const useSendCounterOffer = () => useQuoteAction<SendCounterOfferBody>((id) => `/admin/quotes/${id}/send`)
export const useDeclineQuote = () => useQuoteAction<{ reason: string }>((id) => `/admin/quotes/${id}/decline`)
export const usePostQuoteMessage = () =>
  useQuoteAction<{ body: string; line_id?: string }>((id) => `/admin/quotes/${id}/messages`)
export const useCreateContractPrices = () =>
  useQuoteAction<{ ends_at: string }>((id) => `/admin/quotes/${id}/contract-prices`)

/** Variants matching a product title, variant title or SKU, with their prices (for "add line"). */
export function useVariantSearch(q: string) {
  const term = q.trim()
  return useQuery({
    queryKey: ["quotes", "variant-search", term],
    queryFn: () =>
      sdk.client.fetch<{ variants: VariantHit[] }>("/admin/product-variants", {
        query: {
          q: term,
          limit: 10,
          fields:
            "id,title,sku,product_id,product.id,product.title,product.thumbnail,prices.amount,prices.currency_code,prices.price_rules.attribute",
        },
      }),
    enabled: term.length >= 2,
    placeholderData: (previous) => previous,
    staleTime: 30_000,
  })
}

/** Companies for the list's company filter (company-accounts' admin API), by name. */
export function useCompanyOptions() {
  return useQuery({
    queryKey: ["quotes", "company-options"],
    queryFn: async () => {
      const { companies } = await sdk.client.fetch<{ companies: CompanyOption[] }>("/admin/companies", {
        query: { limit: 100, offset: 0 },
      })
      return [...companies].sort((a, b) => a.name.localeCompare(b.name))
    },
    staleTime: 60_000,
    retry: retryUnlessClientError,
  })
}
