import { describe, expect, it } from "vitest"
import { applyInChunks } from "./apply-prices"

function fakePricing(failOnCreateCall?: number) {
  const calls: string[] = []
  let creates = 0
  let nextId = 0
  return {
    calls,
    pricing: {
      async updatePriceListPrices(data: any[]) {
        calls.push(`update ${data[0].prices.map((p: any) => `${p.id}=${p.amount}`).join(",")}`)
        return []
      },
      async addPriceListPrices(data: any[]) {
        creates++
        if (creates === failOnCreateCall) {
          throw new Error("database went away")
        }
        const ids = data[0].prices.map(() => `price_${++nextId}`)
        calls.push(`create ${ids.join(",")}`)
        return ids.map((id: string) => ({ id }))
      },
      async removePrices(ids: string[]) {
        calls.push(`remove ${ids.join(",")}`)
      },
    },
  }
}

const price = (n: number) => ({ price_set_id: `pset_${n}`, currency_code: "eur", amount: n, min_quantity: 1 })
const input = {
  price_list_id: "plist_1",
  to_update: [{ ...price(1), id: "old_1", previous_amount: 9 }],
  to_create: [price(2), price(3), price(4)],
}

describe("applying an import in chunks", () => {
  it("writes chunk by chunk and reports progress after each", async () => {
    const { pricing, calls } = fakePricing()
    const progress: number[] = []
    const written = await applyInChunks(pricing, input, async (n) => progress.push(n), 2)
    expect(progress).toEqual([1, 3, 4])
    expect(calls).toEqual(["update old_1=1", "create price_1,price_2", "create price_3"])
    expect(written.created).toEqual(["price_1", "price_2", "price_3"])
  })

  it("undoes everything written when a chunk fails: all rows or none", async () => {
    const { pricing, calls } = fakePricing(2)
    const progress: number[] = []
    await expect(applyInChunks(pricing, input, async (n) => progress.push(n), 2)).rejects.toThrow("database went away")
    expect(calls).toEqual(["update old_1=1", "create price_1,price_2", "remove price_1,price_2", "update old_1=9"])
    expect(progress.at(-1)).toBe(0)
  })
})
