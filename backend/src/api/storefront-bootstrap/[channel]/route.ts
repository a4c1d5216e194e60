import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { STOREFRONT_CHANNELS, type StorefrontChannel } from "../../../lib/channels"

type ChannelKey = {
  token: string
  revoked_at: Date | string | null
  sales_channels?: ({ id: string; name: string } | null)[] | null
}

/**
 * GET /storefront-bootstrap/:channel — the publishable key of a storefront portal, so a storefront
 * needs no key copied into an env file. Publishable keys are public by design (every browser of a
 * Medusa storefront sends one); this only saves the copy step. The key decides the catalog a
 * storefront sees, never prices: prices depend on the signed-in customer.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const channel = req.params.channel as StorefrontChannel
  const names = STOREFRONT_CHANNELS[channel]
  if (!names) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `channel must be one of ${Object.keys(STOREFRONT_CHANNELS).join(", ")}`
    )
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: keys }: { data: ChannelKey[] } = await query.graph({
    entity: "api_key",
    fields: ["token", "revoked_at", "sales_channels.id", "sales_channels.name"],
    filters: { title: names.apiKeyTitle, type: "publishable" },
  })
  const key = keys.find((k) => !k.revoked_at && k.sales_channels?.some((sc) => sc?.name === names.salesChannel))
  if (!key) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `No active publishable key for the ${names.salesChannel} sales channel: has provisioning run?`
    )
  }
  const salesChannel = key.sales_channels!.find((sc) => sc?.name === names.salesChannel)!
  res.json({ publishable_key: key.token, sales_channel_id: salesChannel.id })
}
