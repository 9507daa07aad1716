/**
 * The conformance suite: backend-agnostic scenarios that every spicecraft backend must pass.
 * Call {@link defineConformance} from a `node --test` file with a backend factory; the scenarios
 * use the golden CSPICE answers and kernels in `fixturesDir` (tests/fixtures in the repository).
 */
import { describe } from "node:test";
import type { SpiceBackend } from "../backend.js";
import { defineKernelScenarios } from "./kernels.js";
import { definePoolScenarios } from "./pool.js";
import { defineRobustnessScenarios } from "./robustness.js";
import { defineStateScenarios } from "./states.js";

/** What the scenarios need from the test file. */
export interface ConformanceOptions {
  /** A label for the backend, e.g. `node`. */
  name: string;
  /** Makes a fresh backend; each scenario disposes what it made. */
  makeBackend: () => Promise<SpiceBackend>;
  /** Folder with `kernels/` and `golden/` (the repository's tests/fixtures). */
  fixturesDir: string;
}

/** Registers every conformance scenario for one backend. */
export function defineConformance(options: ConformanceOptions): void {
  describe(`conformance: ${options.name}`, () => {
    defineKernelScenarios(options);
    definePoolScenarios(options);
    defineRobustnessScenarios(options);
    defineStateScenarios(options);
  });
}

export { withBackend } from "./support.js";
