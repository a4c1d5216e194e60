import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { migrationFingerprint, provisionFingerprint } from "./fingerprints.ts";
import { repoPaths, type RepoPaths } from "./paths.ts";

function write(file: string, content: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

describe("migration and provisioning fingerprints", () => {
  let root: string;
  let paths: RepoPaths;
  const env = { NODE_ENV: "local" } as NodeJS.ProcessEnv;
  const migration = () => migrationFingerprint(paths, "built", env);

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), "hc-fingerprint-"));
    paths = repoPaths(root);
    write(
      path.join(root, "node_modules/@medusajs/medusa/package.json"),
      JSON.stringify({ name: "@medusajs/medusa", version: "2.21.2" }),
    );
    write(path.join(paths.backendServerDir, "package.json"), "{}");
    write(
      path.join(paths.backendServerDir, "medusa-config.js"),
      `module.exports = { plugins: [{ resolve: "@hybrid/quotes" }] }`,
    );
    write(path.join(paths.backendServerDir, "src/links/a.js"), "link a");
    write(path.join(paths.backendServerDir, "src/api/store/route.js"), "route");
    write(path.join(paths.backendServerDir, "src/lib/provisioning/index.js"), "seed");
    write(path.join(root, "plugins/quotes/package.json"), JSON.stringify({ name: "@hybrid/quotes", version: "0.1.0" }));
    write(
      path.join(root, "plugins/quotes/.medusa/server/src/modules/quote/migrations/Migration1.js"),
      "create table quote",
    );
    write(path.join(root, "plugins/quotes/.medusa/server/src/api/admin/route.js"), "route");
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("is stable while nothing that migrations derive from changes", () => {
    const before = migration();
    write(path.join(paths.backendServerDir, "src/api/store/route.js"), "another route");
    write(path.join(root, "plugins/quotes/.medusa/server/src/api/admin/route.js"), "another route");
    write(path.join(root, "plugins/quotes/.medusa/server/src/modules/quote/migrations/Migration1.js.map"), "{}");
    expect(migration()).toBe(before);
  });

  it.each([
    [
      "a plugin migration is added",
      () =>
        write(
          path.join(root, "plugins/quotes/.medusa/server/src/modules/quote/migrations/Migration2.js"),
          "alter table quote",
        ),
    ],
    ["a backend link changes", () => write(path.join(paths.backendServerDir, "src/links/a.js"), "link a changed")],
    [
      "a search index definition is added",
      () => write(path.join(paths.backendServerDir, "src/search/product.js"), "index"),
    ],
    [
      "a migration script is added",
      () => write(path.join(root, "plugins/quotes/.medusa/server/src/migration-scripts/x.js"), "script"),
    ],
    [
      "Medusa is upgraded",
      () => write(path.join(root, "node_modules/@medusajs/medusa/package.json"), JSON.stringify({ version: "2.22.0" })),
    ],
    [
      "medusa-config changes",
      () => write(path.join(paths.backendServerDir, "medusa-config.js"), "module.exports = {}"),
    ],
  ])("changes when %s", (_label, change) => {
    const before = migration();
    change();
    expect(migration()).not.toBe(before);
  });

  it("changes with REDIS_URL and feature flags, which decide the modules that load", () => {
    const before = migration();
    expect(migrationFingerprint(paths, "built", { ...env, REDIS_URL: "redis://localhost:6379" })).not.toBe(before);
    expect(migrationFingerprint(paths, "built", { ...env, MEDUSA_FF_RBAC: "true" })).not.toBe(before);
  });

  it("differs between the built and the source backend (each is what its start runs)", () => {
    write(path.join(paths.backendDir, "medusa-config.ts"), "export default {}");
    expect(migrationFingerprint(paths, "source", env)).not.toBe(migration());
  });

  it("provisioning: follows the migration, the seed's code, the catalog and NODE_ENV", () => {
    const base = provisionFingerprint(paths, "built", env, migration());
    expect(provisionFingerprint(paths, "built", env, migration())).toBe(base);
    expect(provisionFingerprint(paths, "built", env, "another migration")).not.toBe(base);
    expect(provisionFingerprint(paths, "built", { NODE_ENV: "production" }, migration())).not.toBe(base);
    write(path.join(paths.backendDir, "data/catalog.json"), "{}");
    const withCatalog = provisionFingerprint(paths, "built", env, migration());
    expect(withCatalog).not.toBe(base);
    write(path.join(paths.backendServerDir, "src/lib/provisioning/index.js"), "seed v2");
    expect(provisionFingerprint(paths, "built", env, migration())).not.toBe(withCatalog);
  });
});
