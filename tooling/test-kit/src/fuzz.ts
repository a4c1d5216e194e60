import http from "node:http";
import type { MedusaContainer } from "@medusajs/framework/types";
import fc from "fast-check";
import { expect } from "vitest";
import { seedCompany, type SeededCompany } from "./fixtures/companies.ts";
import { adminHeaders, publishableKey, type Api } from "./fixtures/http.ts";

/**
 * Property-based fuzzing of HTTP routes (fast-check): hostile bodies, queries and path segments
 * generated from each route's zod schema, sent raw (byte-exact paths, no client normalisation) to
 * the test worker's backend. The one property: no answer is 5xx. On a failure fast-check shrinks
 * the request and the assertion prints it with the seed that reproduces it.
 *
 * Usage (see backend/integration-tests/http/fuzz/ and plugins/<p>/integration-tests/http/fuzz.spec.ts):
 *
 * ```ts
 * const routes: FuzzRoute[] = [
 *   { method: "POST", path: "/store/quotes/:id/messages", params: { id: () => quoteId }, body: StorePostQuoteMessage, actors: ["buyer"] },
 * ]
 * const report = await fuzzRoutes(baseUrl(api), routes, { actors, runsPerRoute: 40 })
 * ```
 */

/** The zod schema as far as the generator reads it (zod 4's `_zod.def`). */
type AnySchema = { _zod: { def: Record<string, any> } };

/** Who sends a request: its headers (publishable key, bearer token). */
export type FuzzActors = Record<string, Record<string, string>>;

export type FuzzRoute = {
  method: "GET" | "POST" | "DELETE";
  /** Express-style path, `:name` segments filled from `params` (or hostile segments). */
  path: string;
  /** Real values for the path's parameters, so body and query reach the route's validator. */
  params?: Record<string, () => string>;
  /** The route's body schema (POST). */
  body?: AnySchema;
  /** The route's query schema. */
  query?: AnySchema;
  /** A body that passes validation (real ids), mutated field by field; default: generated from `body`. */
  validBody?: () => Record<string, unknown>;
  /** Names of `actors` to send as (anonymous is added); default: all. */
  actors?: string[];
};

export type FuzzRequest = { method: string; path: string; actor: string; body?: string; contentType?: string };
export type FuzzAnswer = { status: number; body: string };
export type FuzzReport = { requests: number; routes: number; statuses: Record<string, number>; seed: number };

/** The seed of this run: FUZZ_SEED when set (to reproduce a failure), otherwise random. Printed. */
export function fuzzSeed(): number {
  const fromEnv = Number(process.env.FUZZ_SEED);
  return Number.isInteger(fromEnv) ? fromEnv : Math.floor(Math.random() * 2 ** 31);
}

export const HOSTILE_SEGMENTS = [
  "%00",
  "a%00b",
  "%E0%A4%A",
  "%",
  "%zz",
  "%C0%AF",
  "%ED%A0%80",
  "%F0%9F%92%A9",
  "..%2F..%2Fetc%2Fpasswd",
  "%2e%2e",
  "'%20OR%201=1--",
  "null",
  "undefined",
  "NaN",
  "2147483648",
  "-1",
  "x".repeat(3000),
  "%uD800",
  "%0A%0D",
  "a%09b",
];

const HOSTILE_STRINGS = [
  "",
  " ",
  "a\u0000b",
  "\u0000",
  "%E0%A4%A",
  "NaN",
  "Infinity",
  "-1",
  "2147483648",
  "1e400",
  "x".repeat(10_000),
  "\ud800",
  "\u202e\u0007\u001b[31m",
  "line\nbreak\ttab",
  "<script>alert(1)</script>",
  "'; DROP TABLE cart;--",
  "__proto__",
  "cart_" + "0".repeat(200),
  "ünïcödé ☕ 𝄞",
];

const HOSTILE_NUMBERS = [
  0,
  -1,
  0.5,
  -0.0001,
  1e-9,
  2 ** 31 - 1,
  2 ** 31,
  2 ** 32,
  2 ** 53,
  -(2 ** 31) - 1,
  1e308,
  -1e308,
  123456789.123456,
];

/** Values of no particular type: wrong types and nested garbage. */
const garbage: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, [], {}, [null], { $gt: "" }, { __proto__: { polluted: 1 } }),
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: "small", maxDepth: 4 },
      fc.constantFrom<unknown>("a\u0000", 2 ** 31, null, "x"),
      fc.array(tie("node"), { maxLength: 3 }),
      fc.dictionary(fc.string({ maxLength: 5 }), tie("node"), { maxKeys: 3 }),
    ),
  })).node,
);

