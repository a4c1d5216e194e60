import { mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findFreePort } from "./database.ts";
import {
  CommandFailedError,
  ServiceExitedError,
  runToCompletion,
  spawnProcess,
  tailFile,
  waitForHttp,
  readableLogLine,
} from "./services.ts";

const scratch = await mkdtemp(path.join(tmpdir(), "hc-services-"));
afterAll(() => rm(scratch, { recursive: true, force: true }));

const node = (script: string, file: string) => ({
  name: "fixture",
  command: process.execPath,
  args: ["-e", script],
  cwd: scratch,
  env: process.env,
  output: { kind: "file" as const, file: path.join(scratch, file) },
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("spawnProcess", () => {
  it("stops the process and what it forked", async () => {
    // The parent prints the pid of a child it spawned, then both idle.
    const managed = spawnProcess(
      node(
        `const c = require("node:child_process").spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
         console.log("child " + c.pid); setInterval(() => {}, 1000);`,
        "fork.log",
      ),
    );
    let childPid = 0;
    for (let i = 0; i < 50 && !childPid; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      childPid = Number(/child (\d+)/.exec(tailFile(path.join(scratch, "fork.log")))?.[1] ?? 0);
    }
    expect(childPid).toBeGreaterThan(0);
    await managed.stop(2_000);
    expect(managed.hasExited).toBe(true);
    expect(alive(managed.pid)).toBe(false);
    expect(alive(childPid)).toBe(false);
  });

  it("reports a failed command with its log", async () => {
    const failing = runToCompletion(node(`console.error("boom: bad seed"); process.exit(3)`, "fail.log"));
    await expect(failing).rejects.toBeInstanceOf(CommandFailedError);
    await expect(failing).rejects.toThrow("fixture failed: it exited with code 3.");
    expect(tailFile(path.join(scratch, "fail.log"))).toContain("boom: bad seed");
  });
});

describe("waitForHttp", () => {
  it("stops waiting as soon as the service dies", async () => {
    const managed = spawnProcess(node(`setTimeout(() => process.exit(1), 200)`, "dies.log"));
    const port = await findFreePort();
    const started = Date.now();
    await expect(
      waitForHttp(`http://localhost:${port}/health`, { process: managed, timeoutMs: 30_000 }),
    ).rejects.toBeInstanceOf(ServiceExitedError);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("waits until the server answers with a ready status", async () => {
    let calls = 0;
    const server = http.createServer((_request, response) => {
      calls += 1;
      response.statusCode = calls < 3 ? 503 : 200;
      response.end();
    });
    const port = await findFreePort();
    await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
    try {
      await waitForHttp(`http://127.0.0.1:${port}/health`, { timeoutMs: 10_000, isReady: (status) => status === 200 });
      expect(calls).toBe(3);
      await expect(
        waitForHttp(`http://127.0.0.1:${port}/`, { timeoutMs: 1_000, isReady: () => false }),
      ).rejects.toThrow(/did not answer .* within 1 s \(last: HTTP 200\)/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe("readableLogLine", () => {
  it("turns Medusa's JSON log lines into level: message", () => {
    expect(readableLogLine('{"level":"info","message":"Server is ready on port: 9000","timestamp":"t"}')).toBe(
      "info: Server is ready on port: 9000",
    );
  });

  it("keeps the first frames of an error's stack", () => {
    const line = JSON.stringify({
      level: "error",
      message: "boom",
      stack: [{ functionName: "load", fileName: "/a.js", lineNumber: 3 }],
    });
    expect(readableLogLine(line)).toBe("error: boom\n    at load (/a.js:3)");
  });

  it("leaves other output alone", () => {
    expect(readableLogLine("20:48:16 [@astrojs/node] Server listening")).toBe(
      "20:48:16 [@astrojs/node] Server listening",
    );
    expect(readableLogLine("{not json")).toBe("{not json");
    expect(readableLogLine('{"a":1}')).toBe('{"a":1}');
  });
});
