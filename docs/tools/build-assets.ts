/**
 * After tsup: copies the conformance vectors and their schema into dist/conformance/ and
 * writes the JSON Schemas of every public function's input and options into dist/schemas/,
 * generated from the zod schemas, so teams in other languages can use them without JavaScript.
 */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { inputJsonSchema, optionsJsonSchema } from "../../src/conformance/json-schemas.js";
import { FUNCTIONS } from "../../src/functions.js";

/** Writes dist/conformance/*.json, dist/schemas/*.input.json and dist/schemas/*.options.json. */
export function buildAssets(): void {
  const root = new URL("../../", import.meta.url);
  const vectorsDir = new URL("src/conformance/vectors/", root);
  const outConformance = new URL("dist/conformance/", root);
  const outSchemas = new URL("dist/schemas/", root);
  mkdirSync(outConformance, { recursive: true });
  mkdirSync(outSchemas, { recursive: true });
  let files = 0;
  for (const f of readdirSync(vectorsDir).filter((f) => f.endsWith(".json"))) {
    copyFileSync(new URL(f, vectorsDir), new URL(f, outConformance));
    files++;
  }
  copyFileSync(new URL("src/conformance/vector.schema.json", root), new URL("vector.schema.json", outConformance));
  for (const f of FUNCTIONS) {
    writeFileSync(new URL(`${f.name}.input.json`, outSchemas), `${JSON.stringify(inputJsonSchema(f), null, 2)}\n`);
    writeFileSync(new URL(`${f.name}.options.json`, outSchemas), `${JSON.stringify(optionsJsonSchema(f), null, 2)}\n`);
  }
  console.log(
    `dist/conformance: ${files} vector files and vector.schema.json; dist/schemas: ${FUNCTIONS.length} input and ${FUNCTIONS.length} options schemas`,
  );
}
