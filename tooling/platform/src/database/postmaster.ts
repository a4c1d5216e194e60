import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";

export interface PostmasterInfo {
  pid: number;
  port: number | undefined;
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function looksLikePostgres(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("postgres");
  } catch {
    return !existsSync("/proc/self"); // no procfs (macOS): trust the liveness check alone
  }
}

/**
 * The postmaster that holds `dataDir` (from its postmaster.pid), or undefined when none runs.
 * A pid file whose process is gone (or is now some other program) is stale.
 */
export function runningPostmaster(dataDir: string): PostmasterInfo | undefined {
  const pidFile = path.join(dataDir, "postmaster.pid");
  let lines: string[];
  try {
    lines = readFileSync(pidFile, "utf8").split("\n");
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  if (!processIsAlive(pid) || !looksLikePostgres(pid)) return undefined;
  return { pid, port: Number.isInteger(port) ? port : undefined };
}

/**
 * Every cluster under `root` that still runs: <root>/<name> (the platform's .data/postgres, test
 * clusters) and <root>/<name>/postgres (e2e runs keep their cluster there).
 */
export function runningPostmastersUnder(root: string): Array<PostmasterInfo & { dataDir: string }> {
  const found: Array<PostmasterInfo & { dataDir: string }> = [];
  let entries: string[];
  try {
    entries = readdirSync(root);
  } catch {
    return found;
  }
  for (const entry of entries) {
    for (const dataDir of [path.join(root, entry), path.join(root, entry, "postgres")]) {
      const info = runningPostmaster(dataDir);
      if (info) found.push({ ...info, dataDir });
    }
  }
  return found;
}
