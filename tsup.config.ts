import { defineConfig } from "tsup";
import { buildAssets } from "./docs/tools/build-assets.js";

const areas = {
  index: "src/index.ts",
  ot: "src/ot/index.ts",
  consent: "src/consent/index.ts",
  outreach: "src/outreach/index.ts",
  nav: "src/nav/index.ts",
  "locale/nb": "src/locale/nb.ts",
  "locale/nn": "src/locale/nn.ts",
  "locale/en": "src/locale/en.ts",
};

export default defineConfig([
  {
    // ESM, one file per source module, so a bundler keeps only what a caller imports
    // (`sideEffects: false` lets it drop whole modules).
    entry: ["src/**/*.ts", "!src/cli/**", "!src/conformance/**"],
    format: ["esm"],
    bundle: false,
    dts: false,
    clean: false,
    target: "es2022",
    outDir: "dist/esm",
  },
  {
    // CommonJS, bundled per entry with shared chunks (one copy of the core, one error class),
    // with its type declarations (.d.cts).
    entry: { ...areas, conformance: "src/conformance/index.ts" },
    format: ["cjs"],
    dts: true,
    splitting: true,
    treeshake: true,
    clean: false,
    target: "es2022",
    outDir: "dist",
    // The vectors, their schema and the input schemas, as JSON for other languages.
    onSuccess: async () => buildAssets(),
  },
  {
    // The type declarations for ESM (.d.ts), next to the CommonJS ones.
    entry: { ...areas, conformance: "src/conformance/index.ts" },
    format: ["esm"],
    dts: { only: true },
    clean: false,
    outDir: "dist",
  },
  {
    // The conformance suite for ESM, bundled with its JSON vectors.
    entry: { conformance: "src/conformance/index.ts" },
    format: ["esm"],
    dts: false,
    splitting: false,
    treeshake: true,
    clean: false,
    target: "es2022",
    outDir: "dist",
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
