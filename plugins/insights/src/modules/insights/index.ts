import { Module } from "@medusajs/framework/utils"
import { INSIGHTS_MODULE } from "../../constants"
import InsightsModuleService from "./service"

export { INSIGHTS_MODULE }
export type { InsightsModuleService }

/**
 * The `insights` module: the dashboard's and the 360 views' queries. It owns no tables; the indexes
 * its queries need on other modules' tables come from the plugin's migration script.
 */
export default Module(INSIGHTS_MODULE, { service: InsightsModuleService })
