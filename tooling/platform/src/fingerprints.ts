import { createHash, type Hash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { RepoPaths } from "./paths.ts";
import type { Flavor } from "./platform.ts";

/**
 * Everything `medusa db:migrate --execute-safe-links --execute-safe-search` derives its work from,
 * hashed. Equal fingerprints mean the command would find nothing to do on a database it already
 * migrated. Inputs, in the form the processes actually run (`built`: backend/.medusa/server and the
 * plugins' builds; `source`: backend/ and the plugins' builds):
 *
 * - the installed version of every `@medusajs/*` package: Medusa's own modules' migrations, its
 *   links and its migration scripts ship inside them;
 * - the installed version of every package medusa-config names with `resolve: "…"` (modules,
 *   providers and plugins from npm);
 * - the backend's medusa-config (which modules and plugins load, their options), its links, search
 *   index definitions (src/search and the src/lib/search they import), migration scripts and module
 *   migrations;
 * - the same folders of every workspace plugin's build, and its package.json;
 * - the environment that changes which modules load: REDIS_URL set or not (Redis modules replace
 *   the in-memory ones) and Medusa feature flags (MEDUSA_FF_*).
 *
 * A file the list misses makes the launcher skip a migration it needed; anything added here only
 * costs a `db:migrate` run. When in doubt, add it.
 */
export function migrationFingerprint(paths: RepoPaths, flavor: Flavor, env: NodeJS.ProcessEnv = process.env): string {
  const hash = createHash("sha256");
  const backend = flavor === "built" ? paths.backendServerDir : paths.backendDir;

  const configFile = ["medusa-config.js", "medusa-config.ts"].map((name) => path.join(backend, name)).find(existsSync);
  const config = configFile ? readFileSync(configFile, "utf8") : "";
  hash.update(`config\0${config}\0`);

  const fromBackend = createRequire(path.join(backend, "package.json"));
  const packages = new Set([...medusaPackages(paths), ...resolvedPackages(config)]);
  for (const name of [...packages].sort()) hash.update(`package\0${name}@${installedVersion(fromBackend, name)}\0`);

  for (const folder of ["src/links", "src/search", "src/lib/search", "src/migration-scripts"]) {
    hashTree(hash, backend, folder);
  }
  hashModuleMigrations(hash, backend);

  for (const plugin of workspacePlugins(paths)) {
    const built = path.join(plugin, ".medusa", "server");
    hashFile(hash, plugin, "package.json");
    for (const folder of ["src/links", "src/search", "src/migration-scripts"]) hashTree(hash, built, folder);
    hashModuleMigrations(hash, built);
  }

  hash.update(`redis\0${env.REDIS_URL ? "yes" : "no"}\0`);
  for (const key of Object.keys(env)
    .filter((k) => k.startsWith("MEDUSA_FF_"))
    .sort()) {
    hash.update(`flag\0${key}=${env[key]}\0`);
  }
  return hash.digest("hex");
}

/**
 * What the provisioning script's outcome on an already provisioned database depends on: the
 * migration fingerprint (a new schema may need new records), the script and everything under
 * src/lib/provisioning (the demo merchant's definition and steps), the storefront channels, the
 * catalog, and NODE_ENV (no demo accounts in production). Provisioning only creates what is
 * missing; with an equal fingerprint a run would create nothing, unless someone deleted a demo
 * record since, which then stays deleted until the inputs change or `--migrate` forces a run.
 */
export function provisionFingerprint(
  paths: RepoPaths,
  flavor: Flavor,
  env: NodeJS.ProcessEnv,
  migration: string,
): string {
  const hash = createHash("sha256");
  const backend = flavor === "built" ? paths.backendServerDir : paths.backendDir;
  hash.update(`migration\0${migration}\0node-env\0${env.NODE_ENV ?? ""}\0`);
  for (const entry of [
    "src/lib/provisioning",
    "src/lib/channels.js",
    "src/lib/channels.ts",
    "src/scripts/provision.js",
    "src/scripts/provision.ts",
    "data",
  ]) {
    hashTree(hash, backend, entry);
  }
  // The seed catalog is read from the backend's data folder when the build does not copy it.
  hashTree(hash, paths.backendDir, "data");
  return hash.digest("hex");
}

/** Every `@medusajs/*` package installed at the repository root (npm hoists them there). */
function medusaPackages(paths: RepoPaths): string[] {
  const scope = path.join(paths.root, "node_modules", "@medusajs");
  try {
    return readdirSync(scope).map((name) => `@medusajs/${name}`);
  } catch {
    return [];
  }
}

/** Package names in `resolve: "…"` entries of medusa-config (a subpath such as /search cut off). */
function resolvedPackages(config: string): string[] {
  const names: string[] = [];
  for (const match of config.matchAll(/resolve:\s*["'`]([^"'`]+)["'`]/g)) {
    const specifier = match[1]!;
    if (specifier.startsWith(".") || specifier.startsWith("/")) continue;
    const parts = specifier.split("/");
    names.push(specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!);
  }
  return names;
}

function installedVersion(require: NodeJS.Require, name: string): string {
  for (const base of require.resolve.paths(name) ?? []) {
    const manifest = path.join(base, name, "package.json");
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, "utf8")) as { version?: string };
      return pkg.version ?? "?";
    }
  }
  return "missing";
}

/** Folders under plugins/ (each a Medusa plugin workspace; a package without a build adds nothing). */
function workspacePlugins(paths: RepoPaths): string[] {
  const dir = path.join(paths.root, "plugins");
  try {
    return readdirSync(dir)
      .sort()
      .map((name) => path.join(dir, name))
      .filter((full) => existsSync(path.join(full, "package.json")));
  } catch {
    return [];
  }
}

/** src/modules/<module>/migrations/** of a backend or plugin build. */
function hashModuleMigrations(hash: Hash, base: string): void {
  const modules = path.join(base, "src", "modules");
  let names: string[];
  try {
    names = readdirSync(modules).sort();
  } catch {
    return;
  }
  for (const name of names) hashTree(hash, base, path.join("src", "modules", name, "migrations"));
}

/** Every file below base/relative, by path relative to base and content; source maps skipped. */
function hashTree(hash: Hash, base: string, relative: string): void {
  const full = path.join(base, relative);
  let entries: string[];
  try {
    if (!statSync(full).isDirectory()) {
      hashFile(hash, base, relative);
      return;
    }
    entries = readdirSync(full).sort();
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.endsWith(".map") || entry.endsWith(".d.ts")) continue;
    hashTree(hash, base, path.join(relative, entry));
  }
}

function hashFile(hash: Hash, base: string, relative: string): void {
  try {
    const content = readFileSync(path.join(base, relative));
    hash.update(`file\0${relative.split(path.sep).join("/")}\0`);
    hash.update(content);
    hash.update("\0");
  } catch {
    // absent: contributes nothing
  }
}
