import { formatMoney } from "@hybrid/admin-ui/format"
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts"
import { formatNumber } from "../lib/format"
import type { Overview } from "../lib/types"

export const COLORS = {
  consumer: "#10b981",
  trade: "#3b82f6",
  guest: "#f59e0b",
  registered: "#6366f1",
  muted: "#d4d4d8",
}

const axis = { fontSize: 11, fill: "#71717a" }

/** Revenue (or orders) per bucket, Consumer and Trade side by side. */
export const SeriesChart = ({ overview, measure }: { overview: Overview; measure: "revenue" | "orders" }) => {
  const data = overview.series.map((p) => ({
    bucket: p.bucket,
    Consumer: p.consumer[measure],
    Trade: p.trade[measure],
  }))
  const format = (value: number) =>
    measure === "revenue" ? formatMoney(value, overview.currency_code) : formatNumber(value)
  return (
    <div className="h-72 w-full px-2 py-4" data-chart="series">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 16, left: 8, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e4e4e7" />
          <XAxis dataKey="bucket" tick={axis} tickLine={false} minTickGap={16} />
          <YAxis
            tick={axis}
            tickLine={false}
            axisLine={false}
            width={72}
            tickFormatter={(v: number) => (measure === "revenue" ? formatNumber(v) : String(v))}
          />
          <Tooltip
            formatter={(value) => format(Number(value))}
            labelFormatter={(label) =>
              `${overview.period.bucket === "day" ? "Day" : overview.period.bucket === "week" ? "Week of" : "Month of"} ${label}`
            }
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="Consumer" fill={COLORS.consumer} radius={[2, 2, 0, 0]} isAnimationActive={false} />
          <Bar dataKey="Trade" fill={COLORS.trade} radius={[2, 2, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}

/** Carts created vs carts that became orders, per channel. */
export const ConversionChart = ({ overview }: { overview: Overview }) => {
  const data = (["consumer", "trade"] as const).map((key) => ({
    channel: overview.channels[key].name,
    "Carts created": overview.conversion[key].carts,
    "Became orders": overview.conversion[key].completed_carts,
  }))
  return (
    <div className="h-56 w-full px-2 py-4" data-chart="conversion">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 0, right: 16, left: 8, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#e4e4e7" />
          <XAxis type="number" tick={axis} allowDecimals={false} />
          <YAxis type="category" dataKey="channel" tick={axis} width={80} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="Carts created" fill={COLORS.muted} isAnimationActive={false} />
          <Bar dataKey="Became orders" fill={COLORS.consumer} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}

/** Guest vs registered consumer orders. */
export const GuestShareChart = ({ overview }: { overview: Overview }) => {
  const share = overview.guest_share.consumer
  const data = [
    { name: "Guest", value: share.guest_orders, color: COLORS.guest },
    { name: "Registered", value: share.registered_orders, color: COLORS.registered },
  ]
  if (share.guest_orders + share.registered_orders === 0) return null
  return (
    <div className="h-48 w-full" data-chart="guest-share">
      <ResponsiveContainer width="100%" height="100%">
        <PieChart>
          <Pie data={data} dataKey="value" nameKey="name" innerRadius={40} outerRadius={70} isAnimationActive={false}>
            {data.map((slice) => (
              <Cell key={slice.name} fill={slice.color} />
            ))}
          </Pie>
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
        </PieChart>
      </ResponsiveContainer>
    </div>
  )
}

/** Credit used vs still available across companies on account. */
export const CreditChart = ({ used, available, currency }: { used: number; available: number; currency: string }) => (
  <div className="h-24 w-full px-2" data-chart="credit">
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        data={[{ name: "Credit", Used: used, Available: available }]}
        layout="vertical"
        margin={{ top: 0, right: 16, left: 8, bottom: 0 }}
      >
        <XAxis type="number" hide />
        <YAxis type="category" dataKey="name" hide />
        <Tooltip formatter={(value) => formatMoney(Number(value), currency)} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar dataKey="Used" stackId="credit" fill={COLORS.trade} isAnimationActive={false} />
        <Bar dataKey="Available" stackId="credit" fill={COLORS.muted} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  </div>
)
