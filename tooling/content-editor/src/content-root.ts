/** The shared content folder the editor reads and writes (the @hybrid/content package). */
import { PACKAGE_ROOT } from "@hybrid/content/layout.ts";

export const CONTENT_ROOT = process.env.HC_CONTENT_ROOT || PACKAGE_ROOT;
