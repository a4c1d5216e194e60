import {
  authenticate,
  defineMiddlewares,
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import express from "express"
import { UPLOADS_ROUTE, resolveUploadDir } from "../lib/platform-config"
import { StoreGetPriceTiers } from "./store/price-tiers/validators"

const serveUploads = express.static(resolveUploadDir(process.env, process.cwd()), {
  fallthrough: false,
  immutable: true,
  maxAge: "7d",
})

export default defineMiddlewares({
  routes: [
    {
      // Uploaded files (product images) live outside the build output; see resolveUploadDir.
      matcher: `${UPLOADS_ROUTE}/*`,
      middlewares: [
        (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
          req.url = req.url.slice(UPLOADS_ROUTE.length)
          serveUploads(req, res, next)
        },
      ],
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
      matcher: "/store/trade/me",
      method: ["GET"],
      middlewares: [authenticate("customer", ["session", "bearer"])],
    },
  ],
})
