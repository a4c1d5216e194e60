import { footerPages } from "@hybrid/content";
import { allPages } from "./live";

/**
 * The slugs of the service and legal pages the trade site shows at `now` (contact, shipping and
 * returns, privacy, trade terms, imprint: `footer` in their frontmatter). They are public: a
 * business reads the terms, the privacy notice and the imprint before it applies for an account.
 * Every other editorial page still needs a signed-in buyer.
 */
export async function tradePublicPages(now = new Date()): Promise<ReadonlySet<string>> {
  const { help, legal } = footerPages(await allPages(), "trade", { now });
  return new Set([...help, ...legal].map((page) => page.id));
}
