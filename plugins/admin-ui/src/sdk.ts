import Medusa from "@medusajs/js-sdk"

/**
 * The backend's URL without a trailing slash; "" when the admin is served by the backend itself
 * (then relative URLs reach the API). VITE_BACKEND_URL is read when the admin is built.
 */
export const backendBaseUrl = (import.meta.env.VITE_BACKEND_URL || "").replace(/\/$/, "")

/** The admin's JS SDK client, authenticated by the admin user's session cookie; one for every plugin. */
export const sdk = new Medusa({
  baseUrl: backendBaseUrl || "/",
  auth: { type: "session" },
})
