import { DIRECT, publicOriginMiddleware, type ProxySettings, type StorefrontClient } from "@hybrid/storefront-kit";
import { sequence } from "astro/middleware";
import { approvalsNavMiddleware, type ApprovalsNav } from "../approvals/nav";
import { backendUnavailable, privateNoStore } from "../errors/middleware";
import { regionMiddleware } from "../region/middleware";
import { createSessionMiddleware } from "../session/middleware";
import type { AccountLookup } from "../session/trade-account";
import { authGuard } from "./guard";

export interface TradeMiddlewareDeps {
  /** Token -> trade account (`GET /store/trade/me`); null when the backend rejects the token. */
  lookup: AccountLookup;
  /** Regions for pricing (the kit client). */
  regions: Pick<StorefrontClient, "regions">;
  /** The header's approvals entry (customer id, token) -> pending count for approvers; optional. */
  approvalsNav?: (customerId: string, token: string) => Promise<ApprovalsNav | null>;
  /** Public origin and trusted proxies (TRADE_PUBLIC_URL, TRUSTED_PROXIES); default: no proxy. */
  proxy?: ProxySettings;
  /** Slugs of the editorial pages anyone may read (service and legal pages); default: none. */
  publicPages?: () => Promise<ReadonlySet<string>>;
}

/**
 * The trade site's request pipeline, in order: the public origin behind a trusted proxy and the
 * same-origin check for form posts (403; the kit's publicOriginMiddleware); Cache-Control on every response (redirects and the
 * 503 page included); the 503 boundary around every backend call; the session; the sign-in guard;
 * the pricing region, for signed-in buyers only; the header's approvals entry (started here, awaited
 * by the layout). `src/middleware.ts` wires it to the backend;
 * tests wire it to fakes.
 */
export function tradeMiddleware(deps: TradeMiddlewareDeps) {
  return sequence(
    publicOriginMiddleware(deps.proxy ?? DIRECT),
    privateNoStore,
    backendUnavailable,
    createSessionMiddleware(deps.lookup),
    authGuard(deps.publicPages),
    regionMiddleware(deps.regions),
    ...(deps.approvalsNav ? [approvalsNavMiddleware(deps.approvalsNav)] : []),
  );
}
