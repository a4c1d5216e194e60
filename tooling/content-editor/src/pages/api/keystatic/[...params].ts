/**
 * Keystatic's local-mode API over the shared content folder (reads the tree, reads and writes
 * files). Keystatic refuses paths outside the collections' folders and any `..`.
 */
import { makeHandler } from "@keystatic/astro/api";
import config from "../../../../keystatic.config";
import { CONTENT_ROOT } from "../../../content-root";

export const prerender = false;
export const ALL = makeHandler({ config, localBaseDirectory: CONTENT_ROOT } as Parameters<typeof makeHandler>[0]);
