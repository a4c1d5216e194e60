import type { ConfigModule, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEFAULT_OPTIONS, type QuotesOptions } from "../types"

/** The package name the backend lists in `plugins: [{ resolve }]`. */
export const PLUGIN_NAME = "@hybrid/quotes"

/** The plugin's options from medusa-config.ts, every field filled with its default. */
export function pluginOptions(container: Pick<MedusaContainer, "resolve">): Required<QuotesOptions> {
  const config = container.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE)
  const entry = (config.plugins ?? []).find(
    (plugin): plugin is { resolve: string; options: Record<string, unknown> } =>
      typeof plugin !== "string" && plugin.resolve === PLUGIN_NAME
  )
  const given = (entry?.options ?? {}) as QuotesOptions
  const defined = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined))
  return { ...DEFAULT_OPTIONS, ...defined }
}
