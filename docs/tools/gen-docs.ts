/** Regenerates the documents derived from the code. Run: npm run docs (npm test fails when they are stale). */
import { readFileSync, writeFileSync } from "node:fs";
import { generatedDocs } from "./generated.js";

let changed = 0;
for (const [path, content] of generatedDocs()) {
  const url = new URL(`../../${path}`, import.meta.url);
  let before = "";
  try {
    before = readFileSync(url, "utf8");
  } catch {}
  if (before !== content) {
    writeFileSync(url, content);
    changed++;
    console.log(`regenerated ${path}`);
  }
}
console.log(changed === 0 ? "generated documents are up to date" : `${changed} documents regenerated`);
