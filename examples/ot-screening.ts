/**
 * Screening a small list of young people for the OT target group on one date, with the
 * outcome and the Norwegian explanation for each. Run: npm run examples -- ot-screening
 */
import { readFileSync } from "node:fs";
import { explain, type OtTargetGroupInput, otTargetGroup } from "ungrett/ot";

const asOf = "2026-04-15";
const cohort = JSON.parse(readFileSync(new URL("./data/ot-cohort.json", import.meta.url), "utf8")) as {
  id: string;
  name: string;
  person: OtTargetGroupInput;
}[];

console.log(`OT-screening per ${asOf}: ${cohort.length} ungdommer\n`);
const counts = new Map<string, number>();
for (const { id, name, person } of cohort) {
  const decision = otTargetGroup(person, { asOf });
  counts.set(decision.outcome, (counts.get(decision.outcome) ?? 0) + 1);
  console.log(
    `## ${id} ${name}: ${decision.outcome}${decision.needs.length ? ` (mangler: ${decision.needs.join(", ")})` : ""}`,
  );
  console.log(explain(decision, "nb"));
  console.log();
}
console.log("Oppsummering:");
for (const [outcome, n] of [...counts].sort()) console.log(`  ${outcome.padEnd(22)} ${n}`);
