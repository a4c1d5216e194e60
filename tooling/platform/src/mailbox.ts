import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/**
 * A mail catcher for tests: a real SMTP server (smtp-server) on a free loopback port that keeps
 * every message it accepts, decoded into subject, text and HTML, and can be told to refuse the
 * next messages (a temporary 451, as a mail server that is down for a moment answers), so tests
 * read what the platform really delivered and see how it copes with a failing server.
 */
export type ReceivedMail = {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
};

export type Mailbox = {
  /** `smtp://127.0.0.1:<port>`, for SMTP_URL. */
  url: string;
  port: number;
  /** Every accepted message, oldest first. */
  messages: ReceivedMail[];
  /** Messages to one address (case-insensitive), oldest first. */
  to(address: string): ReceivedMail[];
  /** Resolves with the first message (oldest first) matching `match`, waiting up to `timeoutMs`. */
  waitFor(match: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  /** The next `count` messages are refused with `451 <reason>`. */
  refuseNext(count: number, reason?: string): void;
  close(): Promise<void>;
};

function unfoldHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let last = "";
  for (const line of block.split(/\r?\n/)) {
    if (/^\s/.test(line) && last) {
      headers[last] += ` ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(":");
    if (colon > 0) {
      last = line.slice(0, colon).trim().toLowerCase();
      headers[last] = line.slice(colon + 1).trim();
    }
  }
  return headers;
}

function decodeQuotedPrintable(body: string): string {
  const bytes: number[] = [];
  const soft = body.replace(/=\r?\n/g, "");
  for (let i = 0; i < soft.length; i++) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(soft[i]!, "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

function decodeBody(body: string, encoding = ""): string {
  const kind = encoding.toLowerCase();
  if (kind === "quoted-printable") return decodeQuotedPrintable(body);
  if (kind === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  return body;
}

/** RFC 2047 encoded words in a header (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`). */
function decodeWords(value: string): string {
  return value.replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=\s*/g, (_, _charset: string, kind: string, text: string) =>
    kind.toUpperCase() === "B"
      ? Buffer.from(text, "base64").toString("utf8")
      : decodeQuotedPrintable(text.replace(/_/g, " ")),
  );
}

type Part = { headers: Record<string, string>; body: string };

function parts(raw: string): Part[] {
  const split = raw.search(/\r?\n\r?\n/);
  const headers = unfoldHeaders(split < 0 ? raw : raw.slice(0, split));
  const body = split < 0 ? "" : raw.slice(split).replace(/^\r?\n\r?\n/, "");
  const boundary = /boundary="?([^";]+)"?/i.exec(headers["content-type"] ?? "")?.[1];
  if (!boundary || !/^multipart\//i.test(headers["content-type"] ?? "")) {
    return [{ headers, body }];
  }
  return body
    .split(`--${boundary}`)
    .slice(1)
    .filter((chunk) => !chunk.startsWith("--"))
    .flatMap((chunk) => parts(chunk.replace(/^\r?\n/, "")));
}

/** Decodes a message as nodemailer writes it (single part or nested multipart, QP/base64/7bit). */
export function parseMail(raw: string, envelope: { from: string; to: string[] }): ReceivedMail {
  const split = raw.search(/\r?\n\r?\n/);
  const headers = unfoldHeaders(split < 0 ? raw : raw.slice(0, split));
  const mail: ReceivedMail = {
    from: envelope.from,
    to: envelope.to,
    subject: decodeWords(headers.subject ?? ""),
    text: "",
    html: "",
    headers,
  };
  for (const part of parts(raw)) {
    const type = (part.headers["content-type"] ?? "text/plain").toLowerCase();
    const decoded = decodeBody(part.body, part.headers["content-transfer-encoding"]).replace(/\r\n/g, "\n");
    if (type.startsWith("text/html")) mail.html ||= decoded;
    else if (type.startsWith("text/plain")) mail.text ||= decoded;
  }
  return mail;
}

/** Starts a mailbox on a free loopback port (`port: 0`) or the given one. */
export async function startMailbox(options: { port?: number } = {}): Promise<Mailbox> {
  const messages: ReceivedMail[] = [];
  let refusals: { count: number; reason: string } = { count: 0, reason: "" };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (refusals.count > 0) {
          refusals = { ...refusals, count: refusals.count - 1 };
          const error = new Error(refusals.reason) as Error & { responseCode: number };
          error.responseCode = 451;
          callback(error);
          return;
        }
        const envelope = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
        };
        messages.push(parseMail(Buffer.concat(chunks).toString("utf8"), envelope));
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  const to = (address: string) =>
    messages.filter((mail) => mail.to.some((rcpt) => rcpt.toLowerCase() === address.toLowerCase()));
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    to,
    async waitFor(match, timeoutMs = 15_000) {
      const started = Date.now();
      for (;;) {
        const found = messages.find(match);
        if (found) return found;
        if (Date.now() - started > timeoutMs) {
          throw new Error(
            `no matching email within ${timeoutMs} ms; received: ${messages.map((m) => `${m.to.join(",")}: ${m.subject}`).join(" | ") || "none"}`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    refuseNext(count, reason = "Mail server busy, try again later") {
      refusals = { count, reason };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
