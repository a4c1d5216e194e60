import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { syncSearchIndex } from "../lib/search/index-sync"

/** Every minute: story text in step with `content/` (edits, schedules) and no product missing from the index. */
export default async function searchContentSync(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const handles = await syncSearchIndex(container)
    if (handles.length)
      logger.info(
        `[search] re-indexed ${handles.length} product(s) (story changes or missing documents): ${handles.join(", ")}`
      )
  } catch (error) {
    logger.warn(`[search] story sync failed: ${(error as Error).message}`)
  }
}

export const config = {
  name: "search-content-sync",
  schedule: "* * * * *",
}
