// The Keystatic admin UI, built from this app's config (rendered client-side only).
import { makePage } from "@keystatic/astro/ui";
import config from "../keystatic.config";

export const Keystatic = makePage(config);
