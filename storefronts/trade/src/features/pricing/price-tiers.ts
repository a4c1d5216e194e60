import { isNotFound, type StorefrontClient } from "@hybrid/storefront-kit";
import type { PriceTier } from "./tiers";

const MAX_VARIANTS_PER_REQUEST = 100;

/**
 * The buyer's quantity tiers per variant (`GET /store/price-tiers`), with the buyer's token so the
 * Trade price list applies. Tiers only explain prices Medusa already charges, so a variant the
 * backend no longer sells in this channel (404 for its batch) yields no tiers instead of an error
 * page; callers read a missing entry as "no tiers".
 */
export async function fetchPriceTiers(
  client: Pick<StorefrontClient, "request">,
  params: { regionId: string; variantIds: readonly string[]; token: string },
): Promise<Record<string, PriceTier[]>> {
  const ids = [...new Set(params.variantIds)];
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += MAX_VARIANTS_PER_REQUEST) chunks.push(ids.slice(i, i + MAX_VARIANTS_PER_REQUEST));
  const responses = await Promise.all(
    chunks.map((variant_id) =>
      client
        .request<{ tiers: Record<string, PriceTier[]> }>("/store/price-tiers", {
          query: { region_id: params.regionId, variant_id },
          token: params.token,
        })
        .catch((error: unknown) => {
          if (isNotFound(error)) return { tiers: {} };
          throw error;
        }),
    ),
  );
  return Object.assign({}, ...responses.map((r) => r.tiers)) as Record<string, PriceTier[]>;
}
