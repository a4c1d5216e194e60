import type { ConfigModule, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PLUGIN_NAME } from "../constants"
import { DEFAULT_OPTIONS, type TradePricingOptions } from "../types"

type Resolver = Pick<MedusaContainer, "resolve">

/** The plugin's options from medusa-config.ts, every field filled with its default. */
export function pluginOptions(container: Resolver): Required<TradePricingOptions> {
  const config = container.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE)
  const entry = (config.plugins ?? []).find(
    (plugin): plugin is { resolve: string; options: Record<string, unknown> } =>
      typeof plugin !== "string" && plugin.resolve === PLUGIN_NAME
  )
  const given = (entry?.options ?? {}) as Partial<TradePricingOptions>
  const defined = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined))
  return { ...DEFAULT_OPTIONS, ...defined }
}
