import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STOREFRONT_CHANNELS, type StorefrontChannel } from "../channels"

/**
 * Which storefront sites the publishable key's sales channels stand for (by channel name, as
 * provisioning creates them). Decides whose story text is searched and whether SKU matches rank
 * first (trade).
 */
export async function sitesForSalesChannels(
  scope: MedusaContainer,
  salesChannelIds: string[]
): Promise<Set<StorefrontChannel>> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "sales_channel",
    fields: ["id", "name"],
    filters: { id: salesChannelIds },
  })
  const sites = new Set<StorefrontChannel>()
  for (const channel of data as { name: string }[]) {
    for (const [site, names] of Object.entries(STOREFRONT_CHANNELS)) {
      if (names.salesChannel === channel.name) sites.add(site as StorefrontChannel)
    }
  }
  return sites
}
