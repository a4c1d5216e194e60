import { pluginTestConfig } from "@hybrid/platform/plugin-test-config"

// The plugin's unit and module tests; its HTTP specs run in the root integration suite.
export default pluginTestConfig(__dirname)
