import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    ot: "src/ot/index.ts",
    consent: "src/consent/index.ts",
    outreach: "src/outreach/index.ts",
    nav: "src/nav/index.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  // Shared chunks, so `ungrett` and `ungrett/ot` share one copy of the core (one error class).
  splitting: true,
  treeshake: true,
  sourcemap: false,
  clean: true,
  target: "es2022",
  outDir: "dist",
});
