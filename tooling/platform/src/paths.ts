import { existsSync, readFileSync, realpathSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Absolute locations of everything the launcher touches, derived from the repository root. */
export interface RepoPaths {
  root: string;
  /** Git-ignored folder holding all local state: the platform database, uploads, test data, logs. */
  dataDir: string;
  /** The platform's persistent PostgreSQL cluster. */
  postgresDir: string;
  testLogsDir: string;
  backendDir: string;
  /** Output of `medusa build`; `npm start` runs the backend from here. */
  backendServerDir: string;
  consumerDir: string;
  tradeDir: string;
  /** The content editor (Keystatic): tooling/content-editor. */
  contentEditorDir: string;
  binDir: string;
}

function isRepoRoot(dir: string): boolean {
  const manifest = path.join(dir, "package.json");
  if (!existsSync(manifest)) return false;
  try {
    const pkg = JSON.parse(readFileSync(manifest, "utf8")) as { workspaces?: unknown };
    return Array.isArray(pkg.workspaces) && existsSync(path.join(dir, "backend"));
  } catch {
    return false;
  }
}

/**
 * Finds the monorepo root by walking up from this file (the package's real location, also when
 * reached through the node_modules workspace link). HC_REPO_ROOT overrides it.
 */
export function findRepoRoot(start = path.dirname(fileURLToPath(import.meta.url))): string {
  if (process.env.HC_REPO_ROOT) return path.resolve(process.env.HC_REPO_ROOT);
  let dir = realpathSync(start);
  for (;;) {
    if (isRepoRoot(dir)) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(`Could not find the Hybrid Commerce repository root above ${start}.`);
    }
    dir = parent;
  }
}

export function repoPaths(root = findRepoRoot()): RepoPaths {
  const dataDir = path.join(root, ".data");
  const backendDir = path.join(root, "backend");
  return {
    root,
    dataDir,
    postgresDir: path.join(dataDir, "postgres"),
    testLogsDir: path.join(dataDir, "test-logs"),
    backendDir,
    backendServerDir: path.join(backendDir, ".medusa", "server"),
    consumerDir: path.join(root, "storefronts", "consumer"),
    tradeDir: path.join(root, "storefronts", "trade"),
    contentEditorDir: path.join(root, "tooling", "content-editor"),
    binDir: path.join(root, "node_modules", ".bin"),
  };
}

/**
 * The JavaScript entry behind a `node_modules/.bin` command, so it can be run with the Node that
 * runs us (process.execPath) instead of whatever `node` the shebang would find on PATH.
 */
export function resolveBinScript(paths: RepoPaths, name: string): string {
  const link = path.join(paths.binDir, name);
  if (!existsSync(link)) {
    throw new Error(`"${name}" is not installed (${link} is missing). Run \`npm install\` at the repository root.`);
  }
  return realpathSync(link);
}

/** True when `child` is `parent` itself or lies inside it (after resolving `..`). */
export function isInside(parent: string, child: string): boolean {
  const rel = path.relative(path.resolve(parent), path.resolve(child));
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}
