import type { CreatePriceListWorkflowInputDTO, MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createCustomerAccountWorkflow,
  createCustomerGroupsWorkflow,
  createInventoryLevelsWorkflow,
  createPriceListPricesWorkflow,
  createPriceListsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  createUserAccountWorkflow,
  linkCustomersToCustomerGroupWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { COMPANY_MODULE, ON_ACCOUNT_PAYMENT_PROVIDER } from "@hybrid/company-accounts/constants"
import { acceptInviteWorkflow, approveCompanyWorkflow, inviteEmployeeWorkflow } from "@hybrid/company-accounts/workflows"
import { saveApprovalSettingsWorkflow, saveMerchantReviewRuleWorkflow } from "@hybrid/approvals/workflows"
import { TRADE_PRICING_MODULE } from "@hybrid/trade-pricing/constants"
import { upsertQuantityRuleWorkflow } from "@hybrid/trade-pricing/workflows"
import { STOREFRONT_CHANNELS, TRADE_CUSTOMER_GROUP } from "../channels"
import { catalog, type CatalogProduct } from "./catalog"
import { renderProductImage } from "./product-image"

/** Demo logins, created outside production only. */
export const DEMO_ACCOUNTS = {
  admin: { email: "admin@example.com", password: "hybrid-demo" },
  buyer: { email: "buyer@example.com", password: "hybrid-demo", first_name: "Bea", last_name: "Barista", company_name: "Corner Café" },
} as const

/**
 * The demo company's team besides its admin (buyer@example.com), so approvals can be tried out:
 * an approver, and a buyer whose larger orders need approval. Password "hybrid-demo".
 */
export const DEMO_TEAM = [
  { email: "approver@example.com", first_name: "Arne", last_name: "Approver", role: "approver" },
  { email: "orders@example.com", first_name: "Olli", last_name: "Orders", role: "buyer" },
] as const

export const REGIONS = {
  europe: {
    name: "Europe",
    currency_code: "eur",
    countries: ["de", "fr", "nl", "be", "at", "it", "es", "ie"],
    tax: { rate: 20, code: "VAT", name: "VAT" },
    shipping: { standard: 4.9, express: 12.9 },
  },
  us: {
    name: "United States",
    currency_code: "usd",
    countries: ["us"],
    tax: { rate: 8, code: "SALES_TAX", name: "Sales tax" },
    shipping: { standard: 6.9, express: 19.9 },
  },
} as const

export const STOCK_LOCATION_NAME = "Roastery warehouse"
export const TRADE_PRICE_LIST_TITLE = "Trade prices"
const FULFILLMENT_SET_NAME = "Roastery shipping"
const FULFILLMENT_PROVIDER = "manual_manual"
const PAYMENT_PROVIDER = "pp_system_default"
/** Providers every region offers: card/manual via the system provider, and pay on account for trade companies. */
const REGION_PAYMENT_PROVIDERS = [PAYMENT_PROVIDER, ON_ACCOUNT_PAYMENT_PROVIDER]

export type ProvisionOptions = {
  /** Create the demo admin and trade buyer (never in production). */
  demoAccounts: boolean
  log?: (message: string) => void
}

/**
 * Brings a migrated database to the demo merchant's state. Idempotent: every record is looked up by
 * its natural key (name, handle, title, email) and created only when missing, so any number of runs
 * leaves the same counts.
 */
export async function provision(container: MedusaContainer, options: ProvisionOptions) {
  const log = options.log ?? (() => {})
  const steps: [string, () => Promise<unknown>][] = [
    ["store currencies", () => ensureStoreCurrencies(container)],
    ["sales channels and publishable keys", () => ensureChannelsAndKeys(container)],
    ["regions and taxes", () => ensureRegions(container)],
    ["stock location and shipping", () => ensureFulfillment(container)],
    ["categories", () => ensureCategories(container)],
    ["products and inventory", () => ensureProducts(container, log)],
    ["trade customer group and price list", () => ensureTradePricing(container)],
    ["trade quantity rules", () => ensureQuantityRules(container)],
  ]
  if (options.demoAccounts) {
    steps.push(["demo accounts", () => ensureDemoAccounts(container)])
  }
  for (const [index, [label, run]] of steps.entries()) {
    log(`[${index + 1}/${steps.length}] ${label}`)
    await run()
  }
}

/** The stock location fields provisioning reads (query.graph rows are untyped without generated types). */
type StockLocationRow = {
  id: string
  name: string
  sales_channels?: ({ id: string } | null)[] | null
  fulfillment_sets?: ({ id: string } | null)[] | null
  fulfillment_providers?: ({ id: string } | null)[] | null
}

function query(container: MedusaContainer) {
  return container.resolve(ContainerRegistrationKeys.QUERY)
}

async function ensureStoreCurrencies(container: MedusaContainer) {
  const { data: stores }: { data: { id: string; supported_currencies?: ({ currency_code: string } | null)[] | null }[] } = await query(container).graph({
    entity: "store",
    fields: ["id", "supported_currencies.currency_code"],
  })
  const store = stores[0]
  const have = new Set((store.supported_currencies ?? []).map((c) => c?.currency_code))
  if (have.has("eur") && have.has("usd")) {
    return
  }
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        supported_currencies: [
          { currency_code: "eur", is_default: true },
          { currency_code: "usd" },
        ],
      },
    },
  })
}

