import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { siteOfChannels, siteUrl } from "../../../lib/sites"
import { currentTerms } from "../../../lib/terms"

/**
 * GET /store/terms — the terms a shopper of this site (the publishable key's sales channel) accepts
 * to place an order: `{ terms: { slug, title, version, url } }`, or `{ terms: null }` when the site
 * asks for none (the trade site: each company's agreement governs its orders). Accept them on a
 * cart with POST /store/carts/:id/terms { version }.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const site = await siteOfChannels(req.scope, req.publishable_key_context?.sales_channel_ids ?? [])
  const terms = await currentTerms(site)
  res.json({ terms: terms ? { ...terms, url: `${siteUrl(site)}/pages/${terms.slug}` } : null })
}
