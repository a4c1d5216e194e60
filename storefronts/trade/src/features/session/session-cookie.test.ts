import { createContext } from "astro/middleware";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_SESSION_SECONDS,
  MAX_SESSION_SECONDS,
  SESSION_COOKIE,
  clearSessionToken,
  isExpired,
  jwtExpiry,
  looksLikeJwt,
  readSessionToken,
  sessionMaxAge,
  writeSessionToken,
} from "./session-cookie";

const NOW = Date.UTC(2026, 0, 1);
const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
const jwt = (payload: object) => `${b64url({ alg: "HS256", typ: "JWT" })}.${b64url(payload)}.c2lnbmF0dXJl`;

function contextFor(url: string, cookie?: string) {
  const headers = new Headers(cookie ? { cookie } : {});
  return createContext({ request: new Request(url, { headers }), defaultLocale: "en" });
}

function readSession(cookie: string) {
  const context = contextFor("http://localhost:4322/", cookie);
  return readSessionToken(context.cookies, context.url);
}

describe("token shape and expiry", () => {
  it("recognises a JWT and rejects anything else", () => {
    expect(looksLikeJwt(jwt({ exp: 1 }))).toBe(true);
    expect(looksLikeJwt("not-a-token")).toBe(false);
    expect(looksLikeJwt("a.b.c; Path=/")).toBe(false);
    expect(looksLikeJwt(`${"a".repeat(5000)}.b.c`)).toBe(false);
  });

  it("reads exp without trusting anything else", () => {
    expect(jwtExpiry(jwt({ exp: 1767312000 }))).toBe(1767312000);
    expect(jwtExpiry(jwt({ sub: "cus_1" }))).toBeUndefined();
    expect(jwtExpiry("aaa.%%%.ccc")).toBeUndefined();
  });

  it("sizes the cookie to the token's remaining lifetime, capped", () => {
    const inOneHour = NOW / 1000 + 3600;
    expect(sessionMaxAge(jwt({ exp: inOneHour }), NOW)).toBe(3600);
    expect(sessionMaxAge(jwt({ exp: NOW / 1000 + 365 * 86400 }), NOW)).toBe(MAX_SESSION_SECONDS);
    expect(sessionMaxAge(jwt({}), NOW)).toBe(DEFAULT_SESSION_SECONDS);
    expect(isExpired(jwt({ exp: NOW / 1000 - 1 }), NOW)).toBe(true);
    expect(isExpired(jwt({ exp: inOneHour }), NOW)).toBe(false);
  });
});

describe("session cookie", () => {
  const token = jwt({ exp: NOW / 1000 + 3600 });

  it("is httpOnly, SameSite=Lax, site-wide and not Secure over http", () => {
    const context = contextFor("http://localhost:4322/sign-in");
    writeSessionToken(context.cookies, context.url, token, NOW);
    const [header] = [...context.cookies.headers()];
    expect(header).toContain(`${SESSION_COOKIE}=${token}`);
    expect(header).toMatch(/HttpOnly/i);
    expect(header).toMatch(/SameSite=Lax/i);
    expect(header).toMatch(/Path=\//);
    expect(header).toMatch(/Max-Age=3600/);
    expect(SESSION_COOKIE).toBe("hc_trade_session");
    expect(header).not.toMatch(/Secure/i);
  });

  it("is Secure over https", () => {
    const context = contextFor("https://trade.example.com/sign-in");
    writeSessionToken(context.cookies, context.url, token, NOW);
    expect([...context.cookies.headers()][0]).toMatch(/; Secure/i);
  });

  it("is read back from the request, and ignored when tampered into a non-JWT", () => {
    expect(readSession(`${SESSION_COOKIE}=${token}`)).toBe(token);
    expect(readSession(`${SESSION_COOKIE}=garbage`)).toBeUndefined();
    expect(readSession("hc_consumer_session=" + token)).toBeUndefined();
  });

  it("refuses to store something that is not a token", () => {
    const context = contextFor("http://localhost:4322/sign-in");
    expect(() => writeSessionToken(context.cookies, context.url, "x; Domain=evil.example")).toThrow(TypeError);
  });

  it("is expired by sign-out", () => {
    const context = contextFor("http://localhost:4322/sign-out", `${SESSION_COOKIE}=${token}`);
    clearSessionToken(context.cookies, context.url);
    const [header] = [...context.cookies.headers()];
    expect(header.startsWith(`${SESSION_COOKIE}=`)).toBe(true);
    expect(header).not.toContain(token);
    expect(header).toMatch(/Expires=Thu, 01 Jan 1970|Max-Age=0/);
    expect(header).toMatch(/Path=\//);
  });
});