function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (let i = 0; i < 20; i++) {
    const def = current._zod.def;
    if (["optional", "nullable", "default", "prefault", "readonly", "catch", "nonoptional"].includes(def.type)) {
      current = def.innerType;
    } else if (def.type === "pipe") {
      current = def.in._zod.def.type === "transform" ? def.out : def.in;
    } else {
      return current;
    }
  }
  return current;
}

/** A value that has the field's type (the baseline each mutation starts from). */
function plausible(schema: AnySchema, depth = 0): unknown {
  const inner = unwrap(schema);
  const def = inner._zod.def;
  switch (def.type) {
    case "string":
      return "fuzz";
    case "number":
    case "int":
    case "bigint":
      return 1;
    case "boolean":
      return true;
    case "enum":
      return Object.values(def.entries)[0];
    case "literal":
      return def.values?.[0];
    case "array":
      return depth > 3 ? [] : [plausible(def.element, depth + 1)];
    case "object":
      return depth > 3
        ? {}
        : Object.fromEntries(
            Object.entries(def.shape).map(([key, field]) => [key, plausible(field as AnySchema, depth + 1)]),
          );
    case "union":
      return plausible(def.options[0], depth + 1);
    case "record":
      return {};
    default:
      return "fuzz";
  }
}

/** Hostile values for one field, biased towards its type's edge cases. */
function hostileFor(schema: AnySchema): fc.Arbitrary<unknown> {
  const def = unwrap(schema)._zod.def;
  const typed =
    def.type === "number" || def.type === "int"
      ? fc.oneof(fc.constantFrom<unknown>(...HOSTILE_NUMBERS, "12", "NaN", "2147483648"), fc.double(), fc.integer())
      : def.type === "string" || def.type === "enum"
        ? fc.oneof(
            fc.constantFrom<unknown>(...HOSTILE_STRINGS),
            fc.string({ maxLength: 50 }),
            fc.string({ unit: "binary", maxLength: 20 }),
          )
        : def.type === "array"
          ? fc.oneof(
              fc.array(hostileFor(def.element), { maxLength: 4 }),
              fc.constant(Array.from({ length: 2000 }, () => 1)),
              fc.constant([[[[[]]]]]),
            )
          : def.type === "object"
            ? hostileBody(unwrap(schema))
            : garbage;
  return fc.oneof({ weight: 3, arbitrary: typed }, { weight: 1, arbitrary: garbage });
}

/** Fields of an object schema (empty for non-objects). */
function fieldsOf(schema: AnySchema | undefined): Record<string, AnySchema> {
  if (!schema) return {};
  const def = unwrap(schema)._zod.def;
  return def.type === "object" ? (def.shape as Record<string, AnySchema>) : {};
}

/**
 * A hostile body for `schema`: a plausible (or given valid) body with one to three fields
 * replaced by hostile values, sometimes an unknown key added, sometimes no object at all.
 */
export function hostileBody(schema: AnySchema, valid?: () => Record<string, unknown>): fc.Arbitrary<unknown> {
  const fields = fieldsOf(schema);
  const names = Object.keys(fields);
  const base = () => (valid ? valid() : (plausible(schema) as Record<string, unknown>));
  const mutated = names.length
    ? fc
        .uniqueArray(fc.constantFrom(...names), { minLength: 1, maxLength: Math.min(3, names.length) })
        .chain((picked) =>
          fc.tuple(...picked.map((name) => hostileFor(fields[name]).map((value) => [name, value] as const))),
        )
        .chain((replacements) =>
          fc
            .option(
              fc.tuple(fc.constantFrom("unknown", "__proto__", "constructor", "a\u0000", "x".repeat(300)), garbage),
              {
                freq: 4,
              },
            )
            .map((extra) => {
              const body: Record<string, unknown> = { ...base() };
              for (const [name, value] of replacements) body[name] = value;
              if (extra) body[extra[0]] = extra[1];
              return body;
            }),
        )
    : garbage.map((value) => ({ unknown: value }));
  return fc.oneof({ weight: 8, arbitrary: mutated }, { weight: 1, arbitrary: garbage });
}

/** Percent-encodes as a browser would; lone surrogates (not encodable) become U+FFFD first. */
export function encodeQueryValue(value: string): string {
  return encodeURIComponent(
    value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD"),
  );
}

const RAW_QUERY_VALUES = ["%00", "a%00b", "%E0%A4%A", "%", "%zz", "2147483648", "-1", "NaN", "1e400", "0x10"];

