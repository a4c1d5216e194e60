import { retryUnlessClientError, useCounts } from "@hybrid/admin-ui/query"
import { sdk } from "@hybrid/admin-ui/sdk"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  OrderApprovalResponse,
  ReviewListQuery,
  ReviewListResponse,
  ReviewResponse,
  ReviewStatus,
  RulesResponse,
} from "./types"

/** Every query of this plugin starts with this key, so a decision refreshes the queue, counts and widget. */
const KEY = ["approvals"] as const

export const approvalKeys = {
  all: KEY,
  reviews: (query: ReviewListQuery) => [...KEY, "reviews", query] as const,
  rules: [...KEY, "rules"] as const,
  order: (orderId: string) => [...KEY, "order", orderId] as const,
}

function listReviews(query: ReviewListQuery) {
  return sdk.client.fetch<ReviewListResponse>("/admin/approvals/reviews", { query })
}

export function useReviews(query: ReviewListQuery) {
  return useQuery({
    queryKey: approvalKeys.reviews(query),
    queryFn: () => listReviews(query),
    placeholderData: (previous) => previous,
    retry: retryUnlessClientError,
  })
}

export type ReviewCounts = Record<ReviewStatus | "all", number | undefined>

const COUNTED_STATUSES = ["all", "pending", "approved", "rejected"] as const

/** Number of reviews per status, one small request each (the tabs show them). */
export function useReviewCounts(): ReviewCounts {
  return useCounts(COUNTED_STATUSES, (status) => {
    const query: ReviewListQuery = { status, limit: 1, offset: 0 }
    return { queryKey: approvalKeys.reviews(query), queryFn: () => listReviews(query) }
  })
}

/** Approves or rejects a merchant review; rejecting cancels the order on the server. */
export function useDecideReview() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, decision, comment }: { id: string; decision: "approve" | "reject"; comment?: string }) =>
      sdk.client.fetch<ReviewResponse>(`/admin/approvals/reviews/${id}/${decision}`, {
        method: "POST",
        body: comment ? { comment } : {},
      }),
    onSettled: () => {
      // The order itself changes too (canceled on reject): refresh the admin's order queries as well.
      queryClient.invalidateQueries({ queryKey: KEY })
      queryClient.invalidateQueries({ queryKey: ["orders"] })
    },
  })
}

export function useReviewRules() {
  return useQuery({
    queryKey: approvalKeys.rules,
    queryFn: () => sdk.client.fetch<RulesResponse>("/admin/approvals/merchant-review-rules"),
    retry: retryUnlessClientError,
  })
}

/** Sets the review threshold of a currency; null removes the rule. */
export function useSaveReviewRule() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: { currency_code: string; amount_threshold: number | null }) =>
      sdk.client.fetch<RulesResponse>("/admin/approvals/merchant-review-rules", { method: "POST", body }),
    onSuccess: (data) => queryClient.setQueryData(approvalKeys.rules, data),
    onSettled: () => queryClient.invalidateQueries({ queryKey: approvalKeys.rules }),
  })
}

/** The store's currencies, to offer in the rule form. */
export function useStoreCurrencies() {
  return useQuery({
    queryKey: [...KEY, "store-currencies"],
    queryFn: async () => {
      const { stores } = await sdk.client.fetch<{
        stores: Array<{ supported_currencies?: Array<{ currency_code: string; is_default?: boolean }> }>
      }>("/admin/stores", {
        query: { fields: "id,supported_currencies.currency_code,supported_currencies.is_default" },
      })
      return (stores[0]?.supported_currencies ?? []).map((c) => c.currency_code.toLowerCase())
    },
    staleTime: 5 * 60_000,
    retry: retryUnlessClientError,
  })
}

/** The company approval and the merchant review of one order (either may be null). */
export function useOrderApproval(orderId: string) {
  return useQuery({
    queryKey: approvalKeys.order(orderId),
    queryFn: () => sdk.client.fetch<OrderApprovalResponse>(`/admin/approvals/orders/${orderId}`),
    retry: retryUnlessClientError,
  })
}
