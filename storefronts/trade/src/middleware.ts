import { backend } from "./backend";
import { approvalsNavLoader } from "./features/approvals/nav";
import { tradeMiddleware } from "./features/auth/trade-middleware";
import { accountLookup } from "./features/session/trade-account";

export const onRequest = tradeMiddleware({
  lookup: accountLookup(backend),
  regions: backend,
  approvalsNav: approvalsNavLoader(backend),
});
