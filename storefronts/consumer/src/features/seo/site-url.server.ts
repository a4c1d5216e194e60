/** The consumer site's public origin (CONSUMER_PUBLIC_URL, read at run time; localhost by default). */
import { CONSUMER_PUBLIC_URL } from "astro:env/server";

export const DEFAULT_PUBLIC_URL = "http://localhost:4321";

export function publicOrigin(): string {
  return (CONSUMER_PUBLIC_URL || DEFAULT_PUBLIC_URL).replace(/\/+$/, "");
}
