import { describe, expect, it } from "vitest";
import { UsageError, parseCliArgs } from "./cli-args.ts";

describe("parseCliArgs", () => {
  it("builds before start by default", () => {
    expect(parseCliArgs(["start"])).toEqual({ command: "start", build: true, source: false, migrate: false });
  });

  it("skips the build with --no-build", () => {
    expect(parseCliArgs(["start", "--no-build"])).toMatchObject({ command: "start", build: false });
  });

  it("provisions the built backend without building unless asked", () => {
    expect(parseCliArgs(["provision"])).toEqual({ command: "provision", build: false, source: false, migrate: false });
    expect(parseCliArgs(["provision", "--build"])).toMatchObject({ build: true });
    expect(parseCliArgs(["provision", "--source"])).toMatchObject({ source: true });
  });

  it("forces the migration with --migrate on start, dev and provision", () => {
    expect(parseCliArgs(["start", "--migrate"])).toMatchObject({ migrate: true });
    expect(parseCliArgs(["dev", "--migrate"])).toMatchObject({ migrate: true });
    expect(parseCliArgs(["provision", "--migrate"])).toMatchObject({ migrate: true });
    expect(() => parseCliArgs(["reset", "--migrate"])).toThrow(/"reset" does not take --migrate/);
  });

  it("parses dev, reset and help", () => {
    expect(parseCliArgs(["dev"]).command).toBe("dev");
    expect(parseCliArgs(["reset"]).command).toBe("reset");
    expect(parseCliArgs(["--help"]).command).toBe("help");
    expect(parseCliArgs(["start", "-h"]).command).toBe("help");
  });

  it.each([
    [[], /Missing command/],
    [["launch"], /Unknown command "launch"/],
    [["start", "extra"], /Unexpected argument "extra"/],
    [["start", "--turbo"], /Unknown option '--turbo'/],
    [["dev", "--no-build"], /"dev" does not take --no-build/],
    [["reset", "--source"], /"reset" does not take --source/],
  ])("rejects %j", (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});
