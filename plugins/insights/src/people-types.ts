/**
 * The shapes of the customer and company 360 answers (GET /admin/insights/customers/:id and
 * /companies/:id), shared by the query code and the admin widgets. Types only, no runtime imports,
 * so the admin bundle can use them.
 */
import type { ChannelKey } from "./constants"

export type ChannelOrOther = ChannelKey | "other"

export type TimelineEvent =
  | {
      type: "order"
      at: string
      order_id: string
      display_id: number | null
      channel: ChannelOrOther
      status: string
      currency_code: string
      total: number
      refunded: number
      customer_id: string | null
      email: string | null
      guest: boolean
      company: { id: string; name: string } | null
    }
  | {
      type: "cart"
      at: string
      cart_id: string
      channel: ChannelOrOther
      currency_code: string
      completed_at: string | null
      items: number
    }
  | { type: "membership"; at: string; company: { id: string; name: string }; role: string; employee_id: string }

export type Lifetime = Array<{
  channel: ChannelOrOther
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
    customers: Array<{
      id: string
      has_account: boolean
      first_name: string | null
      last_name: string | null
      created_at: string
    }>
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
    /** Orders placed for the company. */
    company: Array<{ currency_code: string; orders: number; revenue: number; last_order_at: string | null }>
    /** The same person's orders outside the company (privately, as a guest or with their account). */
    private: Array<{ currency_code: string; orders: number; revenue: number; last_order_at: string | null }>
  }>
  timeline: TimelineEvent[]
}
