/** The insights API's answers, as the admin pages read them. Amounts are in major units. */
export type ChannelKey = "consumer" | "trade"
export type Split<T> = Record<ChannelKey | "total", T>
export type Figure = { value: number; previous: number; change: { absolute: number; percent: number | null } }
export type Unavailable = { available: false; reason: string }

export type Overview = {
  currency_code: string
  currencies: string[]
  period: {
    preset: string
    from: string
    to: string
    days: number
    bucket: "day" | "week" | "month"
    previous: { from: string; to: string }
  }
  channels: Record<ChannelKey, { id: string | null; name: string }>
  kpis: Record<
    "revenue" | "orders" | "average_order_value" | "units" | "new_customers" | "returning_customers",
    Split<Figure>
  >
  series: Array<{ bucket: string } & Split<{ revenue: number; orders: number }>>
  canceled: Split<{ orders: number; value: number }>
  refunds: Split<{ orders: number; amount: number }>
  guest_share: Split<{ guest_orders: number; registered_orders: number; guest_percent: number | null }>
  conversion: Split<{ carts: number; completed_carts: number; orders: number; rate_percent: number | null }>
  top_products: Record<ChannelKey, Array<{ product_id: string | null; title: string; units: number; revenue: number }>>
  top_companies:
    | { available: true; companies: Array<{ company_id: string; name: string; orders: number; revenue: number }> }
    | Unavailable
  trade: {
    quotes:
      | {
          available: true
          open_count: number
          open_value: number
          win_rate: number | null
          median_hours_to_accept: number | null
        }
      | Unavailable
    approvals:
      | { available: true; pending_count: number; pending_value: number; median_hours_to_decide: number | null }
      | Unavailable
    credit:
      | {
          available: true
          companies: number
          limit: number
          used: number
          available_credit: number
          over_limit: number
        }
      | Unavailable
  }
}

// The 360 answers: one definition, shared with the query code.
export type { Company360, Customer360, Lifetime, TimelineEvent } from "../../people-types"
