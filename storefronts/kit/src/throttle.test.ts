import { describe, expect, it } from "vitest";
import {
  FORM_THROTTLE_DEFAULTS,
  createFormThrottle,
  lockedMessage,
  throttled,
  type FormThrottlePolicy,
} from "./throttle";

const policy: FormThrottlePolicy = {
  name: "test",
  account: { points: 5, windowSeconds: 900, lockSeconds: 900 },
  ip: { points: 8, windowSeconds: 900, lockSeconds: 900 },
};

const wrong = async () => ({ ok: false as const });
const right = async () => ({ ok: true as const });
const outcome = (r: { ok: boolean }) => (r.ok ? ("success" as const) : ("counted" as const));

describe("form throttle (memory)", () => {
  it("after 5 failures an account is locked for 15 minutes, the right password too, and the handler is not called", async () => {
    const throttle = createFormThrottle(policy);
    const keys = { account: "ada@acme.example", ip: "203.0.113.1" };
    for (let i = 0; i < 5; i++)
      expect(await throttled(throttle, keys, wrong, outcome)).toEqual({ result: { ok: false } });
    let called = false;
    const locked = await throttled(throttle, keys, async () => ((called = true), { ok: true as const }), outcome);
    expect(locked).toEqual({ locked: 900 });
    expect(called).toBe(false);
    // Same account from another address: still locked. Another account from this address: allowed.
    expect(await throttled(throttle, { ...keys, ip: "198.51.100.2" }, right, outcome)).toEqual({ locked: 900 });
    expect(await throttled(throttle, { account: "bob@acme.example", ip: "203.0.113.1" }, right, outcome)).toEqual({
      result: { ok: true },
    });
  });

  it("a success resets the account; the address keeps counting failures across accounts", async () => {
    const throttle = createFormThrottle(policy);
    const ip = "203.0.113.2";
    for (let i = 0; i < 4; i++) await throttled(throttle, { account: "a@x.example", ip }, wrong, outcome);
    await throttled(throttle, { account: "a@x.example", ip }, right, outcome);
    for (let i = 0; i < 4; i++) {
      expect("result" in (await throttled(throttle, { account: "b@x.example", ip }, wrong, outcome))).toBe(true);
    }
    // 8 failures from the address: locked for everyone there.
    expect(await throttled(throttle, { account: "c@x.example", ip }, right, outcome)).toEqual({ locked: 900 });
  });

  it("an error (backend unavailable) costs nothing and propagates", async () => {
    const throttle = createFormThrottle(policy);
    const keys = { account: "e@x.example", ip: "203.0.113.3" };
    for (let i = 0; i < 10; i++) {
      await expect(throttled(throttle, keys, async () => Promise.reject(new Error("down")), outcome)).rejects.toThrow(
        "down",
      );
    }
    expect(await throttled(throttle, keys, right, outcome)).toEqual({ result: { ok: true } });
  });

  it("holds under parallel attempts", async () => {
    const throttle = createFormThrottle(FORM_THROTTLE_DEFAULTS.signIn);
    const results = await Promise.all(
      Array.from({ length: 12 }, () =>
        throttled(throttle, { account: "p@x.example", ip: "203.0.113.4" }, wrong, outcome),
      ),
    );
    expect(results.filter((r) => "result" in r)).toHaveLength(5);
  });

  it("says how long the lock lasts", () => {
    expect(lockedMessage(900)).toContain("15 minutes");
    expect(lockedMessage(30)).toContain("1 minute.");
  });
});
