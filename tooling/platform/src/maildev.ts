import { isPortFree } from "./database.ts";
import { resolveBinScript, type RepoPaths } from "./paths.ts";
import { baseChildEnv } from "./platform.ts";
import { spawnProcess, waitForHttp, type ManagedProcess, type OutputTarget } from "./services.ts";

/**
 * The local mail catcher `npm start` / `npm run dev` run when SMTP_URL is not set: MailDev (npm
 * `maildev`), SMTP on 1025 and the web inbox on 1080 (MAILDEV_SMTP_PORT / MAILDEV_WEB_PORT), both
 * on loopback only. The backend gets SMTP_URL pointing at it, so every email the platform sends
 * lands in the inbox. The e2e harness starts one on free ports and reads its REST API.
 */
export const DEFAULT_MAIL_PORTS = { smtp: 1025, web: 1080 } as const;

export type MailPorts = { smtp: number; web: number };

export type MailCatcher = {
  /** For the backend's SMTP_URL. */
  smtpUrl: string;
  /** The web inbox, for people. */
  inboxUrl: string;
  /** MailDev's REST API (`GET <apiUrl>/email`: every message, with `to`, `subject`, `html`, `text`). */
  apiUrl: string;
  process: ManagedProcess;
};

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535)
    throw new Error(`${name} must be a port number (got "${raw}")`);
  return value;
}

export function mailPortsFromEnv(env: NodeJS.ProcessEnv = process.env): MailPorts {
  return {
    smtp: port(env, "MAILDEV_SMTP_PORT", DEFAULT_MAIL_PORTS.smtp),
    web: port(env, "MAILDEV_WEB_PORT", DEFAULT_MAIL_PORTS.web),
  };
}

/** Starts MailDev and waits until its API answers; the caller's `track` stops it with the platform. */
export async function startMailDev(options: {
  paths: RepoPaths;
  ports: MailPorts;
  output: OutputTarget;
  track: (process: ManagedProcess) => () => void;
}): Promise<MailCatcher> {
  const { paths, ports } = options;
  for (const [what, value] of [
    ["SMTP", ports.smtp],
    ["web inbox", ports.web],
  ] as const) {
    if (!(await isPortFree(value))) {
      throw new Error(
        `Port ${value} (MailDev ${what}) is already in use. Stop the program using it, set MAILDEV_SMTP_PORT / ` +
          "MAILDEV_WEB_PORT to other ports, or set SMTP_URL to use your own mail server.",
      );
    }
  }
  const managed = spawnProcess({
    name: "maildev",
    command: process.execPath,
    args: [
      resolveBinScript(paths, "maildev"),
      "--smtp",
      String(ports.smtp),
      "--ip",
      "127.0.0.1",
      "--web",
      String(ports.web),
      "--web-ip",
      "127.0.0.1",
    ],
    cwd: paths.root,
    env: baseChildEnv(paths),
    output: options.output,
  });
  options.track(managed);
  const apiUrl = `http://127.0.0.1:${ports.web}/api`;
  await waitForHttp(`${apiUrl}/healthz`, { process: managed, timeoutMs: 30_000, isReady: (status) => status === 200 });
  return {
    smtpUrl: `smtp://127.0.0.1:${ports.smtp}`,
    inboxUrl: `http://localhost:${ports.web}`,
    apiUrl,
    process: managed,
  };
}
