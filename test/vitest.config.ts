import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Kept under test/ so the top level stays as the design card fixes it.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL("..", import.meta.url)),
    // Used when a run passes --coverage (npm test does in its UTC run).
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      // The CLI is tested by spawning it (test/cli.test.ts), which in-process coverage cannot see.
      exclude: ["src/cli/**"],
      reporter: ["text-summary", "json-summary"],
      reportsDirectory: "coverage",
      thresholds: { lines: 95, branches: 95, functions: 95, statements: 95 },
    },
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          // A test that computes for seconds (the CLI's, the walks over dates) must not fail
          // on a busier machine than ours; speed is asserted where it matters, not by this limit.
          testTimeout: 20_000,
          exclude: ["test/**/*.prop.test.ts"],
        },
      },
      {
        test: {
          name: "prop",
          include: ["test/**/*.prop.test.ts"],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
