import { existsSync } from "node:fs";
import { chromium, type Browser, type LaunchOptions } from "playwright-core";

/** Flags for Debian's chromium in containers and CI: no sandbox, no GPU, no background traffic. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
] as const;

export function chromiumExecutablePath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH || "/usr/bin/chromium";
}

/**
 * A headless Chromium (the system one; nothing is downloaded) driven by playwright-core.
 * Close it in afterAll. `options` are passed to chromium.launch after the defaults.
 */
export async function openBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const executablePath = chromiumExecutablePath();
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium is not installed at ${executablePath}. Install it with \`apt-get install -y chromium\` ` +
        `(or set CHROMIUM_PATH to a Chromium binary).`,
    );
  }
  return chromium.launch({
    executablePath,
    headless: true,
    ...options,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
}
