import nodemailer, { type Transporter } from "nodemailer"

const transports = new Map<string, Transporter>()

/**
 * The process's SMTP transport for a URL (one connection setup per URL). Timeouts are short so a
 * dead mail server fails an attempt in seconds (it is retried later) instead of holding a request.
 */
export function smtpTransport(url: string): Transporter {
  let transport = transports.get(url)
  if (!transport) {
    transport = nodemailer.createTransport({
      url,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    } as Parameters<typeof nodemailer.createTransport>[0])
    transports.set(url, transport)
  }
  return transport
}

/** One message as the outbox stores and sends it. */
export type OutgoingMessage = { from: string; to: string; subject: string; html: string; text: string }

/** Sends one message; resolves with the server's message id, rejects with the SMTP error. */
export async function sendMessage(url: string, message: OutgoingMessage): Promise<string> {
  const info = await smtpTransport(url).sendMail(message)
  return String(info.messageId ?? "")
}
