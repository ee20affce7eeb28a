/** Regenerates the documents derived from the rule objects. Run: npm run docs */
import { readFileSync, writeFileSync } from "node:fs";
import { RULES } from "../src/index.js";
import { RULES_END, RULES_START, replaceSection, rulesTable } from "./docs/rules-table.js";

const readme = new URL("../README.md", import.meta.url);
const before = readFileSync(readme, "utf8");
const after = replaceSection(before, RULES_START, RULES_END, rulesTable(RULES));
if (after !== before) writeFileSync(readme, after);
console.log(after === before ? "README.md rules table is up to date" : "README.md rules table regenerated");
