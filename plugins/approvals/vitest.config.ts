import { pluginTestConfig } from "@hybrid/platform/plugin-test-config"

// Unit tests and integration specs booting the backend with this plugin (see the function).
export default pluginTestConfig(__dirname, "approvals")
