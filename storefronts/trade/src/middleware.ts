import { backend } from "./backend";
import { tradeMiddleware } from "./features/auth/trade-middleware";
import { accountLookup } from "./features/session/trade-account";

export const onRequest = tradeMiddleware({ lookup: accountLookup(backend), regions: backend });
