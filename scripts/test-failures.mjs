#!/usr/bin/env node
// Prints the failed tests of the last integration and end-to-end runs (their Vitest JSON reports in
// .data/test-reports/), so a CI log that keeps only its tail still says what failed and why: turbo
// interleaves the suites' output, and the one that finishes last buries the other's failures.
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const reports = path.join(import.meta.dirname, "..", ".data", "test-reports");
let failed = 0;
for (const suite of ["integration", "install", "e2e"]) {
  const file = path.join(reports, `${suite}.json`);
  if (!existsSync(file)) {
    console.log(`${suite}: no report (the suite did not finish, or did not start)`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, "utf8"));
  console.log(
    `${suite}: ${report.numFailedTests} of ${report.numTotalTests} tests failed, ${report.numFailedTestSuites} files (report of ${statSync(file).mtime.toISOString()})`,
  );
  for (const result of report.testResults) {
    const where = path.relative(path.join(import.meta.dirname, ".."), result.name);
    if (result.status === "failed" && !result.assertionResults.some((a) => a.status === "failed")) {
      failed += 1;
      console.log(`  ✗ ${where}: ${String(result.message).slice(0, 2000)}`);
    }
    for (const assertion of result.assertionResults) {
      if (assertion.status !== "failed") continue;
      failed += 1;
      console.log(`  ✗ ${where} > ${assertion.fullName}`);
      for (const message of assertion.failureMessages ?? [])
        console.log(`    ${message.slice(0, 2000).replaceAll("\n", "\n    ")}`);
    }
  }
}
process.exitCode = failed > 0 ? 1 : 0;
