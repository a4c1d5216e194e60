#!/usr/bin/env node
// `npm run content:editor`: starts the editor (astro dev) on CONTENT_EDITOR_PORT (default 4330),
// offline (no telemetry), and prints where to open it once it answers.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.CONTENT_EDITOR_PORT || 4330);
const url = `http://127.0.0.1:${port}`;

const astroBin = resolve(dirname(createRequire(import.meta.url).resolve("astro/package.json")), "bin/astro.mjs");
const astro = spawn(process.execPath, [astroBin, "dev", "--port", String(port)], {
  cwd: root,
  stdio: ["inherit", "inherit", "inherit"],
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", CONTENT_EDITOR_PORT: String(port) },
});

const started = Date.now();
let announced = false;
const poll = setInterval(async () => {
  try {
    const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(2000) });
    if (response.ok && !announced) {
      announced = true;
      clearInterval(poll);
      console.log(
        `\n  Content editor ready: ${url}/keystatic   (entries and preview links: ${url}/)\n  Edits are written to content/; commit them to publish. Ctrl-C stops it.\n`,
      );
    }
  } catch {
    if (Date.now() - started > 120_000) clearInterval(poll);
  }
}, 1000);

const stop = (signal) => astro.kill(signal);
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
astro.on("exit", (code) => {
  clearInterval(poll);
  process.exit(code ?? 0);
});
