import path from "node:path"
import { pluginBuildSetup } from "@hybrid/platform/plugin-build"

// Rebuilds .medusa/server when src/ is newer: the backend the specs boot loads the plugin from there.
export const setup = pluginBuildSetup(path.resolve(__dirname, "../.."), "src/modules/quote/index.js")