/** A hostile query string (without `?`) for `schema`: parameters with hostile values, brackets, repeats. */
export function hostileQuery(schema?: AnySchema): fc.Arbitrary<string> {
  const names = Object.keys(fieldsOf(schema));
  const name = names.length
    ? fc.oneof(fc.constantFrom(...names), fc.constantFrom("unknown", "fields", "a%00"))
    : fc.constantFrom("q", "limit", "fields", "a%00");
  const value = fc.oneof(
    fc.constantFrom(...RAW_QUERY_VALUES),
    fc.constantFrom(...HOSTILE_STRINGS.map(encodeQueryValue)),
    fc.string({ maxLength: 20 }).map(encodeQueryValue),
  );
  const pair = fc
    .tuple(name, fc.constantFrom("", "[]", "[a]", "[0][x]"), value)
    .map(([n, suffix, v]) => `${n}${suffix}=${v}`);
  return fc.array(pair, { minLength: 1, maxLength: 4 }).map((pairs) => pairs.join("&"));
}

function fillPath(path: string, params: FuzzRoute["params"], hostile: string | null, which: number): string {
  let index = 0;
  return path.replace(/:([A-Za-z_]+)/g, (_, name: string) => {
    const current = index++;
    if (hostile !== null && current === which) return hostile;
    return encodeURIComponent(params?.[name]?.() ?? "fuzz_id");
  });
}

/** One request: raw bytes over node:http, so the path reaches the server exactly as generated. */
export function send(baseUrl: string, request: FuzzRequest, headers: Record<string, string>): Promise<FuzzAnswer> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: request.method,
        path: request.path,
        headers: {
          ...headers,
          ...(request.body !== undefined
            ? {
                "content-type": request.contentType ?? "application/json",
                "content-length": Buffer.byteLength(request.body),
              }
            : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8").slice(0, 500) }),
        );
      },
    );
    req.on("error", reject);
    if (request.body !== undefined) req.write(request.body);
    req.end();
  });
}

/** The generator of requests for one route: hostile body, query or path segment, as one of its actors. */
export function hostileRequests(route: FuzzRoute, actorNames: string[]): fc.Arbitrary<FuzzRequest> {
  const actors = [...new Set([...(route.actors ?? actorNames), "anonymous"])];
  const paramCount = (route.path.match(/:[A-Za-z_]+/g) ?? []).length;
  const segment = paramCount
    ? fc.option(fc.tuple(fc.constantFrom(...HOSTILE_SEGMENTS), fc.nat({ max: paramCount - 1 })), { freq: 3 })
    : fc.constant(null);
  const body =
    route.method === "POST"
      ? fc.oneof(
          {
            weight: 10,
            arbitrary: hostileBody(
              route.body ?? ({ _zod: { def: { type: "object", shape: {} } } } as AnySchema),
              route.validBody,
            ).map((value) => ({ body: JSON.stringify(value) ?? "null", contentType: "application/json" })),
          },
          {
            weight: 1,
            arbitrary: fc
              .constantFrom('{"a":', "[1,2", "\u0000", '{"a":"\\u0000"}', "{}".padStart(5000, "["))
              .map((raw) => ({ body: raw, contentType: "application/json" })),
          },
          {
            weight: 1,
            arbitrary: fc
              .constantFrom("a=%00", "a=%E0%A4%A&b=1", "x[y][z]=1")
              .map((raw) => ({ body: raw, contentType: "application/x-www-form-urlencoded" })),
          },
        )
      : fc.constant({ body: undefined, contentType: undefined });
  const query = fc.option(hostileQuery(route.query), { freq: route.query ? 2 : 4 });
  return fc
    .record({ actor: fc.constantFrom(...actors), segment, body, query })
    .map(({ actor, segment: hostile, body: b, query: q }) => {
      const path = fillPath(route.path, route.params, hostile?.[0] ?? null, hostile?.[1] ?? 0);
      return {
        method: route.method,
        path: q ? `${path}?${q}` : path,
        actor,
        ...(b.body !== undefined ? { body: b.body, contentType: b.contentType } : {}),
      };
    });
}

/**
 * Sends `runsPerRoute` hostile requests to every route (fast-check, one seed for the whole call)
 * and fails on the first answer >= 500, printing the shrunk request and the seed. Returns the
 * figures for the run's report.
 */