async function salesChannelsByName(container: MedusaContainer) {
  const { data } = await query(container).graph({ entity: "sales_channel", fields: ["id", "name"] })
  return new Map(data.map((sc) => [sc.name, sc.id]))
}

async function ensureChannelsAndKeys(container: MedusaContainer) {
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

async function ensureRegions(container: MedusaContainer) {
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
    (await container.resolve(Modules.PAYMENT).listPaymentProviders({ id: REGION_PAYMENT_PROVIDERS })).map(
      (p) => p.id
    )
  )
  const wanted = REGION_PAYMENT_PROVIDERS.filter((id) => registered.has(id))
  const names = new Set<string>(Object.values(REGIONS).map((r) => r.name))
  const { data: regions }: { data: { id: string; name: string; payment_providers?: ({ id: string } | null)[] | null }[] } = await query(container).graph({
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

async function defaultShippingProfileId(container: MedusaContainer): Promise<string> {
  const { data } = await query(container).graph({
    entity: "shipping_profile",
    fields: ["id", "type"],
    filters: { type: "default" },
  })
  if (data.length) {
    return data[0].id
  }
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default shipping profile", type: "default" }] },
  })
  return result[0].id
}

async function ensureFulfillment(container: MedusaContainer) {
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
    location = { ...result[0], sales_channels: [], fulfillment_sets: [], fulfillment_providers: [] }
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

async function categoriesByHandle(container: MedusaContainer) {
  const { data } = await query(container).graph({ entity: "product_category", fields: ["id", "handle"] })
  return new Map(data.map((c) => [c.handle, c.id]))
}

async function ensureCategories(container: MedusaContainer) {
  const existing = await categoriesByHandle(container)
  const missing = catalog.categories.filter((c) => !existing.has(c.handle))
  if (!missing.length) {
    return
  }
  await createProductCategoriesWorkflow(container).run({
    input: {
      product_categories: missing.map((c) => ({
        name: c.name,
        handle: c.handle,
        description: c.description,
        is_active: true,
      })),
    },
  })
}

async function uploadImages(container: MedusaContainer, products: CatalogProduct[]) {
  const { result } = await uploadFilesWorkflow(container).run({
    input: {
      files: products.map((p) => ({
        filename: `products/${p.handle}.svg`,
        mimeType: "image/svg+xml",
        content: Buffer.from(renderProductImage(p)).toString("base64"),
        access: "public" as const,
      })),
    },
  })
  return new Map(products.map((p, i) => [p.handle, result[i].url]))
}

async function ensureProducts(container: MedusaContainer, log: (m: string) => void) {
  const q = query(container)
  const { data: existing } = await q.graph({ entity: "product", fields: ["handle"] })
  const have = new Set(existing.map((p) => p.handle))
  const missing = catalog.products.filter((p) => !have.has(p.handle))
  if (missing.length) {
    const channels = await salesChannelsByName(container)
    const categories = await categoriesByHandle(container)
    const shippingProfileId = await defaultShippingProfileId(container)
    const images = await uploadImages(container, missing)
    const channelId = (c: "consumer" | "trade") => channels.get(STOREFRONT_CHANNELS[c].salesChannel)!
    const batchSize = 10
    for (let start = 0; start < missing.length; start += batchSize) {
      const batch = missing.slice(start, start + batchSize)
      log(`  products ${start + 1}–${start + batch.length} of ${missing.length}`)
      await createProductsWorkflow(container).run({
        input: {
          products: batch.map((p) => ({
            title: p.title,
            handle: p.handle,
            description: p.description,
            status: ProductStatus.PUBLISHED,
            thumbnail: images.get(p.handle),
            images: [{ url: images.get(p.handle)! }],
            category_ids: [categories.get(p.category)!],
            shipping_profile_id: shippingProfileId,
            sales_channels: p.channels.map((c) => ({ id: channelId(c) })),
            metadata: p.attributes ? { origin: p.attributes.origin, roast: p.attributes.roast } : undefined,
            options: [{ title: p.option, values: p.variants.map((v) => v.value) }],
            variants: p.variants.map((v) => ({
              title: v.title,
              sku: v.sku,
              weight: v.weight,
              manage_inventory: true,
              options: { [p.option]: v.value },
              prices: [
                { currency_code: "eur", amount: v.prices.eur },
                { currency_code: "usd", amount: v.prices.usd },
              ],
            })),
          })),
        },
      })
    }
  }
  await ensureInventoryLevels(container)
}

async function ensureInventoryLevels(container: MedusaContainer) {
  const q = query(container)
  const { data: locations } = await q.graph({
    entity: "stock_location",
    fields: ["id"],
    filters: { name: STOCK_LOCATION_NAME },
  })
  const locationId = locations[0].id
  const stockBySku = new Map(catalog.products.flatMap((p) => p.variants.map((v) => [v.sku, v.stock])))
  const { data: items }: { data: { id: string; sku: string | null; location_levels?: ({ location_id: string } | null)[] | null }[] } = await q.graph({
    entity: "inventory_item",
    fields: ["id", "sku", "location_levels.location_id"],
  })
  const levels = items
    .filter((item) => item.sku && stockBySku.has(item.sku))
    .filter((item) => !(item.location_levels ?? []).some((l) => l?.location_id === locationId))
    .map((item) => ({
      location_id: locationId,
      inventory_item_id: item.id,
      stocked_quantity: stockBySku.get(item.sku!)!,
    }))
  if (levels.length) {
    await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
  }
}

async function tradeGroupId(container: MedusaContainer): Promise<string> {
  const { data } = await query(container).graph({
    entity: "customer_group",
    fields: ["id"],
    filters: { name: TRADE_CUSTOMER_GROUP },
  })
  if (data.length) {
    return data[0].id
  }
  const { result } = await createCustomerGroupsWorkflow(container).run({
    input: { customersData: [{ name: TRADE_CUSTOMER_GROUP, metadata: { portal: "trade" } }] },
  })
  return result[0].id
}

async function ensureTradePricing(container: MedusaContainer) {
  const q = query(container)
  const groupId = await tradeGroupId(container)
  const { data: variants } = await q.graph({ entity: "variant", fields: ["id", "sku"] })
  const variantIdBySku = new Map(variants.map((v) => [v.sku, v.id]))
  const rows = catalog.products.flatMap((p) =>
    p.variants.flatMap((v) =>
      v.trade && variantIdBySku.has(v.sku)
        ? (["eur", "usd"] as const).flatMap((currency_code) =>
            v.trade![currency_code].map((tier) => ({
              variant_id: variantIdBySku.get(v.sku)!,
              currency_code,
              amount: tier.amount,
              min_quantity: tier.min_quantity,
            }))
          )
        : []
    )
  )

  const { data: lists }: { data: { id: string; prices?: ({ price_set?: { variant?: { id: string } | null } | null } | null)[] | null }[] } = await q.graph({
    entity: "price_list",
    fields: ["id", "prices.price_set.variant.id"],
    filters: { title: TRADE_PRICE_LIST_TITLE },
  })
  if (!lists.length) {
    await createPriceListsWorkflow(container).run({
      input: {
        price_lists_data: [
          {
            title: TRADE_PRICE_LIST_TITLE,
            description: "Net prices and volume tiers for approved trade customers.",
            status: "active",
            type: "sale",
            rules: { "customer.groups.id": [groupId] },
            prices: rows,
            // `type` is accepted by the pricing module though the workflow DTO omits it.
          } as CreatePriceListWorkflowInputDTO,
        ],
      },
    })
    return
  }
  // Top up variants added to the catalog since the list was created; never touch edited prices.
  const priced = new Set(
    (lists[0].prices ?? []).map((p) => p?.price_set?.variant?.id).filter(Boolean)
  )
  const missing = rows.filter((r) => !priced.has(r.variant_id))
  if (missing.length) {
    await createPriceListPricesWorkflow(container).run({
      input: { data: [{ id: lists[0].id, prices: missing }] },
    })
  }
}

/**
 * The catalog's quantity rules (case sizes, minimums, maximums for trade carts). Only variants
 * without a rule get one, so rules the merchant edited in the admin are kept.
 */
async function ensureQuantityRules(container: MedusaContainer) {
  const wanted = catalog.products.flatMap((p) => p.variants.filter((v) => v.quantity_rule))
  if (!wanted.length) {
    return
  }
  const { data: variants } = await query(container).graph({
    entity: "variant",
    fields: ["id", "sku"],
    filters: { sku: wanted.map((v) => v.sku) },
  })
  const idBySku = new Map(variants.map((v) => [v.sku, v.id]))
  const existing = await container
    .resolve<{ listQuantityRules: (filters: object, config: object) => Promise<{ variant_id: string }[]> }>(
      TRADE_PRICING_MODULE
    )
    .listQuantityRules({ variant_id: [...idBySku.values()] }, { take: null })
  const ruled = new Set(existing.map((r) => r.variant_id))
  for (const v of wanted) {
    const variantId = idBySku.get(v.sku)
    if (!variantId || ruled.has(variantId)) {
      continue
    }
    await upsertQuantityRuleWorkflow(container).run({
      input: { variant_id: variantId, ...v.quantity_rule!, max_quantity: v.quantity_rule!.max_quantity ?? null },
    })
  }
}

async function ensureDemoAccounts(container: MedusaContainer) {
  const q = query(container)
  const auth = container.resolve(Modules.AUTH)

  const { data: users } = await q.graph({
    entity: "user",
    fields: ["id"],
    filters: { email: DEMO_ACCOUNTS.admin.email },
  })
  if (!users.length) {
    const { authIdentity, error } = await auth.register("emailpass", {
      body: { email: DEMO_ACCOUNTS.admin.email, password: DEMO_ACCOUNTS.admin.password },
    })
    if (error || !authIdentity) {
      throw new Error(`Could not register the demo admin: ${error}`)
    }
    await createUserAccountWorkflow(container).run({
      input: {
        authIdentityId: authIdentity.id,
        userData: { email: DEMO_ACCOUNTS.admin.email, first_name: "Demo", last_name: "Merchant" },
      },
    })
  }

  const { data: customers }: { data: { id: string; has_account: boolean; groups?: ({ id: string } | null)[] | null }[] } = await q.graph({
    entity: "customer",
    fields: ["id", "groups.id", "has_account"],
    filters: { email: DEMO_ACCOUNTS.buyer.email },
  })
  let buyer = customers.find((c) => c.has_account)
  if (!buyer) {
    const { authIdentity, error } = await auth.register("emailpass", {
      body: { email: DEMO_ACCOUNTS.buyer.email, password: DEMO_ACCOUNTS.buyer.password },
    })
    if (error || !authIdentity) {
      throw new Error(`Could not register the demo trade buyer: ${error}`)
    }
    const { result } = await createCustomerAccountWorkflow(container).run({
      input: {
        authIdentityId: authIdentity.id,
        customerData: {
          email: DEMO_ACCOUNTS.buyer.email,
          first_name: DEMO_ACCOUNTS.buyer.first_name,
          last_name: DEMO_ACCOUNTS.buyer.last_name,
          company_name: DEMO_ACCOUNTS.buyer.company_name,
        },
      },
    })
    buyer = { id: result.id, groups: [], has_account: true }
  }
  const groupId = await tradeGroupId(container)
  if (!(buyer!.groups ?? []).some((g) => g?.id === groupId)) {
    await linkCustomersToCustomerGroupWorkflow(container).run({
      input: { id: groupId, add: [buyer!.id] },
    })
  }
  await ensureDemoCompany(container, buyer!.id)
  await ensureDemoTeam(container, buyer!.id)
  await ensureDemoApprovalRules(container, buyer!.id)
}

/** Demo approval rules, set once (a merchant's or company admin's later change is kept). */
export const DEMO_APPROVAL_RULES = {
  /** Corner Café: orders by buyers above €250 net need an approver. */
  company: { amount_threshold: 250, amount_applies_to: ["buyer"] as ("buyer")[] },
  /** The merchant reviews EUR orders above €2,000 before fulfilment. */
  merchantReview: { currency_code: "eur", amount_threshold: 2000 },
}

async function ensureDemoApprovalRules(container: MedusaContainer, adminCustomerId: string) {
  const companies = container.resolve<any>(COMPANY_MODULE)
  const approvals = container.resolve<any>("approval")
  const [admin] = await companies.listEmployees({ customer_id: adminCustomerId })
  const [settings] = await approvals.listApprovalSettings({ company_id: admin.company_id })
  if (!settings) {
    await saveApprovalSettingsWorkflow(container).run({
      input: { company_id: admin.company_id, ...DEMO_APPROVAL_RULES.company, updated_by: adminCustomerId },
    })
  }
  const [rule] = await approvals.listMerchantReviewRules({ currency_code: DEMO_APPROVAL_RULES.merchantReview.currency_code })
  if (!rule) {
    await saveMerchantReviewRuleWorkflow(container).run({ input: DEMO_APPROVAL_RULES.merchantReview })
  }
}

/**
 * The demo company's approver and second buyer, joined the way real employees join: an invite
 * from the company admin, accepted (which also grants the company's and the Trade group).
 */
async function ensureDemoTeam(container: MedusaContainer, adminCustomerId: string) {
  const companies = container.resolve<any>(COMPANY_MODULE)
  const [admin] = await companies.listEmployees({ customer_id: adminCustomerId })
  const { data: existing } = await query(container).graph({
    entity: "customer",
    fields: ["id", "email", "has_account"],
    filters: { email: DEMO_TEAM.map((m) => m.email) },
  })
  for (const member of DEMO_TEAM) {
    if (existing.some((c) => c.email === member.email && c.has_account)) {
      continue
    }
    const { result: invite } = await inviteEmployeeWorkflow(container).run({
      input: { company_id: admin.company_id, invited_by_employee_id: admin.id, email: member.email, role: member.role },
    })
    await acceptInviteWorkflow(container).run({
      input: {
        token: invite.token,
        password: DEMO_ACCOUNTS.buyer.password,
        first_name: member.first_name,
        last_name: member.last_name,
      },
    })
  }
}

/**
 * The demo buyer administers an approved company ("Corner Café", net 30, €5,000 credit), so trade
 * checkout on account works out of the box. Approval goes through the plugin's own workflow, which
 * also creates the company's customer group.
 */
async function ensureDemoCompany(container: MedusaContainer, customerId: string) {
  const companies = container.resolve<any>(COMPANY_MODULE)
  const [employee] = await companies.listEmployees({ customer_id: customerId })
  if (employee) {
    return
  }
  const [company] = await companies.createCompanies([
    {
      name: DEMO_ACCOUNTS.buyer.company_name,
      email: DEMO_ACCOUNTS.buyer.email,
      vat_id: "DE123456789",
      currency_code: "eur",
    },
  ])
  await companies.createEmployees([{ company_id: company.id, customer_id: customerId, role: "admin" }])
  await companies.createCompanyAddresses([
    {
      company_id: company.id,
      label: "Café",
      is_shipping: true,
      is_billing: true,
      first_name: DEMO_ACCOUNTS.buyer.first_name,
      last_name: DEMO_ACCOUNTS.buyer.last_name,
      company: DEMO_ACCOUNTS.buyer.company_name,
      address_1: "Kaffeegasse 7",
      city: "Berlin",
      postal_code: "10115",
      country_code: "de",
    },
  ])
  await approveCompanyWorkflow(container).run({
    input: { company_id: company.id, payment_terms: "net30", credit_limit: 5000 },
  })
}
