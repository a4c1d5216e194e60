#!/usr/bin/env node
/**
 * Side-by-side latency of two or more variants of the same requests, in ONE run: each variant is a
 * base URL plus request headers, and every path is requested through every variant, in alternating
 * rounds, so the noise of a shared machine hits all variants alike. Prints, per path, concurrency
 * and variant: requests/s, p50, p95, and the bytes on the wire per answer (the body as sent, before
 * any decoding) — then the ratio of each variant to the first. Asserts nothing.
 *
 *   node scripts/perf-compare.mjs \
 *     --variant before=http://localhost:4491 --variant after=http://localhost:4391 \
 *     --path /products/hario-v60-dripper --path /categories/coffee-beans \
 *     --requests 200 --concurrency 1,10 [--rounds 4] [--warmup 20]
 *
 * A variant may carry headers after the URL, `|`-separated: `br=http://localhost:4391|accept-encoding: br`.
 * Plain node:http with keep-alive (one socket per concurrent client), no dependencies.
 */
import http from "node:http";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    variant: { type: "string", multiple: true },
    path: { type: "string", multiple: true },
    requests: { type: "string", default: "200" },
    concurrency: { type: "string", default: "1,10" },
    rounds: { type: "string", default: "4" },
    warmup: { type: "string", default: "20" },
  },
});

const variants = (values.variant ?? []).map((spec) => {
  const [label, rest] = [spec.slice(0, spec.indexOf("=")), spec.slice(spec.indexOf("=") + 1)];
  const [base, ...headerSpecs] = rest.split("|");
  const headers = Object.fromEntries(
    headerSpecs.map((h) => [h.slice(0, h.indexOf(":")).trim().toLowerCase(), h.slice(h.indexOf(":") + 1).trim()]),
  );
  return { label, base: base.replace(/\/+$/, ""), headers };
});
const paths = values.path ?? ["/"];
const total = Number(values.requests);
const rounds = Number(values.rounds);
const warmup = Number(values.warmup);
const concurrencies = values.concurrency.split(",").map(Number);
if (variants.length < 1) throw new Error("give at least one --variant label=url");

/** One request; a kept-alive socket the server closed meanwhile (ECONNRESET) is retried once. */
async function get(agent, url, headers) {
  try {
    return await getOnce(agent, url, headers);
  } catch (error) {
    if (error.code !== "ECONNRESET") throw error;
    return getOnce(agent, url, headers);
  }
}

function getOnce(agent, url, headers) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = http.get(url, { agent, headers }, (res) => {
      let bytes = 0;
      res.on("data", (chunk) => (bytes += chunk.length));
      res.on("end", () =>
        resolve({
          ms: Number(process.hrtime.bigint() - started) / 1e6,
          bytes,
          status: res.statusCode,
          encoding: res.headers["content-encoding"] ?? "identity",
        }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
  });
}

/** `count` requests by `concurrency` clients; returns each answer's time and size, and the wall time. */
async function batch(variant, path, count, concurrency, agent) {
  const url = `${variant.base}${path}`;
  const results = [];
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        next++;
        results.push(await get(agent, url, variant.headers));
      }
    }),
  );
  return { results, wallMs: Number(process.hrtime.bigint() - started) / 1e6 };
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

console.log(
  `node ${process.version}, ${total} requests per path × variant × concurrency, ${rounds} alternating rounds`,
);
for (const path of paths) {
  for (const concurrency of concurrencies) {
    const agents = variants.map(() => new http.Agent({ keepAlive: true, maxSockets: concurrency }));
    const collected = variants.map(() => ({ results: [], wallMs: 0 }));
    for (const [i, variant] of variants.entries()) await batch(variant, path, warmup, concurrency, agents[i]);
    const perRound = Math.ceil(total / rounds);
    for (let round = 0; round < rounds; round++) {
      // Alternate the order each round so neither variant always runs first.
      const order = variants.map((_, i) => i);
      if (round % 2) order.reverse();
      for (const i of order) {
        const { results, wallMs } = await batch(variants[i], path, perRound, concurrency, agents[i]);
        collected[i].results.push(...results);
        collected[i].wallMs += wallMs;
      }
    }
    console.log(`\n${path}  c=${concurrency}`);
    const rows = collected.map(({ results, wallMs }, i) => {
      const times = results.map((r) => r.ms).sort((a, b) => a - b);
      const statuses = [...new Set(results.map((r) => r.status))].join("/");
      const encodings = [...new Set(results.map((r) => r.encoding))].join("/");
      return {
        variant: variants[i].label,
        rps: (results.length / wallMs) * 1000,
        p50: pct(times, 50),
        p95: pct(times, 95),
        bytes: Math.round(results.reduce((s, r) => s + r.bytes, 0) / results.length),
        statuses,
        encodings,
      };
    });
    const base = rows[0];
    for (const r of rows) {
      console.log(
        `  ${r.variant.padEnd(14)} ${r.rps.toFixed(1).padStart(7)} req/s  p50 ${r.p50.toFixed(1).padStart(7)} ms  p95 ${r.p95
          .toFixed(1)
          .padStart(7)} ms  ${String(r.bytes).padStart(7)} B/answer (${r.encodings}, HTTP ${r.statuses})` +
          (r === base
            ? ""
            : `  ×${(r.rps / base.rps).toFixed(2)} req/s, p95 ×${(r.p95 / base.p95).toFixed(2)}, bytes ×${(r.bytes / base.bytes).toFixed(2)}`),
      );
    }
    for (const agent of agents) agent.destroy();
  }
}