export async function fuzzRoutes(
  baseUrl: string,
  routes: FuzzRoute[],
  {
    actors,
    runsPerRoute,
    seed = fuzzSeed(),
    label = "fuzz",
  }: { actors: FuzzActors; runsPerRoute: number; seed?: number; label?: string },
): Promise<FuzzReport> {
  const all: FuzzActors = { ...actors, anonymous: actors.anonymous ?? {} };
  const statuses: Record<string, number> = {};
  let requests = 0;
  console.info(
    `[${label}] seed ${seed} (FUZZ_SEED=${seed} reproduces this run), ${routes.length} routes × ${runsPerRoute} runs`,
  );
  const failures: string[] = [];
  for (const route of routes) {
    // Every route is fuzzed even when an earlier one fails: one run reports all of them.
    await fc
      .assert(
        fc.asyncProperty(hostileRequests(route, Object.keys(actors)), async (request) => {
          const answer = await send(baseUrl, request, all[request.actor] ?? {});
          requests++;
          const bucket = `${Math.floor(answer.status / 100)}xx`;
          statuses[bucket] = (statuses[bucket] ?? 0) + 1;
          if (answer.status >= 500) {
            throw new Error(`${request.method} ${request.path} as ${request.actor} -> ${answer.status} ${answer.body}`);
          }
        }),
        { numRuns: runsPerRoute, seed, endOnFailure: false, verbose: 1 },
      )
      .catch((error: Error) => failures.push(`${route.method} ${route.path}: ${error.message}`));
  }
  const serverErrors = failures.length ? `${failures.length} routes answered >= 500` : "0 answers >= 500";
  console.info(
    `[${label}] ${requests} requests over ${routes.length} routes: ${JSON.stringify(statuses)}, ${serverErrors}`,
  );
  if (failures.length) {
    throw new Error(`[${label}] seed ${seed}: ${failures.length} routes answered >= 500\n\n${failures.join("\n\n")}`);
  }
  return { requests, routes: routes.length, statuses, seed };
}

/**
 * The whole check of a fuzz spec: every zod schema exported by `validators` has a route in
 * `routes` (a schema added later without one fails the spec), then `runsPerRoute` hostile requests
 * per route from every caller of `actors`, and no answer >= 500 (fuzzRoutes throws on one).
 */
export async function fuzzEveryRoute(
  api: Api,
  {
    name,
    validators,
    routes,
    actors,
    runsPerRoute,
  }: {
    name: string;
    validators: Record<string, unknown>[];
    routes: FuzzRoute[];
    actors: FuzzActors;
    runsPerRoute: number;
  },
): Promise<FuzzReport> {
  expect(unfuzzedSchemas(validators, routes), `every schema of the ${name} validators is fuzzed`).toEqual([]);
  const report = await fuzzRoutes(baseUrl(api), routes, { actors, runsPerRoute, label: `fuzz ${name}` });
  expect(report.requests).toBeGreaterThanOrEqual(routes.length * runsPerRoute);
  return report;
}

/** The base URL of the integration app (the suite's `api` is an axios instance with a baseURL). */
export function baseUrl(api: Api): string {
  const url = (api as unknown as { defaults?: { baseURL?: string } }).defaults?.baseURL;
  expect(url, "the integration api has a baseURL").toBeTruthy();
  return url as string;
}

/**
 * Every zod schema `modules` export (validators files), for the "every route is fuzzed" check:
 * compare with the schemas a spec's route table uses.
 */
export function exportedSchemas(modules: Record<string, unknown>[]): Map<AnySchema, string> {
  const found = new Map<AnySchema, string>();
  for (const module of modules) {
    for (const [name, value] of Object.entries(module)) {
      if (value && typeof value === "object" && "_zod" in value && "safeParse" in value) {
        found.set(value as AnySchema, name);
      }
    }
  }
  return found;
}

/** Names of exported schemas no route of `routes` uses (should be none). */
export function unfuzzedSchemas(modules: Record<string, unknown>[], routes: FuzzRoute[]): string[] {
  const used = new Set<unknown>(routes.flatMap((route) => [route.body, route.query]).filter(Boolean));
  return [...exportedSchemas(modules)].filter(([schema]) => !used.has(schema)).map(([, name]) => name);
}

/** The callers every fuzz spec sends as, and what they own. */
export type FuzzCallers = {
  actors: FuzzActors;
  keys: { consumer: string; trade: string };
  company: SeededCompany;
};

/**
 * Callers for fuzzing: `anonymous` (no headers), `guest` (consumer key), `tradeGuest` (trade key,
 * no sign-in), `buyer` and `companyAdmin` of a seeded active company (trade key + token) and
 * `adminUser` (the demo admin's bearer token).
 */
export async function fuzzCallers(api: Api, container: MedusaContainer, name: string): Promise<FuzzCallers> {
  const consumer = await publishableKey(api, "consumer");
  const trade = await publishableKey(api, "trade");
  const company = await seedCompany(container, api, trade, {
    name,
    employees: [
      { key: "admin", role: "admin" },
      { key: "buyer", role: "buyer" },
    ],
  });
  const admin = await adminHeaders(api);
  return {
    keys: { consumer, trade },
    company,
    actors: {
      anonymous: {},
      guest: { "x-publishable-api-key": consumer },
      tradeGuest: { "x-publishable-api-key": trade },
      buyer: { "x-publishable-api-key": trade, authorization: `Bearer ${company.employees.buyer.token}` },
      companyAdmin: { "x-publishable-api-key": trade, authorization: `Bearer ${company.employees.admin.token}` },
      adminUser: admin.headers,
    },
  };
}

/** fast-check itself, for specs that build their own generators (the storefront fuzz). */
export { fc };
