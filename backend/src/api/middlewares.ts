import {
  authenticate,
  defineMiddlewares,
  validateAndTransformQuery,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { UPLOADS_ROUTE, resolveUploadDir } from "../lib/platform-config"
import { cartExists, lineOfCart, paymentCollectionExists } from "./core-route-guards"
import { contentionAwareErrorHandler } from "./contention"
import { inputAwareErrorHandler, inputGuard } from "./input-guard"
import { ownOrderOnly } from "./store/orders/own-order-only"
import { StoreGetPriceTiers } from "./store/price-tiers/validators"
import { authHardeningMiddlewares } from "./auth/middlewares"
import { keyChannelScope } from "@hybrid/plugin-kit/channel-scope"
import { consumerPricingContext } from "../lib/consumer-pricing"
import { storeAccountMiddlewares } from "./store/account/middlewares"
import { validateBody } from "@hybrid/plugin-kit/validate"
import { passwordResetConfirmThrottle, passwordResetRequestThrottle } from "./store/password-reset/middlewares"
import { StoreConfirmPasswordReset, StoreRequestPasswordReset } from "./store/password-reset/validators"
import { StoreAcceptTerms } from "./store/carts/[id]/terms/validators"

const uploadDir = resolveUploadDir(process.env, process.cwd())

/** Serves a file below uploadDir; `root` makes send() refuse paths that climb out of it. */
function serveUpload(req: MedusaRequest, res: MedusaResponse) {
  const relative = decodeURIComponent(req.path.slice(UPLOADS_ROUTE.length + 1))
  res.sendFile(relative, { root: uploadDir, dotfiles: "deny", maxAge: "7d", immutable: true }, (error) => {
    if (error && !res.headersSent) {
      res.status(404).json({ type: "not_found", message: "File not found" })
    }
  })
}

export default defineMiddlewares({
  // Bad input (NUL, malformed %-encoding, values the database cannot hold) answers 400, never 500;
  // a request that lost a race (a lock, the last units in stock) answers 409 naming what to do.
  errorHandler: contentionAwareErrorHandler(inputAwareErrorHandler()),
  routes: [
    // Sign-in hardening: throttled password endpoints, sign-out, revoked tokens refused (auth/middlewares.ts).
    ...authHardeningMiddlewares,
    {
      // Method-less root matcher: runs before every route, Medusa's own included (see input-guard.ts).
      matcher: "/",
      middlewares: [inputGuard],
    },
    {
      // One identity: outside the Trade channel's key, prices ignore the customer's groups.
      matcher: "/store*",
      middlewares: [consumerPricingContext],
    },
    {
      // A line is deleted only through its own cart (Medusa's route 500s on an unknown cart id).
      matcher: "/store/carts/:id/line-items/:line_id",
      methods: ["DELETE"],
      middlewares: [lineOfCart],
    },
    {
      // Medusa's route 500s on an unknown payment collection id.
      matcher: "/store/payment-collections/:id/payment-sessions",
      methods: ["POST"],
      middlewares: [paymentCollectionExists],
    },
    {
      // Medusa's routes 500 on an unknown cart id.
      matcher: "/store/carts/:id/promotions",
      methods: ["POST", "DELETE"],
      middlewares: [cartExists],
    },
    {
      // Uploaded files (product images) live outside the build output; see resolveUploadDir.
      matcher: `${UPLOADS_ROUTE}/*`,
      method: ["GET", "HEAD"],
      middlewares: [serveUpload],
    },
    {
      matcher: "/store/price-tiers",
      method: ["GET"],
      middlewares: [
        authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
        validateAndTransformQuery(StoreGetPriceTiers, {}),
      ],
    },
    {
      // A registered customer's order only for that customer (guest orders: the id, as in Medusa).
      matcher: "/store/orders/:id",
      method: ["GET"],
      middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }), ownOrderOnly],
    },
    {
      // A cart stays in its publishable key's sales channels, whichever plugins are installed
      // (Medusa checks the key only when the cart is created): 400 naming sales_channel_id.
      matcher: "/store/carts",
      method: ["POST"],
      middlewares: [keyChannelScope],
    },
    {
      matcher: "/store/carts/:id",
      method: ["POST"],
      middlewares: [keyChannelScope],
    },
    // Consumer accounts: verification, deletion, the cart that follows the person.
    ...storeAccountMiddlewares,
    {
      // Password reset for customers of both sites (store/password-reset/route.ts): throttled, then validated.
      matcher: "/store/password-reset",
      method: ["POST"],
      middlewares: [passwordResetRequestThrottle(), validateBody(StoreRequestPasswordReset)],
    },
    {
      // The shopper accepts the site's terms on a cart (store/carts/[id]/terms/route.ts).
      matcher: "/store/carts/:id/terms",
      method: ["POST"],
      middlewares: [validateBody(StoreAcceptTerms)],
    },
    {
      matcher: "/store/password-reset/confirm",
      method: ["POST"],
      middlewares: [passwordResetConfirmThrottle(), validateBody(StoreConfirmPasswordReset)],
    },
    {
      matcher: "/store/trade/me",
      method: ["GET"],
      middlewares: [authenticate("customer", ["session", "bearer"])],
    },
  ],
})
