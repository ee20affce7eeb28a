import { readFileSync } from "node:fs";
import { VECTORS } from "../../src/conformance/index.js";
import { AREAS, explain, FUNCTIONS, RULES } from "../../src/index.js";
import { en, enRulebook } from "../../src/locale/en.js";
import { nb, nbRulebook } from "../../src/locale/nb.js";
import { nn } from "../../src/locale/nn.js";
import { CITATIONS_TABLE_PATH, citationsTable } from "./citations.js";
import { conditionsTable } from "./conditions.js";
import { fillExamples } from "./examples.js";
import { rulebook } from "./rulebook.js";
import { RULES_END, RULES_START, replaceSection, rulesTable } from "./rules-table.js";
import { SCHEMA_DESCRIPTIONS_PATH, schemaDescriptionsJson } from "./schema-descriptions.js";

/** The hand-written guides whose worked examples are generated from the library. */
export const GUIDES = [
  "README.md",
  "docs/decisions.md",
  "docs/ot.md",
  "docs/consent.md",
  "docs/outreach.md",
  "docs/nav.md",
  "docs/conformance.md",
] as const;

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");

/** Every document generated from the code, as [path from the repo root, content]. */
export function generatedDocs(): [string, string][] {
  const areas = AREAS.map((area) => ({ area, rules: RULES.filter((r) => r.area === area.id) }));
  return [
    ...GUIDES.map((path): [string, string] => [path, fillExamples(read(path))]),
    ["docs/rule-index.md", replaceSection(read("docs/rule-index.md"), RULES_START, RULES_END, rulesTable(RULES))],
    ["docs/rulebook.nb.md", rulebook("nb", areas, FUNCTIONS, VECTORS, explain, nb, nbRulebook)],
    ["docs/rulebook.en.md", rulebook("en", areas, FUNCTIONS, VECTORS, explain, en, enRulebook)],
    [SCHEMA_DESCRIPTIONS_PATH, schemaDescriptionsJson()],
    [CITATIONS_TABLE_PATH, citationsTable()],
    ["docs/conditions.md", conditionsTable([nb, nn, en])],
  ];
}
