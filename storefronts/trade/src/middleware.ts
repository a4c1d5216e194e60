import { compressResponses, IMAGE_ROUTE, inputGuard, proxySettings } from "@hybrid/storefront-kit";
import type { MiddlewareHandler } from "astro";
import { sequence } from "astro:middleware";
import { TRADE_PUBLIC_URL, TRUSTED_PROXIES } from "astro:env/server";
import { backend } from "./backend";
import { approvalsNavLoader } from "./features/approvals/nav";
import { tradeMiddleware } from "./features/auth/trade-middleware";
import { tradePublicPages } from "./features/content/public-pages";
import { accountLookup } from "./features/session/trade-account";

const site = tradeMiddleware({
  lookup: accountLookup(backend),
  regions: backend,
  approvalsNav: approvalsNavLoader(backend),
  publicPages: tradePublicPages,
  proxy: proxySettings({
    publicUrl: TRADE_PUBLIC_URL ?? "http://localhost:4322",
    publicUrlVariable: "TRADE_PUBLIC_URL",
    trustedProxies: TRUSTED_PROXIES,
  }),
});

/**
 * Product pictures (`/_image`) skip the session, the sign-in guard and the backend calls: the
 * endpoint only makes sizes of files the backend serves to anyone at their upload URL, so it
 * reveals nothing the backend does not, and a page of thumbnails costs no account lookups.
 */
const exceptImages: MiddlewareHandler = (context, next) =>
  context.url.pathname === IMAGE_ROUTE ? next() : site(context, next);

// compressResponses wraps everything (Brotli or gzip when the browser asks); then inputGuard: NUL
// and malformed percent-encoding in path, query or form body answer 400.
export const onRequest = sequence(compressResponses, inputGuard, exceptImages);
