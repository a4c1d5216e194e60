/** The shared content folder the editor reads and writes (the @hybrid/content package). */
import { PACKAGE_ROOT } from "@hybrid/content/layout.ts";

/** HC_CONTENT_DIR, the variable the sites and the backend read too (HC_CONTENT_ROOT: its older name). */
export const CONTENT_ROOT = process.env.HC_CONTENT_DIR || process.env.HC_CONTENT_ROOT || PACKAGE_ROOT;
