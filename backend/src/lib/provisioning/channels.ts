import type { MedusaContainer } from "@medusajs/framework/types"
import {
  createApiKeysWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import { STOREFRONT_CHANNELS } from "../channels"
import { query, salesChannelsByName } from "./lookups"

export async function ensureChannelsAndKeys(container: MedusaContainer) {
  const channels = await salesChannelsByName(container)
  const missing = Object.values(STOREFRONT_CHANNELS).filter((c) => !channels.has(c.salesChannel))
  if (missing.length) {
    await createSalesChannelsWorkflow(container).run({
      input: {
        salesChannelsData: missing.map((c) => ({
          name: c.salesChannel,
          description: `${c.salesChannel} storefront`,
        })),
      },
    })
  }
  const byName = await salesChannelsByName(container)
  const { data: keys } = await query(container).graph({
    entity: "api_key",
    fields: ["id", "title", "revoked_at"],
    filters: { type: "publishable" },
  })
  for (const c of Object.values(STOREFRONT_CHANNELS)) {
    if (keys.some((k) => k.title === c.apiKeyTitle && !k.revoked_at)) {
      continue
    }
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: c.apiKeyTitle, type: "publishable", created_by: "provisioning" }] },
    })
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: result[0].id, add: [byName.get(c.salesChannel)!] },
    })
  }
}
