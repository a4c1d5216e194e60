#!/usr/bin/env node
// `npm test`: every test of the repo in two turbo runs, one after the other.
//
//  1. builds, the packages' unit tests, the end-to-end suite (one platform, Chromium) and the
//     partial installs (the built backend with subsets of the plugins, as real processes). The
//     end-to-end suite waits on pages and the browser most of the time and keeps about one of two
//     cores busy; the partial installs, the unit tests (and CI's type checks) fill the other.
//  2. the integration suite, which keeps both cores busy on its own (three workers).
//
// Run together, the end-to-end and integration suites took 1,536 s on the 2-core CI machine (each
// over twice its time alone); one after the other, 525 s + 545 s. The second run starts also when the first failed, so
// one run reports every failure; turbo still caches each task by its inputs.
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.join(import.meta.dirname, "..");
const phases = [["build", "test", "test:e2e", "test:install"], ["test:integration"]];

const failed = [];
for (const tasks of phases) {
  const started = Date.now();
  const { status, signal } = spawnSync("turbo", ["run", ...tasks, "--continue=dependencies-successful"], {
    cwd: root,
    stdio: "inherit",
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`\n[npm test] turbo run ${tasks.join(" ")}: ${status === 0 ? "passed" : "FAILED"} in ${seconds} s\n`);
  if (signal) process.kill(process.pid, signal);
  if (status !== 0) failed.push(tasks.join(" "));
}
if (failed.length > 0) {
  console.log(`[npm test] failed: ${failed.join("; ")}`);
  process.exitCode = 1;
}
