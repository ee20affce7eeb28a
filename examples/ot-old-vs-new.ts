/**
 * The same list of young people under the OT rules until 2024-07-31 (upper age 21) and
 * from 2024-08-01 (upper age 24), side by side, by pinning a version.
 * Run: npm run examples -- ot-old-vs-new
 */
import { readFileSync } from "node:fs";
import { type OtTargetGroupInput, otTargetGroup } from "ungrett/ot";

const asOf = "2026-04-15";
const cohort = JSON.parse(readFileSync(new URL("./data/ot-cohort.json", import.meta.url), "utf8")) as {
  id: string;
  name: string;
  person: OtTargetGroupInput;
}[];

const cell = (s: string, w: number) => s.padEnd(w);
console.log(`OT per ${asOf}: gamle regler (ot-2006, til og med året man fyller 21) mot nye (ot-2024, 24)\n`);
console.log(`${cell("id", 4)}${cell("navn", 10)}${cell("gamle regler", 42)}${cell("nye regler", 42)}endring`);
console.log("-".repeat(106));
let changed = 0;
for (const { id, name, person } of cohort) {
  const old = otTargetGroup(person, { asOf, version: "ot-2006" });
  const now = otTargetGroup(person, { asOf, version: "ot-2024" });
  const show = (d: typeof old) =>
    `${d.outcome}${d.details.coveredThrough ? ` (t.o.m. ${d.details.coveredThrough})` : ""}`;
  const diff = old.outcome !== now.outcome;
  if (diff) changed++;
  console.log(`${cell(id, 4)}${cell(name, 10)}${cell(show(old), 42)}${cell(show(now), 42)}${diff ? "<- endret" : ""}`);
}
console.log(`\n${changed} av ${cohort.length} får et annet utfall med de nye reglene.`);
