import { defineMiddlewares } from "@medusajs/framework/http"
import { validateQuery } from "@hybrid/plugin-kit/validate"
import { AdminListEmails } from "./admin/emails/validators"

export default defineMiddlewares({
  routes: [{ matcher: "/admin/emails", methods: ["GET"], middlewares: [validateQuery(AdminListEmails)] }],
})
