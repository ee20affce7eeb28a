import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The suite as Stryker runs it: the same tests but those that spawn processes or test the
// CLI (which Stryker does not mutate), start a browser or regenerate documents (none of
// them exercises src/ in-process), with a smaller fast-check budget per property.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL("..", import.meta.url)),
    include: ["test/**/*.test.ts"],
    exclude: ["test/cli*.test.ts", "test/browser/**", "test/docs.test.ts", "test/core/tz-digest.test.ts"],
    setupFiles: ["test/stryker.setup.ts"],
    testTimeout: 60_000,
  },
});
