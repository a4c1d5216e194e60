import type { MedusaRequest } from "@medusajs/framework/http"
import { describe, expect, it } from "vitest"
import { channelScopeError, keyChannelScope, requestedChannelId } from "./channel-scope"

const request = (body: unknown, channels?: string[]) =>
  ({
    body,
    publishable_key_context: channels ? { key: "pk_1", sales_channel_ids: channels } : undefined,
  }) as unknown as MedusaRequest

describe("publishable key channel scope", () => {
  it("refuses a sales_channel_id outside the key's channels with a 400 naming the field", () => {
    const error = channelScopeError(request({}, ["sc_consumer"]), "sc_trade")
    expect(error?.type).toBe("invalid_data")
    expect(error?.message).toBe(
      "sales_channel_id: sc_trade is not a sales channel of this publishable key (allowed: sc_consumer)"
    )
  })

  it("lets through the key's own channels, no channel asked for, and a key without channels", () => {
    expect(channelScopeError(request({}, ["sc_consumer", "sc_trade"]), "sc_trade")).toBeNull()
    expect(channelScopeError(request({}, ["sc_consumer"]), undefined)).toBeNull()
    expect(channelScopeError(request({}, []), "sc_trade")).toBeNull()
    expect(channelScopeError(request({}), "sc_trade")).toBeNull()
  })

  it("reads only a string sales_channel_id from the body (validation answers the rest)", () => {
    expect(requestedChannelId(request({ sales_channel_id: "sc_trade" }))).toBe("sc_trade")
    expect(requestedChannelId(request({ sales_channel_id: 42 }))).toBeUndefined()
    expect(requestedChannelId(request(undefined))).toBeUndefined()
  })

  it("as middleware: passes the error to next, or calls next with nothing", () => {
    const calls: unknown[] = []
    const next = (error?: unknown) => void calls.push(error)
    keyChannelScope(request({ sales_channel_id: "sc_trade" }, ["sc_consumer"]), {} as never, next)
    keyChannelScope(request({ sales_channel_id: "sc_consumer" }, ["sc_consumer"]), {} as never, next)
    expect((calls[0] as Error).message).toMatch(/^sales_channel_id: /)
    expect(calls[1]).toBeUndefined()
  })
})
