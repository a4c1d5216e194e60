import { proxySettings } from "@hybrid/storefront-kit";
import { TRADE_PUBLIC_URL, TRUSTED_PROXIES } from "astro:env/server";
import { backend } from "./backend";
import { approvalsNavLoader } from "./features/approvals/nav";
import { tradeMiddleware } from "./features/auth/trade-middleware";
import { accountLookup } from "./features/session/trade-account";

export const onRequest = tradeMiddleware({
  lookup: accountLookup(backend),
  regions: backend,
  approvalsNav: approvalsNavLoader(backend),
  proxy: proxySettings({
    publicUrl: TRADE_PUBLIC_URL ?? "http://localhost:4322",
    publicUrlVariable: "TRADE_PUBLIC_URL",
    trustedProxies: TRUSTED_PROXIES,
  }),
});
