import Medusa from "@medusajs/js-sdk"

/**
 * The admin's JS SDK client, authenticated by the admin user's session cookie. The admin is served
 * by the backend itself, so "/" reaches the API; VITE_BACKEND_URL (read at build) overrides it.
 */
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  auth: { type: "session" },
})

/** The message of a failed request (Medusa answers { message }). */
export function errorMessage(error: unknown): string {
  if (error && typeof error === "object" && "message" in error) {
    return String((error as { message: unknown }).message)
  }
  return String(error)
}
