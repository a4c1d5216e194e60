import { generateEntityId } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { OutgoingMessage } from "./transport"

/**
 * The email outbox, on the `email_delivery` table of this plugin's module. The SMTP provider
 * tries each email once while Medusa sends the notification; a failure is recorded here as
 * `retrying` (never thrown: a notification sent inside a workflow, such as accepting a quote,
 * must not roll the order back) and the `retry-emails` job sends it again with exponential
 * backoff until it is delivered or `maxAttempts` is reached (`failed`). Written with the
 * connection the provider is given (providers cannot resolve other modules).
 */
export const DELIVERY_TABLE = "email_delivery"

/** Seconds to wait after the `attempts`-th failed attempt: base, 2×base, 4×base, … */
export function retryDelaySeconds(attempts: number, baseSeconds: number): number {
  return baseSeconds * 2 ** Math.max(0, attempts - 1)
}

export type DeliveryRecord = OutgoingMessage & {
  notification_id: string | null
  template: string | null
  site: string
}

export type RetryPolicy = { maxAttempts: number; retryBaseSeconds: number }

/** The SMTP error as one short line for the admin (no stack, no message body). */
export function errorLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.replace(/\s+/g, " ").slice(0, 500)
}

/** Records the outcome of the first attempt. */
export async function recordFirstAttempt(
  knex: Knex,
  record: DeliveryRecord,
  outcome: { messageId: string } | { error: unknown },
  policy: RetryPolicy
): Promise<string> {
  const id = generateEntityId(undefined, "emdl")
  const now = new Date()
  const failed = "error" in outcome
  await knex(DELIVERY_TABLE).insert({
    id,
    ...record,
    status: failed ? (policy.maxAttempts > 1 ? "retrying" : "failed") : "sent",
    attempts: 1,
    last_error: failed ? errorLine(outcome.error) : null,
    next_attempt_at: failed ? new Date(now.getTime() + retryDelaySeconds(1, policy.retryBaseSeconds) * 1000) : null,
    sent_at: failed ? null : now,
    message_id: failed ? null : outcome.messageId,
    created_at: now,
    updated_at: now,
  })
  return id
}

type DueRow = DeliveryRecord & { id: string; attempts: number }

/**
 * Claims up to `limit` emails whose next attempt is due (and any left `sending` by a process that
 * died more than 10 minutes ago) by marking them `sending`, so two job runs never send one twice.
 */
export async function claimDue(knex: Knex, limit = 20): Promise<DueRow[]> {
  const result = await knex.raw(
    `UPDATE ${DELIVERY_TABLE} SET status = 'sending', updated_at = now()
      WHERE id IN (
        SELECT id FROM ${DELIVERY_TABLE}
         WHERE deleted_at IS NULL
           AND ((status = 'retrying' AND next_attempt_at <= now())
             OR (status = 'sending' AND updated_at < now() - interval '10 minutes'))
         ORDER BY next_attempt_at NULLS FIRST
         LIMIT ?
         FOR UPDATE SKIP LOCKED)
      RETURNING id, notification_id, "to", "from", template, site, subject, html, text, attempts`,
    [limit]
  )
  return result.rows as DueRow[]
}

/**
 * One pass of the retry job: sends every due email again and records the outcome (`sent`, or
 * `retrying` with the next time, or `failed` after `maxAttempts`). Returns what happened.
 */
export async function retryDue(
  knex: Knex,
  send: (message: OutgoingMessage) => Promise<string>,
  policy: RetryPolicy
): Promise<{ sent: number; retrying: number; failed: number }> {
  const tally = { sent: 0, retrying: 0, failed: 0 }
  for (const row of await claimDue(knex)) {
    const attempts = row.attempts + 1
    try {
      const messageId = await send({ from: row.from, to: row.to, subject: row.subject, html: row.html, text: row.text })
      await knex(DELIVERY_TABLE).where({ id: row.id }).update({
        status: "sent",
        attempts,
        sent_at: new Date(),
        message_id: messageId,
        next_attempt_at: null,
        updated_at: new Date(),
      })
      tally.sent += 1
    } catch (error) {
      const giveUp = attempts >= policy.maxAttempts
      await knex(DELIVERY_TABLE)
        .where({ id: row.id })
        .update({
          status: giveUp ? "failed" : "retrying",
          attempts,
          last_error: errorLine(error),
          next_attempt_at: giveUp
            ? null
            : new Date(Date.now() + retryDelaySeconds(attempts, policy.retryBaseSeconds) * 1000),
          updated_at: new Date(),
        })
      tally[giveUp ? "failed" : "retrying"] += 1
    }
  }
  return tally
}
