export { openBrowser, CHROMIUM_ARGS } from "./browser.ts";
export {
  DEFAULT_DATABASE,
  DEFAULT_EMBEDDED_PG_PORT,
  PortInUseError,
  findFreePort,
  isPortFree,
  startEmbeddedPostgres,
  type EmbeddedPostgresOptions,
  type RunningPostgres,
} from "./database.ts";
export { DEFAULT_PORTS, DEMO_LOGINS, urlsFor, type PlatformUrls, type Ports } from "./platform.ts";
export { findRepoRoot, repoPaths } from "./paths.ts";
