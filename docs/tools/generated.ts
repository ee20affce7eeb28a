import { readFileSync } from "node:fs";
import { VECTORS } from "../../src/conformance/index.js";
import { AREAS, explain, FUNCTIONS, RULES } from "../../src/index.js";
import { rulebook } from "./rulebook.js";
import { RULES_END, RULES_START, replaceSection, rulesTable } from "./rules-table.js";
import { SCHEMA_DESCRIPTIONS_PATH, schemaDescriptionsJson } from "./schema-descriptions.js";

/** Every document generated from the code, as [path from the repo root, content]. */
export function generatedDocs(): [string, string][] {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  const areas = AREAS.map((area) => ({ area, rules: RULES.filter((r) => r.area === area.id) }));
  return [
    ["README.md", replaceSection(readme, RULES_START, RULES_END, rulesTable(RULES))],
    ["docs/rulebook.nb.md", rulebook("nb", areas, FUNCTIONS, VECTORS, explain)],
    ["docs/rulebook.en.md", rulebook("en", areas, FUNCTIONS, VECTORS, explain)],
    [SCHEMA_DESCRIPTIONS_PATH, schemaDescriptionsJson()],
  ];
}
