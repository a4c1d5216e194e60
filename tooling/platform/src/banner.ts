import { DEMO_LOGINS, type PlatformUrls } from "./platform.ts";

export interface BannerInfo {
  urls: PlatformUrls;
  /** NODE_ENV the backend runs with; demo accounts exist only outside production. */
  nodeEnv: string;
  database: string;
  mode: "start" | "dev";
  /** MailDev's web inbox when the launcher started it; undefined when SMTP_URL sends real email. */
  mailInbox?: string;
  /** The content editor's address, when the launcher started it. */
  contentEditor?: string;
}

/** Draws lines in a box (plain ASCII width: the URLs and logins are ASCII). */
export function box(lines: string[]): string {
  const width = Math.max(...lines.map((line) => line.length));
  const edge = "─".repeat(width + 4);
  return [`┌${edge}┐`, ...lines.map((line) => `│  ${line.padEnd(width)}  │`), `└${edge}┘`].join("\n");
}

/** The box printed once everything answers: where to go and how to sign in. */
export function readyBanner({ urls, nodeEnv, database, mode, mailInbox, contentEditor }: BannerInfo): string {
  const lines = [
    mode === "dev" ? "Hybrid Commerce is running (development, reloads on change)" : "Hybrid Commerce is running",
    "",
    `Admin dashboard   ${urls.adminUrl}`,
    `Consumer site     ${urls.consumerUrl}`,
    `Trade site        ${urls.tradeUrl}`,
    `Store/Admin API   ${urls.backendUrl}`,
    mailInbox ? `Mail inbox        ${mailInbox}` : "Email             sent to SMTP_URL",
    ...(contentEditor ? [`Content editor    ${contentEditor}  (publishes to both sites)`] : []),
    "",
  ];
  if (nodeEnv === "production") {
    lines.push("NODE_ENV=production: no demo accounts are created.");
  } else {
    lines.push(
      "Demo logins",
      `  Admin          ${DEMO_LOGINS.admin.email} / ${DEMO_LOGINS.admin.password}`,
      `  Trade buyer    ${DEMO_LOGINS.tradeBuyer.email} / ${DEMO_LOGINS.tradeBuyer.password}`,
      `  Consumer       ${DEMO_LOGINS.consumer.email} / ${DEMO_LOGINS.consumer.password}`,
    );
  }
  lines.push("", `Database: ${database}`, "Press Ctrl-C to stop.");
  return box(lines);
}
