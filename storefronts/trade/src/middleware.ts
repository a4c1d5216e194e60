import { compressResponses, inputGuard, proxySettings } from "@hybrid/storefront-kit";
import { sequence } from "astro:middleware";
import { TRADE_PUBLIC_URL, TRUSTED_PROXIES } from "astro:env/server";
import { backend } from "./backend";
import { approvalsNavLoader } from "./features/approvals/nav";
import { tradeMiddleware } from "./features/auth/trade-middleware";
import { tradePublicPages } from "./features/content/public-pages";
import { accountLookup } from "./features/session/trade-account";

// compressResponses wraps everything (Brotli or gzip when the browser asks); then inputGuard: NUL
// and malformed percent-encoding in path, query or form body answer 400.
export const onRequest = sequence(
  compressResponses,
  inputGuard,
  tradeMiddleware({
    lookup: accountLookup(backend),
    regions: backend,
    approvalsNav: approvalsNavLoader(backend),
    publicPages: tradePublicPages,
    proxy: proxySettings({
      publicUrl: TRADE_PUBLIC_URL ?? "http://localhost:4322",
      publicUrlVariable: "TRADE_PUBLIC_URL",
      trustedProxies: TRUSTED_PROXIES,
    }),
  }),
);
