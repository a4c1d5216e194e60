import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreAcceptInvite } from "./validators"

/** Accepting creates an account (public: the invite token is the credential); joining adds a company to the signed-in person's. */
export const storeInvitesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/invites/:token/accept",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(StoreAcceptInvite)],
  },
  {
    matcher: "/store/invites/:token/join",
    methods: ["POST"],
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
]
