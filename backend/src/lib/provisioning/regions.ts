import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createRegionsWorkflow, createTaxRegionsWorkflow, updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { PAYMENT_PROVIDER, REGION_PAYMENT_PROVIDERS, REGIONS } from "./demo-merchant"
import { query } from "./lookups"

export async function ensureRegions(container: MedusaContainer) {
  const { data: existing } = await query(container).graph({ entity: "region", fields: ["id", "name"] })
  const missing = Object.values(REGIONS).filter((r) => !existing.some((e) => e.name === r.name))
  if (missing.length) {
    await createRegionsWorkflow(container).run({
      input: {
        regions: missing.map((r) => ({
          name: r.name,
          currency_code: r.currency_code,
          countries: [...r.countries],
          payment_providers: [PAYMENT_PROVIDER],
          automatic_taxes: true,
          is_tax_inclusive: false,
        })),
      },
    })
  }
  await ensureRegionPaymentProviders(container)
  const { data: taxRegions } = await query(container).graph({
    entity: "tax_region",
    fields: ["id", "country_code"],
  })
  const haveTax = new Set(taxRegions.map((t) => t.country_code))
  const taxInput = Object.values(REGIONS).flatMap((r) =>
    r.countries
      .filter((country) => !haveTax.has(country))
      .map((country_code) => ({
        country_code,
        provider_id: "tp_system",
        default_tax_rate: { rate: r.tax.rate, code: r.tax.code, name: r.tax.name },
      }))
  )
  if (taxInput.length) {
    await createTaxRegionsWorkflow(container).run({ input: taxInput })
  }
}

/**
 * Enables REGION_PAYMENT_PROVIDERS on every storefront region, existing ones included. A provider
 * the payment module has not registered (its plugin not installed) is left out.
 */
async function ensureRegionPaymentProviders(container: MedusaContainer) {
  const registered = new Set(
    (await container.resolve(Modules.PAYMENT).listPaymentProviders({ id: REGION_PAYMENT_PROVIDERS })).map((p) => p.id)
  )
  const wanted = REGION_PAYMENT_PROVIDERS.filter((id) => registered.has(id))
  const names = new Set<string>(Object.values(REGIONS).map((r) => r.name))
  const {
    data: regions,
  }: { data: { id: string; name: string; payment_providers?: ({ id: string } | null)[] | null }[] } = await query(
    container
  ).graph({
    entity: "region",
    fields: ["id", "name", "payment_providers.id"],
  })
  for (const region of regions.filter((r) => names.has(r.name))) {
    const have = (region.payment_providers ?? []).map((p) => p?.id).filter((id): id is string => !!id)
    if (wanted.every((id) => have.includes(id))) {
      continue
    }
    await updateRegionsWorkflow(container).run({
      input: {
        selector: { id: region.id },
        update: { payment_providers: [...new Set([...have, ...wanted])] },
      },
    })
  }
}
