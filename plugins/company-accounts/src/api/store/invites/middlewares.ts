import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreAcceptInvite } from "./validators"

/** Public: the invite token is the credential. */
export const storeInvitesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/invites/:token/accept",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(StoreAcceptInvite)],
  },
]
