// Architecture rules for the monorepo (issue #14), checked by `npm run deps` in CI before the tests.
//
// The workspace packages are read from package.json, so a new package (e.g. @hybrid/plugin-kit,
// wherever it lives) is covered without editing this file. Workspace packages resolve through
// their node_modules symlinks to their real folders, so an import by package name and a relative
// import of the same file point at the same path: rules tell them apart by dependency type (a
// relative import is "local" and not "aliased"; from the repo root a package name is
// "aliased-workspace"). Plugin packages export their build output (.medusa/server), which does not
// exist before `npm run build`; imports of them then stay unresolved and are matched by name.
const fs = require("node:fs");
const path = require("node:path");

const root = __dirname;
const rootManifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));

/** { name, dir, buildOnly } for every workspace package; dir is relative to the repo root. */
const packages = rootManifest.workspaces.flatMap((pattern) => {
  const dirs = pattern.endsWith("/*")
    ? fs
        .readdirSync(path.join(root, pattern.slice(0, -2)), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `${pattern.slice(0, -2)}/${entry.name}`)
    : [pattern];
  return dirs
    .filter((dir) => fs.existsSync(path.join(root, dir, "package.json")))
    .map((dir) => {
      const manifest = JSON.parse(fs.readFileSync(path.join(root, dir, "package.json"), "utf8"));
      const targets = JSON.stringify(manifest.exports ?? manifest.main ?? "");
      return { name: manifest.name, dir, manifest, buildOnly: /\.medusa\/|\bdist\//.test(targets) };
    });
});

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const anyOf = (items) => (items.length > 0 ? `(?:${items.map(escapeRegExp).join("|")})` : "(?!)");
const byName = (list) => `^${anyOf(list.map((p) => p.name))}(?:/|$)`;
const byDir = (list) => `^${anyOf(list.map((p) => p.dir))}/`;

// What a plugin may use besides Medusa, third-party packages and its own files.
const PLUGIN_SHARED = ["@hybrid/plugin-kit", "@hybrid/admin-ui"];
// Test and build tooling a plugin's tests, e2e specs, configs and scripts may use as well.
const PLUGIN_DEV_TOOLING = ["@hybrid/platform", "@hybrid/test-kit"];
const shared = packages.filter((p) => PLUGIN_SHARED.includes(p.name));
const devTooling = packages.filter((p) => PLUGIN_DEV_TOOLING.includes(p.name));
const plugins = packages.filter((p) => p.dir.startsWith("plugins/") && !PLUGIN_SHARED.includes(p.name));
const serverSide = [...packages.filter((p) => p.dir === "backend"), ...plugins];

/** A plugin's files that never ship in the plugin: tests, browser specs, configs, scripts. */
const PLUGIN_DEV_FILES =
  "^plugins/[^/]+/(?:integration-tests/|e2e/|scripts/|[^/]+\\.config\\.[cm]?[jt]s$|.*/__tests__/|.*\\.(?:test|spec|e2e)\\.[cm]?[jt]sx?$)";

/** The workspace package folder a file is in: `$1` in the rules below. */
const PACKAGE_DIR = `^(${anyOf(packages.map((p) => p.dir))})/`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "storefront-imports-server-code",
      severity: "error",
      comment:
        "A storefront talks to the backend over HTTP (the storefront kit's Medusa client), never by importing backend or " +
        "plugin code or Medusa's server framework; @medusajs/js-sdk and @medusajs/types are the client side.",
      from: { path: "^storefronts/" },
      to: {
        path: [
          byDir(serverSide),
          byName(serverSide),
          "(?:^|/)node_modules/@medusajs/(?!js-sdk/|types/)",
          "^@medusajs/(?!js-sdk(?:/|$)|types(?:/|$))",
        ],
      },
    },
    ...plugins.flatMap((plugin) => {
      // A plugin that cannot run without another declares it as a peer dependency (and says so in
      // its README); it may then use that plugin's public API — the files its `exports` name — and
      // nothing else of it. Every other plugin stays out of reach.
      const peerNames = Object.keys(plugin.manifest.peerDependencies ?? {});
      const peers = plugins.filter((p) => p !== plugin && peerNames.includes(p.name));
      const others = plugins.filter((p) => p !== plugin && !peers.includes(p));
      const rules = [
        {
          name: "plugin-imports-another-plugin",
          severity: "error",
          comment:
            "A plugin uses @hybrid/plugin-kit, @hybrid/admin-ui, Medusa, third-party packages, its own files and the public " +
            "API of the plugins it declares as peers; a capability it can use without depending on it is resolved from " +
            "the container at run time (see insights' TradeFigureSource).",
          from: { path: `^${escapeRegExp(plugin.dir)}/` },
          to: { path: [byDir(others), byName(others)] },
        },
      ];
      if (peers.length) {
        const exported = peers.flatMap((peer) =>
          Object.entries(peer.manifest.exports ?? {}).flatMap(([key, target]) =>
            typeof target === "string"
              ? [
                  `^${escapeRegExp(`${peer.dir}/${target.replace(/^\.\//, "")}`).replace(/\\\*/g, "[^/]+")}$`,
                  `^${escapeRegExp(`${peer.name}${key.slice(1)}`).replace(/\\\*/g, "[^/]+")}$`,
                ]
              : [],
          ),
        );
        rules.push({
          name: "plugin-imports-peer-internals",
          severity: "error",
          comment: "A declared peer plugin is used only through its package exports, never through its internal files.",
          from: { path: `^${escapeRegExp(plugin.dir)}/` },
          to: { path: [byDir(peers), byName(peers)], pathNot: exported },
        });
      }
      return rules;
    }),
    {
      name: "plugin-imports-app-code",
      severity: "error",
      comment:
        "A plugin never reaches into the backend application, the storefronts, content or tooling; its tests, e2e " +
        "specs, configs and scripts may use the test tooling (@hybrid/platform, @hybrid/test-kit).",
      from: { path: "^plugins/", pathNot: PLUGIN_DEV_FILES },
      to: {
        path: [
          byDir(packages.filter((p) => !p.dir.startsWith("plugins/") && !shared.includes(p))),
          byName(packages.filter((p) => !p.dir.startsWith("plugins/") && !shared.includes(p))),
        ],
      },
    },
    {
      name: "plugin-dev-files-import-app-code",
      severity: "error",
      comment: "A plugin's tests and scripts use the test tooling packages, not the backend's or a storefront's files.",
      from: { path: PLUGIN_DEV_FILES },
      to: {
        path: [
          byDir(packages.filter((p) => !p.dir.startsWith("plugins/") && ![...shared, ...devTooling].includes(p))),
          byName(packages.filter((p) => !p.dir.startsWith("plugins/") && ![...shared, ...devTooling].includes(p))),
        ],
      },
    },
    {
      name: "relative-import-across-packages",
      severity: "error",
      comment:
        "A file in another package is imported through that package's name and its `exports`, never by a relative " +
        "path (which skips its public surface and its build).",
      from: { path: PACKAGE_DIR },
      to: { dependencyTypes: ["local"], dependencyTypesNot: ["aliased"], pathNot: "^$1/" },
    },
    {
      name: "root-relative-import-into-package",
      severity: "error",
      comment: "Root scripts and configs use a workspace package through its name and `exports`, not its files.",
      from: { pathNot: PACKAGE_DIR },
      to: { dependencyTypes: ["local"], dependencyTypesNot: ["aliased"], path: PACKAGE_DIR },
    },
    {
      name: "no-circular",
      severity: "error",
      comment:
        "No import cycles at run time (type-only imports are erased and do not count). Medusa's DML models reference " +
        "each other both ways (`model.hasMany(() => Employee)` / `model.belongsTo(() => Company)`), lazily, so edges " +
        "between the files of one models/ folder are exempt.",
      from: { pathNot: "/modules/[^/]+/models/" },
      to: {
        circular: true,
        dependencyTypesNot: ["type-only", "type-import"],
        viaOnly: { dependencyTypesNot: ["type-only", "type-import"] },
      },
    },
    {
      name: "not-to-unresolvable",
      severity: "error",
      comment:
        "Every import resolves (through `exports` for packages). Plugin packages export their build output, so an " +
        "import of one is unresolved until `npm run build`; Astro's virtual modules (astro:*) are provided by Vite.",
      from: {},
      to: { couldNotResolve: true, pathNot: [byName(packages.filter((p) => p.buildOnly)), "^astro:"] },
    },
  ],
  options: {
    // Installed packages and the repo's build output and local data are not cruised, but imports of
    // them stay visible: after `npm run build` an import of a plugin resolves into its .medusa/
    // folder and must still count as an import of that plugin.
    doNotFollow: {
      path: [
        "(?:^|/)node_modules/",
        `${PACKAGE_DIR}(?:\\.medusa|dist|\\.astro|\\.data|\\.turbo|coverage)/`,
        "^(?:\\.data|\\.turbo|coverage)/",
      ],
    },
    // Type-only imports are edges too (they are what couples packages); no-circular skips them.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      // Resolve workspace packages the way Node and Vite do: through `exports` with these conditions.
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
      extensions: [".ts", ".tsx", ".d.ts", ".js", ".jsx", ".mjs", ".cjs", ".mts", ".cts", ".json"],
    },
    // .astro files are not parsed by dependency-cruiser; scripts/check-astro-imports.mjs applies the
    // same rules to their frontmatter and <script> imports.
    reporterOptions: { text: { highlightFocused: true } },
  },
};
