import type { ConfigModule, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PLUGIN_NAME } from "../constants"
import { type EmailOptions, type ResolvedEmailOptions, resolveEmailOptions } from "../types"

/** The plugin's options from medusa-config.ts, every field filled with its default. */
export function pluginOptions(container: Pick<MedusaContainer, "resolve">): ResolvedEmailOptions {
  const config = container.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE)
  const entry = (config.plugins ?? []).find(
    (plugin): plugin is { resolve: string; options: Record<string, unknown> } =>
      typeof plugin !== "string" && plugin.resolve === PLUGIN_NAME
  )
  return resolveEmailOptions((entry?.options ?? {}) as EmailOptions)
}
