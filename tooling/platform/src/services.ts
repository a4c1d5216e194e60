import { spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, createWriteStream, mkdirSync, readFileSync, type WriteStream } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

/** Where a child's output goes. */
export type OutputTarget =
  /** Each line printed to our stdout, prefixed with the service name (`npm start`, `npm run dev`). */
  | { kind: "prefix"; label: string }
  /** Everything appended to a file (e2e, so test output stays readable). */
  | { kind: "file"; file: string }
  /** The child writes straight to our terminal (turbo's progress output). */
  | { kind: "inherit" };

export interface ProcessSpec {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  output: OutputTarget;
}

export interface ExitResult {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ManagedProcess {
  name: string;
  pid: number;
  child: ChildProcess;
  /** Log file when output.kind === "file". */
  logFile?: string;
  /** Resolves once the process has exited (never rejects). */
  exited: Promise<ExitResult>;
  readonly hasExited: boolean;
  /** SIGTERM to the process group, SIGKILL after `graceMs`; resolves when it is gone. */
  stop(graceMs?: number): Promise<void>;
}

const COLORS = [36, 35, 33, 32, 34, 31];
const useColor = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
let colorIndex = 0;
const labelColors = new Map<string, number>();

export function formatPrefix(label: string, width = 9): string {
  const padded = label.padEnd(width);
  if (!useColor) return `${padded}| `;
  let color = labelColors.get(label);
  if (color === undefined) {
    color = COLORS[colorIndex++ % COLORS.length]!;
    labelColors.set(label, color);
  }
  return `\u001b[${color}m${padded}|\u001b[0m `;
}

/**
 * Medusa logs one JSON object per line outside NODE_ENV=development; in the launcher's prefixed
 * output show them as "level: message" (plus the stack of errors), everything else as is.
 */
export function readableLogLine(line: string): string {
  if (!line.startsWith("{")) return line;
  try {
    const entry = JSON.parse(line) as { level?: string; message?: unknown; stack?: unknown };
    if (typeof entry.level !== "string" || entry.message === undefined) return line;
    const message = typeof entry.message === "string" ? entry.message : JSON.stringify(entry.message);
    const stack = Array.isArray(entry.stack)
      ? entry.stack
          .slice(0, 5)
          .map(
            (frame: { fileName?: string; lineNumber?: number; functionName?: string }) =>
              `\n    at ${frame.functionName ?? "<anonymous>"} (${frame.fileName}:${frame.lineNumber})`,
          )
          .join("")
      : "";
    return `${entry.level}: ${message}${stack}`;
  } catch {
    return line;
  }
}

/** Writes one line of the launcher's own to where a child's output would go. */
export function writeLine(target: OutputTarget, line: string): void {
  if (target.kind === "prefix") process.stdout.write(`${formatPrefix(target.label)}${line}\n`);
  else if (target.kind === "file") {
    mkdirSync(path.dirname(target.file), { recursive: true });
    appendFileSync(target.file, `${line}\n`);
  } else process.stdout.write(`${line}\n`);
}

function pipeLines(stream: NodeJS.ReadableStream, write: (line: string) => void): void {
  let pending = "";
  stream.setEncoding("utf8");
  stream.on("data", (chunk: string) => {
    pending += chunk;
    const lines = pending.split(/\r?\n/);
    pending = lines.pop() ?? "";
    for (const line of lines) write(line);
  });
  stream.on("end", () => {
    if (pending) write(pending);
    pending = "";
  });
}

function groupIsAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

/**
 * Spawns a child in its own process group, so stopping it also stops what it forked
 * (`medusa develop` forks the server; turbo runs npm scripts). Terminal Ctrl-C does not reach it
 * directly: the launcher decides the shutdown order.
 */
async function flushOutput(child: ChildProcess, logStream: WriteStream | undefined): Promise<void> {
  const ended = (stream: NodeJS.ReadableStream | null) =>
    !stream || (stream as { readableEnded?: boolean }).readableEnded
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          stream.once("end", resolve);
          stream.once("close", resolve);
        });
  await Promise.race([Promise.all([ended(child.stdout), ended(child.stderr)]), sleep(2000, undefined, { ref: false })]);
  if (logStream && !logStream.writableEnded) {
    await new Promise<void>((resolve) => logStream.end(resolve));
  }
}

