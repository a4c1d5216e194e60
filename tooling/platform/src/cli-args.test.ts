import { describe, expect, it } from "vitest";
import { UsageError, parseCliArgs } from "./cli-args.ts";

describe("parseCliArgs", () => {
  it("builds before start by default", () => {
    expect(parseCliArgs(["start"])).toEqual({
      command: "start",
      build: true,
      source: false,
      migrate: false,
      replace: false,
    });
  });

  it("skips the build with --no-build", () => {
    expect(parseCliArgs(["start", "--no-build"])).toMatchObject({ command: "start", build: false });
  });

  it("provisions the built backend without building unless asked", () => {
    expect(parseCliArgs(["provision"])).toEqual({
      command: "provision",
      build: false,
      source: false,
      migrate: false,
      replace: false,
    });
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

  it("parses backup with an optional --out, and restore with its file and --replace", () => {
    expect(parseCliArgs(["backup"])).toMatchObject({ command: "backup", replace: false });
    expect(parseCliArgs(["backup"]).out).toBeUndefined();
    expect(parseCliArgs(["backup", "--out", "/tmp/b.gz"])).toMatchObject({ command: "backup", out: "/tmp/b.gz" });
    expect(parseCliArgs(["restore", "b.gz"])).toMatchObject({ command: "restore", file: "b.gz", replace: false });
    expect(parseCliArgs(["restore", "b.gz", "--replace"])).toMatchObject({ file: "b.gz", replace: true });
  });

  it.each([
    [[], /Missing command/],
    [["restore"], /"restore" needs the backup file/],
    [["restore", "a.gz", "b.gz"], /Unexpected argument "b.gz"/],
    [["backup", "a.gz"], /Unexpected argument "a.gz"/],
    [["backup", "--replace"], /"backup" does not take --replace/],
    [["restore", "a.gz", "--out", "x"], /"restore" does not take --out/],
    [["backup", "--out"], /--out/],
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
