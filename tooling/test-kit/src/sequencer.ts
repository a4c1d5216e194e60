import path from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Spec files that take longest (measured on 2 cores beside the end-to-end suite, December 2026),
 * longest first. Vitest runs the files it has timings for longest first, but a clean clone (CI)
 * has none and it falls back to file size: the partial-install spec (~6 minutes of Medusa boots,
 * 270 lines) then started 11 minutes into the run and kept one worker busy for a minute after the
 * others had finished. Starting the long files first leaves the short ones to fill in at the end.
 */
export const LONGEST_FIRST = [
  "backend/integration-tests/partial-install/partial-install.spec.ts",
  "plugins/company-accounts/integration-tests/http/checkout.spec.ts",
  "plugins/company-accounts/integration-tests/http/authorization-matrix.spec.ts",
  "plugins/approvals/integration-tests/http/approvals.spec.ts",
  "plugins/quotes/integration-tests/http/accept.spec.ts",
  "plugins/company-accounts/integration-tests/http/spending-limits.spec.ts",
  "plugins/company-accounts/integration-tests/http/credit.spec.ts",
  "backend/integration-tests/http/accounts/consumer-accounts.spec.ts",
];

/**
 * Orders the spec files: those in `LONGEST_FIRST` in its order, then the rest as Vitest orders
 * them (timings from an earlier run where it has them, else larger files first).
 */
export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const index = LONGEST_FIRST.indexOf(
        path.relative(spec.project.config.root, spec.moduleId).split(path.sep).join("/"),
      );
      return index === -1 ? LONGEST_FIRST.length : index;
    };
    // Array.prototype.sort is stable: the rest keep Vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
