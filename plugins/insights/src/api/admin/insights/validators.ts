import { z } from "@medusajs/framework/zod"
import { BUCKETS, PERIOD_PRESETS } from "../../../constants"
import { PeriodError, resolvePeriod, type ResolvedPeriod } from "../../../lib/period"

/**
 * GET /admin/insights/overview (and its CSV): `period` (a preset, or custom with `from` and `to`
 * as YYYY-MM-DD, both inclusive), `bucket` (day, week or month; chosen from the length when
 * absent) and `currency` (one of the store's; its default when absent). The period is resolved
 * here, so every error names the parameter that caused it.
 */
export const AdminInsightsOverview = z
  .object({
    period: z.enum(PERIOD_PRESETS, { error: `period: expected one of ${PERIOD_PRESETS.join(", ")}` }).optional(),
    from: z.string().trim().optional(),
    to: z.string().trim().optional(),
    bucket: z.enum(BUCKETS, { error: `bucket: expected one of ${BUCKETS.join(", ")}` }).optional(),
    currency: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z]{3}$/, "currency: expected a 3-letter ISO 4217 code such as eur")
      .optional(),
  })
  .transform((query, ctx) => {
    try {
      return { currency: query.currency, resolved: resolvePeriod(query) }
    } catch (error) {
      if (error instanceof PeriodError) {
        ctx.addIssue({ code: "custom", message: error.message, path: [error.field] })
        return z.NEVER
      }
      throw error
    }
  })
export type AdminInsightsOverviewType = { currency?: string; resolved: ResolvedPeriod }
