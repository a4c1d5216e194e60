import { Module } from "@medusajs/framework/utils"
import { INSIGHTS_MODULE } from "../../constants"
import ensureIndexesLoader from "./loaders/ensure-indexes"
import InsightsModuleService from "./service"

export { INSIGHTS_MODULE }
export type { InsightsModuleService }

/** The `insights` module: the dashboard's and the 360 views' queries. It owns no tables. */
export default Module(INSIGHTS_MODULE, { service: InsightsModuleService, loaders: [ensureIndexesLoader] })
