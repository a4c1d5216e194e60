import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { contentOverview } from "../../../lib/content-overview"

/**
 * GET /admin/content — the shared content both sites read (stories and pages), each with the state
 * the sites give it now (invalid, draft, scheduled, live, expired), its sites, the problems that
 * keep an invalid entry off them, a link into the content editor and, while it is live, its
 * addresses on each site: `{ editor_url, entries, counts }`. Admin users only (every /admin route).
 */
export async function GET(_req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.set("cache-control", "no-store")
  res.json(await contentOverview(new Date()))
}
