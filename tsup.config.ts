import { defineConfig } from "tsup";
import { buildAssets } from "./docs/tools/build-assets.js";

export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      ot: "src/ot/index.ts",
      consent: "src/consent/index.ts",
      outreach: "src/outreach/index.ts",
      nav: "src/nav/index.ts",
      conformance: "src/conformance/index.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    // Shared chunks, so `ungrett` and its subpaths share one copy of the core (one error class).
    splitting: true,
    treeshake: true,
    sourcemap: false,
    clean: false,
    target: "es2022",
    outDir: "dist",
    // The vectors, their schema and the input schemas, as JSON for other languages.
    onSuccess: async () => buildAssets(),
  },
  {
    // The command line: ESM only, with its shebang, bundling the library it calls.
    entry: { cli: "src/cli/index.ts" },
    format: ["esm"],
    dts: false,
    splitting: false,
    treeshake: true,
    clean: false,
    target: "node20",
    outDir: "dist",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
