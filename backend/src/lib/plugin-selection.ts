import { ConfigError } from "./platform-config"

type Env = Record<string, string | undefined>

/**
 * Our optional plugins (the B2B capabilities, and real email), in the order medusa-config.ts
 * registers them.
 */
export const B2B_PLUGINS = ["company-accounts", "trade-pricing", "insights", "quotes", "approvals", "email"] as const
export type B2BPlugin = (typeof B2B_PLUGINS)[number]

/** The package name of a plugin: `@hybrid/<plugin>`. */
export const packageOf = (plugin: B2BPlugin) => `@hybrid/${plugin}`

/** A plugin's `peerDependencies` on other @hybrid plugins: what it declares it cannot run without. */
export type DeclaredNeeds = (plugin: B2BPlugin) => B2BPlugin[]

/** Reads each plugin's needs from its package.json (the plugins export `./package.json`). */
export const needsFromPackageJson: DeclaredNeeds = (plugin) => {
  const manifest = require(`${packageOf(plugin)}/package.json`) as { peerDependencies?: Record<string, string> }
  return Object.keys(manifest.peerDependencies ?? {})
    .filter((name) => name.startsWith("@hybrid/"))
    .map((name) => name.slice("@hybrid/".length))
    .filter((name): name is B2BPlugin => (B2B_PLUGINS as readonly string[]).includes(name))
}

/**
 * Which B2B plugins this backend installs: `HC_PLUGINS` is a comma-separated list of plugin names
 * (`company-accounts,trade-pricing`), `none` for a consumer-only shop, unset or `all` for every one.
 * A plugin whose declared needs (peer dependencies) are not selected is a configuration error that
 * names what to add, so a partial install never boots with a plugin missing its peer.
 */
export function resolvePluginSelection(env: Env, needs: DeclaredNeeds = needsFromPackageJson): Set<B2BPlugin> {
  const raw = env.HC_PLUGINS?.trim()
  if (!raw || raw === "all") {
    return new Set(B2B_PLUGINS)
  }
  if (raw === "none") {
    return new Set()
  }
  const names = raw
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean)
  const unknown = names.filter((name) => !(B2B_PLUGINS as readonly string[]).includes(name))
  if (unknown.length) {
    throw new ConfigError(
      `HC_PLUGINS names unknown plugin(s) ${unknown.join(", ")}; known: ${B2B_PLUGINS.join(", ")} (or "all", "none")`
    )
  }
  const selected = new Set(names as B2BPlugin[])
  for (const plugin of selected) {
    const missing = needs(plugin).filter((peer) => !selected.has(peer))
    if (missing.length) {
      throw new ConfigError(
        `HC_PLUGINS: ${plugin} needs ${missing.join(", ")} (its package.json peerDependencies); add ${missing.length > 1 ? "them" : "it"} to the list`
      )
    }
  }
  return selected
}
