import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { pluginOptions } from "../../../lib/options"

/** The plugin's options (medusa-config.ts, with defaults) for workflow bodies. Reads only. */
export const resolveQuoteOptionsStep = createStep("resolve-quote-options", async (_: void, { container }) => {
  return new StepResponse(pluginOptions(container))
})
