import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Keeps every Medusa plugin's build (.medusa/server) current for the integration tests: the
 * backend loads each plugin from there, so a spec would otherwise test a stale build. A plugin is
 * rebuilt (`medusa plugin:build`) when any file under its src/ (admin and tests excluded) is newer
 * than the oldest file of its build (the build rewrites its whole output folder). The rebuild runs
 * in a staging copy beside the plugin and is swapped in with two renames: `plugin:build` starts by
 * deleting its output folder, which would break any other process booting the backend at that
 * moment (parallel test runs in one checkout). Type errors fail the build task, not the tests.
 *
 * Returns the names of the plugins it rebuilt.
 */
export function rebuildStalePlugins(pluginsDir: string): string[] {
  const rebuilt: string[] = [];
  for (const entry of readdirSync(pluginsDir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
    const pluginDir = path.join(pluginsDir, entry.name);
    const manifest = path.join(pluginDir, "package.json");
    if (!existsSync(manifest)) continue;
    const scripts = (JSON.parse(readFileSync(manifest, "utf8")) as { scripts?: Record<string, string> }).scripts ?? {};
    if (!scripts.build?.includes("plugin:build")) continue;
    if (rebuildIfStale(pluginDir)) rebuilt.push(entry.name);
  }
  return rebuilt;
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "admin" && entry.name !== "__tests__") {
        newest = Math.max(newest, newestSource(full));
      }
    } else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) {
      newest = Math.max(newest, statSync(full).mtimeMs);
    }
  }
  return newest;
}

/** mtime of the oldest compiled file under `dir` (0 when there is none). */
function oldestBuilt(dir: string): number {
  if (!existsSync(dir)) return 0;
  let oldest = Number.POSITIVE_INFINITY;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith(".js")) {
      oldest = Math.min(oldest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return Number.isFinite(oldest) ? oldest : 0;
}

/** Rebuilds one plugin when its build is older than its sources; true when it did. */
export function rebuildIfStale(pluginDir: string): boolean {
  const outputDir = path.join(pluginDir, ".medusa/server");
  if (oldestBuilt(path.join(outputDir, "src")) > newestSource(path.join(pluginDir, "src"))) {
    return false;
  }
  // A dot-folder next to the plugin: same depth (tsconfig's relative `extends` holds), same
  // node_modules above it, and not matched by the workspaces glob `plugins/*`.
  const staging = path.join(path.dirname(pluginDir), `.${path.basename(pluginDir)}-build-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging);
  try {
    for (const entry of ["src", "package.json", "tsconfig.json"]) {
      cpSync(path.join(pluginDir, entry), path.join(staging, entry), { recursive: true });
    }
    const medusa = path.resolve(pluginDir, "../../node_modules/.bin/medusa");
    const result = spawnSync(medusa, ["plugin:build"], { cwd: staging, stdio: "inherit" });
    const built = path.join(staging, ".medusa/server");
    if (!oldestBuilt(path.join(built, "src"))) {
      throw new Error(`medusa plugin:build of ${pluginDir} produced nothing (exit ${result.status})`);
    }
    const previous = `${outputDir}.old-${process.pid}`;
    mkdirSync(path.dirname(outputDir), { recursive: true });
    if (existsSync(outputDir)) {
      renameSync(outputDir, previous);
    }
    renameSync(built, outputDir);
    rmSync(previous, { recursive: true, force: true });
    return true;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