export function spawnProcess(spec: ProcessSpec): ManagedProcess {
  const inherit = spec.output.kind === "inherit";
  let logStream: WriteStream | undefined;
  if (spec.output.kind === "file") {
    mkdirSync(path.dirname(spec.output.file), { recursive: true });
    logStream = createWriteStream(spec.output.file, { flags: "a" });
    logStream.write(`\n=== ${new Date().toISOString()} ${spec.command} ${spec.args.join(" ")} (cwd ${spec.cwd})\n`);
  }
  const env = { ...spec.env };
  if (spec.output.kind === "prefix" && useColor && env.FORCE_COLOR === undefined) env.FORCE_COLOR = "1";

  const child = spawn(spec.command, spec.args, {
    cwd: spec.cwd,
    env,
    // The inherited one stays in our group so a terminal Ctrl-C reaches it like any foreground tool.
    detached: !inherit,
    stdio: inherit ? "inherit" : ["ignore", "pipe", "pipe"],
  });

  if (spec.output.kind === "prefix") {
    const prefix = formatPrefix(spec.output.label);
    const write = (line: string) => process.stdout.write(`${prefix}${readableLogLine(line)}\n`);
    pipeLines(child.stdout!, write);
    pipeLines(child.stderr!, write);
  } else if (logStream) {
    child.stdout!.pipe(logStream, { end: false });
    child.stderr!.pipe(logStream, { end: false });
  }

  let hasExited = false;
  const exited = new Promise<ExitResult>((resolve) => {
    child.once("error", (error) => {
      hasExited = true;
      logStream?.write(`\n[launcher] could not start ${spec.command}: ${error.message}\n`);
      resolve({ code: 127, signal: null });
    });
    child.once("exit", (code, signal) => {
      hasExited = true;
      // "exit" can come before the last output is read from the pipes: the result waits until
      // both pipes ended (at most 2 s: a forked child may hold them open) and the log is written.
      void flushOutput(child, logStream).then(() => resolve({ code, signal }));
    });
  });

  const pid = child.pid ?? -1;
  let stopping: Promise<void> | undefined;
  const managed: ManagedProcess = {
    name: spec.name,
    pid,
    child,
    logFile: spec.output.kind === "file" ? spec.output.file : undefined,
    exited,
    get hasExited() {
      return hasExited;
    },
    stop(graceMs = 10_000) {
      stopping ??= (async () => {
        if (pid <= 0) return;
        const kill = (signal: NodeJS.Signals) => (inherit ? child.kill(signal) : signalGroup(pid, signal));
        if (!hasExited) kill("SIGTERM");
        const deadline = Date.now() + graceMs;
        // Wait for the leader, then for anything it forked that is still in its group.
        while (Date.now() < deadline && (!hasExited || (!inherit && groupIsAlive(pid)))) await sleep(100);
        if (!hasExited || (!inherit && groupIsAlive(pid))) {
          kill("SIGKILL");
          await exited;
        }
      })();
      return stopping;
    },
  };
  return managed;
}

export class CommandFailedError extends Error {
  readonly exit: ExitResult;
  readonly logFile?: string;
  constructor(name: string, exit: ExitResult, logFile?: string) {
    const how = exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
    super(`${name} failed: it ${how}.${logFile ? ` Log: ${logFile}` : ""}`);
    this.name = "CommandFailedError";
    this.exit = exit;
    this.logFile = logFile;
  }
}

/** Runs a command to completion; rejects with CommandFailedError on a non-zero exit. */
export async function runToCompletion(
  spec: ProcessSpec,
  track?: (process: ManagedProcess) => () => void,
): Promise<void> {
  const running = spawnProcess(spec);
  const untrack = track?.(running);
  const exit = await running.exited;
  untrack?.();
  if (exit.code !== 0) throw new CommandFailedError(spec.name, exit, running.logFile);
}

export class ServiceExitedError extends Error {
  readonly service: string;
  constructor(service: string, exit: ExitResult) {
    const how = exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
    super(`${service} ${how} before it was ready.`);
    this.name = "ServiceExitedError";
    this.service = service;
  }
}

export interface WaitForHttpOptions {
  /** The process that should answer; waiting stops as soon as it exits. */
  process?: ManagedProcess;
  timeoutMs?: number;
  /** Which statuses mean "ready". Default: any answer below 500. */
  isReady?: (status: number) => boolean;
  /** Called about every 5 s while waiting, with the seconds waited so far. */
  onWaiting?: (seconds: number) => void;
}

/** Polls `url` until it answers (redirects count as answers, they are not followed). */
export async function waitForHttp(url: string, options: WaitForHttpOptions = {}): Promise<void> {
  const { timeoutMs = 180_000, isReady = (status) => status < 500 } = options;
  const started = Date.now();
  let lastReport = started;
  let lastProblem = "no answer yet";
  for (;;) {
    if (options.process?.hasExited) throw new ServiceExitedError(options.process.name, await options.process.exited);
    try {
      const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5_000) });
      await response.body?.cancel();
      if (isReady(response.status)) return;
      lastProblem = `HTTP ${response.status}`;
    } catch (error) {
      lastProblem = (error as Error).cause
        ? String(((error as Error).cause as Error).message ?? (error as Error).cause)
        : (error as Error).message;
    }
    const now = Date.now();
    if (now - started > timeoutMs) {
      throw new Error(
        `${options.process?.name ?? url} did not answer ${url} within ${Math.round(timeoutMs / 1000)} s (last: ${lastProblem}).`,
      );
    }
    if (options.onWaiting && now - lastReport >= 5_000) {
      lastReport = now;
      options.onWaiting(Math.round((now - started) / 1000));
    }
    await sleep(500);
  }
}

/** The last `lines` lines of a log file ("" when it cannot be read). */
export function tailFile(file: string, lines = 40): string {
  try {
    const text = readFileSync(file, "utf8").trimEnd();
    return text.split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
}
