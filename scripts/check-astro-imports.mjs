// `npm run deps`, second half: dependency-cruiser does not parse .astro files, so this applies the
// path rules of .dependency-cruiser.cjs to the imports in each .astro file's frontmatter and
// <script> tags. Same resolver options, same rules, same output shape; cycle rules are left to
// dependency-cruiser (a .ts file that imports a component is cruised there).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, isAbsolute, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import enhancedResolve from "enhanced-resolve";
import ts from "typescript";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const config = createRequire(import.meta.url)(resolve(root, ".dependency-cruiser.cjs"));
const { doNotFollow, enhancedResolveOptions: resolveOptions } = config.options;

const resolver = enhancedResolve.create.sync({
  exportsFields: resolveOptions.exportsFields,
  conditionNames: resolveOptions.conditionNames,
  mainFields: resolveOptions.mainFields,
  extensions: [...resolveOptions.extensions, ".astro"],
});

const asList = (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const matchesAny = (patterns, text) => patterns.some((pattern) => new RegExp(pattern).test(text));
/** dependency-cruiser's group matching: `$1` in a `to` pattern is group 1 of the `from.path` match. */
const withGroups = (patterns, groups) =>
  patterns.map((pattern) =>
    pattern.replace(/\$(\d)/g, (_, n) => (groups[Number(n)] ?? "").replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")),
  );

/** The TypeScript a .astro file runs: its frontmatter and its (non-inline) <script> tags. */
function scriptsOf(source) {
  const parts = [];
  const frontmatter = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (frontmatter) parts.push(frontmatter[1]);
  for (const tag of source.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (!/\bis:inline\b|\bsrc=|type="application\/(?:ld\+)?json"/.test(tag[1])) parts.push(tag[2]);
  }
  return parts.join("\n");
}

function dependencyOf(file, specifier) {
  const local = specifier.startsWith(".") || isAbsolute(specifier);
  if (specifier.startsWith("node:")) return null;
  try {
    const target = resolver(dirname(resolve(root, file)), specifier);
    const path = relative(root, target);
    return { module: specifier, resolved: path, couldNotResolve: false, dependencyTypes: [local ? "local" : "npm"] };
  } catch {
    return { module: specifier, resolved: specifier, couldNotResolve: true, dependencyTypes: ["unknown"] };
  }
}

/** Whether a forbidden rule applies to this dependency; rules with conditions we cannot evaluate here are skipped. */
function violates(rule, from, dependency) {
  const supported = new Set(["path", "pathNot", "dependencyTypes", "dependencyTypesNot", "couldNotResolve"]);
  if (Object.keys(rule.to).some((key) => !supported.has(key))) return false;
  const fromPaths = asList(rule.from.path);
  const groups = fromPaths.map((p) => new RegExp(p).exec(from)).find(Boolean) ?? [];
  if (fromPaths.length > 0 && groups.length === 0) return false;
  if (matchesAny(asList(rule.from.pathNot), from)) return false;
  const { to } = rule;
  if (to.path !== undefined && !matchesAny(withGroups(asList(to.path), groups), dependency.resolved)) return false;
  if (matchesAny(withGroups(asList(to.pathNot), groups), dependency.resolved)) return false;
  if (to.dependencyTypes && !to.dependencyTypes.some((t) => dependency.dependencyTypes.includes(t))) return false;
  if (to.dependencyTypesNot?.some((t) => dependency.dependencyTypes.includes(t))) return false;
  if (to.couldNotResolve !== undefined && to.couldNotResolve !== dependency.couldNotResolve) return false;
  return true;
}

const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "*.astro"], {
  cwd: root,
  encoding: "utf8",
})
  .split("\n")
  .filter((file) => file && !asList(doNotFollow.path).some((pattern) => new RegExp(pattern).test(file)));

const violations = [];
for (const file of files) {
  const { importedFiles } = ts.preProcessFile(scriptsOf(readFileSync(resolve(root, file), "utf8")), true, true);
  for (const { fileName: specifier } of importedFiles) {
    const dependency = dependencyOf(file, specifier);
    if (!dependency) continue;
    for (const rule of config.forbidden) {
      if (violates(rule, file, dependency)) violations.push({ rule, file, dependency });
    }
  }
}

for (const { rule, file, dependency } of violations) {
  console.error(`  ${rule.severity ?? "warn"} ${rule.name}: ${file} → ${dependency.resolved}`);
}
const errors = violations.filter(({ rule }) => (rule.severity ?? "warn") === "error").length;
console.log(
  `\n${errors > 0 ? "x" : "✔"} ${violations.length} dependency violations in .astro files (${errors} errors). ${files.length} .astro files checked.`,
);
process.exitCode = errors > 0 ? 1 : 0;
