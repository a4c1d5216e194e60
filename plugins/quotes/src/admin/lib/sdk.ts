import Medusa from "@medusajs/js-sdk"

/**
 * The admin's JS SDK client, authenticated by the admin user's session cookie. The admin is served
 * by the backend itself, so "/" reaches the API; VITE_BACKEND_URL (read when the plugin is built) overrides it.
 */
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  auth: { type: "session" },
})
