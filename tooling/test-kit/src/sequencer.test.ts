import { existsSync } from "node:fs";
import path from "node:path";
import type { TestSpecification } from "vitest/node";
import { describe, expect, it } from "vitest";
import LongestFirstSequencer, { LONGEST_FIRST } from "./sequencer.ts";

const root = path.resolve(import.meta.dirname, "../../..");

/** The least of a spec Vitest's base sequencer and ours read; no earlier timings (a clean clone). */
function spec(file: string): TestSpecification {
  const project = { name: "", config: { root, isolate: false, sequence: { groupOrder: 0 } } };
  return { project, moduleId: path.join(root, file) } as unknown as TestSpecification;
}

function sequencer(): LongestFirstSequencer {
  const ctx = { config: { root }, cache: { getFileTestResults: () => undefined, getFileStats: () => undefined } };
  return new LongestFirstSequencer(ctx as never);
}

describe("the integration suite's order", () => {
  it("names only spec files that exist (a renamed file would silently lose its place)", () => {
    expect(LONGEST_FIRST.filter((file) => !existsSync(path.join(root, file)))).toEqual([]);
  });

  it("starts the longest files first, in their order, and keeps the others' order after them", async () => {
    const others = [
      "backend/integration-tests/http/auth/revocation.spec.ts",
      "plugins/quotes/integration-tests/http/fuzz.spec.ts",
    ];
    const files = [others[0], LONGEST_FIRST[2], others[1], LONGEST_FIRST[0]].map(spec);
    const sorted = await sequencer().sort(files);
    expect(sorted.map((s) => path.relative(root, s.moduleId))).toEqual([LONGEST_FIRST[0], LONGEST_FIRST[2], ...others]);
  });
});
