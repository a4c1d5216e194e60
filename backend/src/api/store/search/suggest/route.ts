import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { suggest } from "../../../../lib/search/product-search"
import { sitesForSalesChannels } from "../../../../lib/search/site"
import { parseQuery, StoreSearchSuggest } from "../validators"

/** GET /store/search/suggest?q= — typeahead for the publishable key's channels (no prices). */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const { q, limit } = parseQuery(StoreSearchSuggest, req.query)
  const salesChannelIds: string[] = req.publishable_key_context?.sales_channel_ids ?? []
  if (!salesChannelIds.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Publishable key needs to have a sales channel configured")
  }
  const sites = await sitesForSalesChannels(req.scope, salesChannelIds)
  res.setHeader("cache-control", "private, max-age=30")
  res.json({ q, ...(await suggest(req.scope, q, limit, { salesChannelIds, sites })) })
}
