import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createShippingOptionsWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { STOREFRONT_CHANNELS } from "../channels"
import { FULFILLMENT_PROVIDER, FULFILLMENT_SET_NAME, REGIONS, STOCK_LOCATION_NAME } from "./demo-merchant"
import { defaultShippingProfileId, query, salesChannelsByName } from "./lookups"

/** The stock location fields provisioning reads (query.graph rows are untyped without generated types). */
type StockLocationRow = {
  id: string
  name: string
  sales_channels?: ({ id: string } | null)[] | null
  fulfillment_sets?: ({ id: string } | null)[] | null
  fulfillment_providers?: ({ id: string } | null)[] | null
}

export async function ensureFulfillment(container: MedusaContainer) {
  const q = query(container)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const channels = await salesChannelsByName(container)
  const shippingProfileId = await defaultShippingProfileId(container)

  const { data: locations }: { data: StockLocationRow[] } = await q.graph({
    entity: "stock_location",
    fields: ["id", "name", "sales_channels.id", "fulfillment_sets.id", "fulfillment_providers.id"],
    filters: { name: STOCK_LOCATION_NAME },
  })
  let location = locations[0]
  if (!location) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          {
            name: STOCK_LOCATION_NAME,
            address: { address_1: "Röstereistraße 12", city: "Berlin", postal_code: "10999", country_code: "DE" },
          },
        ],
      },
    })
    location = { ...result[0], sales_channels: [], fulfillment_sets: [], fulfillment_providers: [] } as typeof location
  }

  const linkedChannels = new Set((location.sales_channels ?? []).map((sc) => sc?.id))
  const toLink = Object.values(STOREFRONT_CHANNELS)
    .map((c) => channels.get(c.salesChannel)!)
    .filter((id) => !linkedChannels.has(id))
  if (toLink.length) {
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: location.id, add: toLink },
    })
  }
  if (!(location.fulfillment_providers ?? []).some((p) => p?.id === FULFILLMENT_PROVIDER)) {
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: FULFILLMENT_PROVIDER },
    })
  }
  if ((location.fulfillment_sets ?? []).length) {
    return
  }

  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const fulfillmentSet = await fulfillment.createFulfillmentSets({
    name: FULFILLMENT_SET_NAME,
    type: "shipping",
    service_zones: Object.values(REGIONS).map((r) => ({
      name: r.name,
      geo_zones: r.countries.map((country_code) => ({ type: "country" as const, country_code })),
    })),
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })

  const { data: regions } = await q.graph({ entity: "region", fields: ["id", "name"] })
  const regionId = (name: string) => regions.find((r) => r.name === name)!.id
  const options = Object.values(REGIONS).flatMap((r) => {
    const zone = fulfillmentSet.service_zones.find((z) => z.name === r.name)!
    return (["standard", "express"] as const).map((speed) => ({
      name: speed === "standard" ? "Standard delivery" : "Express delivery",
      price_type: "flat" as const,
      provider_id: FULFILLMENT_PROVIDER,
      service_zone_id: zone.id,
      shipping_profile_id: shippingProfileId,
      type: {
        label: speed === "standard" ? "Standard" : "Express",
        description: speed === "standard" ? "Delivered in 2–4 working days." : "Delivered the next working day.",
        code: speed,
      },
      prices: [
        { currency_code: r.currency_code, amount: r.shipping[speed] },
        { region_id: regionId(r.name), amount: r.shipping[speed] },
      ],
      rules: [
        { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
        { attribute: "is_return", value: "false", operator: "eq" as const },
      ],
    }))
  })
  await createShippingOptionsWorkflow(container).run({ input: options })
}
