import { randomUUID } from "node:crypto"
import type { ILockingModule } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The Locking Module key every state change of one quote takes. */
export const quoteLockKey = (quoteId: string) => `quote:${quoteId}`

export type AcquireQuoteLockInput = {
  quote_id: string
  /** Seconds to wait for another request's lock; 0 = answer 409 at once (accept). */
  wait: number
  /** Seconds after which a lock whose holder died expires. */
  ttl?: number
}

/**
 * Takes the quote's lock (Medusa's Locking Module: in-memory, Redis or Postgres as configured), so
 * state changes of one quote run one at a time. When another request holds it beyond `wait`:
 * 409 "already being accepted or changed". Compensation releases it; returns the owner id the
 * release step needs.
 */
export const acquireQuoteLockStep = createStep(
  "acquire-quote-lock",
  async (input: AcquireQuoteLockInput, { container }) => {
    const locking = container.resolve<ILockingModule>(Modules.LOCKING)
    const key = quoteLockKey(input.quote_id)
    const ownerId = randomUUID()
    const until = Date.now() + input.wait * 1000
    for (;;) {
      try {
        await locking.acquire(key, { ownerId, expire: input.ttl ?? 120 })
        break
      } catch {
        if (Date.now() >= until) {
          throw new MedusaError(
            MedusaError.Types.CONFLICT,
            `Quote ${input.quote_id} is already being accepted or changed by another request`
          )
        }
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    }
    return new StepResponse({ key, ownerId }, { key, ownerId })
  },
  async (lock, { container }) => {
    if (lock) {
      await container.resolve<ILockingModule>(Modules.LOCKING).release(lock.key, { ownerId: lock.ownerId })
    }
  }
)

/** Releases the lock acquireQuoteLockStep took (last step of the workflow). */
export const releaseQuoteLockStep = createStep(
  "release-quote-lock",
  async (lock: { key: string; ownerId: string }, { container }) => {
    await container.resolve<ILockingModule>(Modules.LOCKING).release(lock.key, { ownerId: lock.ownerId })
    return new StepResponse(undefined)
  }
)
