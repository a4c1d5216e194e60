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
  top_companies: { available: true; companies: Array<{ company_id: string; name: string; orders: number; revenue: number }> } | Unavailable
  trade: {
    quotes:
      | { available: true; open_count: number; open_value: number; win_rate: number | null; median_hours_to_accept: number | null }
      | Unavailable
    approvals: { available: true; pending_count: number; pending_value: number; median_hours_to_decide: number | null } | Unavailable
    credit: { available: true; companies: number; limit: number; used: number; available_credit: number; over_limit: number } | Unavailable
  }
}

export type TimelineEvent =
  | {
      type: "order"
      at: string
      order_id: string
      display_id: number | null
      channel: ChannelKey | "other"
      status: string
      currency_code: string
      total: number
      refunded: number
      guest: boolean
      email: string | null
      company: { id: string; name: string } | null
    }
  | { type: "cart"; at: string; cart_id: string; channel: ChannelKey | "other"; currency_code: string; completed_at: string | null; items: number }
  | { type: "membership"; at: string; company: { id: string; name: string }; role: string; employee_id: string }

export type Lifetime = Array<{
  channel: ChannelKey | "other"
  currency_code: string
  orders: number
  revenue: number
  average_order_value: number
  canceled_orders: number
  first_order_at: string | null
  last_order_at: string | null
}>

export type Customer360 = {
  person: {
    email: string | null
    customers: Array<{ id: string; has_account: boolean; first_name: string | null; last_name: string | null; created_at: string }>
    companies: Array<{ id: string; name: string; role: string; employee_id: string; status: string }>
  }
  lifetime: Lifetime
  timeline: TimelineEvent[]
}

export type Company360 = {
  company: {
    id: string
    name: string
    status: string
    currency_code: string
    payment_terms: string
    credit: { limit: number; used: number; available: number }
  }
  lifetime: Lifetime
  employees: Array<{
    employee_id: string
    customer_id: string
    role: string
    name: string
    email: string | null
    joined_at: string
    company: Array<{ currency_code: string; orders: number; revenue: number; last_order_at: string | null }>
    private: Array<{ currency_code: string; orders: number; revenue: number; last_order_at: string | null }>
  }>
  timeline: TimelineEvent[]
}
