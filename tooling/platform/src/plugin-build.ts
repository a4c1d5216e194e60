import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Vitest global setup for a Medusa plugin's integration tests. The backend loads each plugin from
 * its build in .medusa/server, so a spec would otherwise test a stale build. When any file under
 * src/ (admin excluded) is newer than the build, this rebuilds (`medusa plugin:build`) in a staging
 * copy beside the plugin and then swaps the output in with two renames: `plugin:build` starts by
 * deleting its output folder, which would break any other process booting the backend at that
 * moment (parallel test runs in one checkout). Type errors fail the build task, not the tests: the
 * build's output is still used.
 *
 * Use in a setup file: `export const setup = pluginBuildSetup(path.resolve(__dirname, "../.."),
 * "src/modules/<module>/index.js")` — the marker is a file the build must produce.
 */
export function pluginBuildSetup(pluginDir: string, marker: string): () => void {
  return () => rebuildIfStale(pluginDir, marker);
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

export function rebuildIfStale(pluginDir: string, marker: string): void {
  const outputDir = path.join(pluginDir, ".medusa/server");
  const builtMarker = path.join(outputDir, marker);
  const builtAt = existsSync(builtMarker) ? statSync(builtMarker).mtimeMs : 0;
  if (builtAt > newestSource(path.join(pluginDir, "src"))) {
    return;
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
    if (!existsSync(path.join(built, marker))) {
      throw new Error(`medusa plugin:build produced no ${marker} (exit ${result.status})`);
    }
    const previous = `${outputDir}.old-${process.pid}`;
    mkdirSync(path.dirname(outputDir), { recursive: true });
    if (existsSync(outputDir)) {
      renameSync(outputDir, previous);
    }
    renameSync(built, outputDir);
    rmSync(previous, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
