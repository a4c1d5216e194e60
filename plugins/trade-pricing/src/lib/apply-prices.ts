import type { AddPriceListPricesDTO, UpdatePriceListPricesDTO } from "@medusajs/framework/types"
import { IMPORT_CHUNK_SIZE } from "../constants"
import type { PriceToCreate, PriceToUpdate } from "./price-import"

export type ApplyInput = {
  price_list_id: string
  to_create: PriceToCreate[]
  to_update: PriceToUpdate[]
}

/** What was written, so it can be undone: ids of created prices, updated prices with their old amounts. */
export type Written = { price_list_id: string; created: string[]; updated: PriceToUpdate[] }

/** The pricing module methods an import uses (IPricingModuleService provides them). */
type Pricing = {
  addPriceListPrices(data: AddPriceListPricesDTO[]): Promise<{ id: string }[]>
  updatePriceListPrices(data: UpdatePriceListPricesDTO[]): Promise<unknown>
  removePrices(ids: string[]): Promise<unknown>
}

/** Undoes written prices: removes the created ones, restores the previous amounts of the updated ones. */
export async function undoWritten(pricing: Pricing, written: Written, chunkSize = IMPORT_CHUNK_SIZE) {
  for (let i = 0; i < written.created.length; i += chunkSize) {
    await pricing.removePrices(written.created.slice(i, i + chunkSize))
  }
  for (let i = 0; i < written.updated.length; i += chunkSize) {
    await pricing.updatePriceListPrices([
      {
        price_list_id: written.price_list_id,
        prices: written.updated.slice(i, i + chunkSize).map((p) => ({
          id: p.id,
          price_set_id: p.price_set_id,
          currency_code: p.currency_code,
          amount: p.previous_amount,
          min_quantity: p.min_quantity,
        })),
      },
    ])
  }
}

/**
 * Writes the prices chunk by chunk (updates first, then creates), calling `progress` with the
 * number of rows written after each chunk. All or nothing: when a chunk fails, everything written
 * before it is undone and the error is rethrown.
 */
export async function applyInChunks(
  pricing: Pricing,
  input: ApplyInput,
  progress: (processed: number) => Promise<unknown>,
  chunkSize = IMPORT_CHUNK_SIZE
): Promise<Written> {
  const written: Written = { price_list_id: input.price_list_id, created: [], updated: [] }
  let processed = 0
  try {
    for (let i = 0; i < input.to_update.length; i += chunkSize) {
      const chunk = input.to_update.slice(i, i + chunkSize)
      await pricing.updatePriceListPrices([
        {
          price_list_id: input.price_list_id,
          prices: chunk.map((p) => ({
            id: p.id,
            price_set_id: p.price_set_id,
            currency_code: p.currency_code,
            amount: p.amount,
            min_quantity: p.min_quantity,
          })),
        },
      ])
      written.updated.push(...chunk)
      processed += chunk.length
      await progress(processed)
    }
    for (let i = 0; i < input.to_create.length; i += chunkSize) {
      const chunk = input.to_create.slice(i, i + chunkSize)
      const created = await pricing.addPriceListPrices([{ price_list_id: input.price_list_id, prices: chunk }])
      written.created.push(...created.map((p) => p.id))
      processed += chunk.length
      await progress(processed)
    }
  } catch (error) {
    await undoWritten(pricing, written, chunkSize)
    await progress(0)
    throw error
  }
  return written
}
