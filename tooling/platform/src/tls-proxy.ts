/**
 * A TLS-terminating reverse proxy for end-to-end tests of "deployment behind a proxy": it answers
 * https with a throwaway self-signed certificate and forwards every request over plain http to
 * `target`, the way nginx or a load balancer does: `Host` becomes the upstream's, and
 * `X-Forwarded-Proto: https`, `X-Forwarded-Host` (the Host the browser asked for) and
 * `X-Forwarded-For` are set, replacing whatever the client sent. Bodies and status codes (redirects
 * and Set-Cookie included) pass through unchanged. Test tooling only.
 */
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { generate } from "selfsigned";

export interface TlsProxy {
  /** The port it listens on (127.0.0.1). */
  port: number;
  /** The certificate it serves (PEM), for clients that want to trust it instead of ignoring errors. */
  certificate: string;
  close(): Promise<void>;
}

export interface TlsProxyOptions {
  /** Upstream origin, e.g. "http://127.0.0.1:4322". */
  target: string;
  /** Host names the certificate is issued for (the public host of the test). */
  hostnames: string[];
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
}

const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "transfer-encoding",
  "upgrade",
  "te",
  "trailer",
  "host",
  "x-forwarded-proto",
  "x-forwarded-host",
  "x-forwarded-for",
  "x-forwarded-port",
  "forwarded",
]);

export async function startTlsProxy(options: TlsProxyOptions): Promise<TlsProxy> {
  const target = new URL(options.target);
  const pems = await generate([{ name: "commonName", value: options.hostnames[0] ?? "localhost" }], {
    keyType: "ec",
    notAfterDate: new Date(Date.now() + 24 * 60 * 60 * 1000),
    extensions: [
      {
        name: "subjectAltName",
        altNames: [
          ...options.hostnames.map((value) => ({ type: 2 as const, value })),
          { type: 7 as const, ip: "127.0.0.1" },
        ],
      },
    ],
  });

  const server = https.createServer({ key: pems.private, cert: pems.cert }, (incoming, outgoing) => {
    const headers: http.OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (!HOP_BY_HOP.has(name) && value !== undefined) headers[name] = value;
    }
    headers.host = target.host;
    headers["x-forwarded-proto"] = "https";
    headers["x-forwarded-host"] = incoming.headers.host ?? "";
    headers["x-forwarded-for"] = incoming.socket.remoteAddress ?? "";
    const upstream = http.request(
      { hostname: target.hostname, port: target.port, method: incoming.method, path: incoming.url, headers },
      (answer) => {
        const answerHeaders: http.OutgoingHttpHeaders = {};
        for (const [name, value] of Object.entries(answer.headers)) {
          if (!["connection", "keep-alive", "transfer-encoding"].includes(name) && value !== undefined)
            answerHeaders[name] = value;
        }
        outgoing.writeHead(answer.statusCode ?? 502, answer.statusMessage, answerHeaders);
        answer.pipe(outgoing);
      },
    );
    upstream.on("error", (error) => {
      if (!outgoing.headersSent) outgoing.writeHead(502, { "content-type": "text/plain" });
      outgoing.end(`Bad gateway: ${error.message}`);
    });
    incoming.pipe(upstream);
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    certificate: pems.cert,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
