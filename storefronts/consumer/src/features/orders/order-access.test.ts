import { describe, expect, it } from "vitest";
import { MAX_ORDERS, readOrderList, signOrderList, withOrder } from "./order-access";

const KEY = "test-key";
const ORDER = "order_01JABCDEFGHJKMNPQRS";
const OTHER = "order_01JZYXWVUTSRQPNMKJH";

describe("order-access cookie", () => {
  it("lists the orders it was signed with", () => {
    const value = signOrderList([ORDER, OTHER], KEY);
    expect(readOrderList(value, KEY)).toEqual([ORDER, OTHER]);
  });

  it("lists nothing when absent, under another key, or edited by hand", () => {
    const value = signOrderList([ORDER], KEY);
    expect(readOrderList(undefined, KEY)).toEqual([]);
    expect(readOrderList(value, "another-key")).toEqual([]);
    // Adding a known order id to a genuine cookie breaks the signature.
    expect(readOrderList(value.replace(ORDER, `${ORDER}~${OTHER}`), KEY)).toEqual([]);
    expect(readOrderList(`${OTHER}.${value.split(".")[1]}`, KEY)).toEqual([]);
    expect(readOrderList(OTHER, KEY)).toEqual([]);
    expect(readOrderList(`${OTHER}.`, KEY)).toEqual([]);
    expect(readOrderList("x".repeat(5000), KEY)).toEqual([]);
  });

  it("keeps the newest orders first and at most a few", () => {
    let ids: string[] = [];
    for (let i = 0; i < MAX_ORDERS + 3; i++)
      ids = withOrder(ids, `order_01JABCDEFGHJKMNP${String(i).padStart(4, "0")}`);
    expect(ids).toHaveLength(MAX_ORDERS);
    expect(ids[0]).toBe(`order_01JABCDEFGHJKMNP${String(MAX_ORDERS + 2).padStart(4, "0")}`);
    expect(withOrder([ORDER, OTHER], OTHER)).toEqual([OTHER, ORDER]);
    expect(readOrderList(signOrderList(ids, KEY), KEY)).toEqual(ids);
  });

  it("never signs what is not an order id", () => {
    expect(readOrderList(signOrderList(["order_1~x", "cart_01JABCDEFGHJKMN", ORDER], KEY), KEY)).toEqual([ORDER]);
  });
});
