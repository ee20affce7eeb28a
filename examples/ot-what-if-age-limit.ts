/**
 * What if the OT age limit were 21 again? The same cohort under the limit of 21 and of 24,
 * by overriding the parameter `ot.upper-age` (no code change), with how many are covered
 * in each year. Writes examples/output/ot-what-if-age-limit.svg.
 * Run: npm run examples -- what-if
 *
 * The cohort is synthetic and says so: 100 young people per birth year 1998–2012, all
 * with the youth right and neither in education nor in work, so that only the age limit
 * differs between the two runs.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { type OtTargetGroupInput, otPrepare, otTargetGroup } from "ungrett/ot";

const PER_YEAR = 100;
const cohort: OtTargetGroupInput[] = [];
for (let birthYear = 1998; birthYear <= 2012; birthYear++) {
  for (let i = 0; i < PER_YEAR; i++) cohort.push({ birthYear, hasYouthRight: true, inEducation: false, inWork: false });
}

const years = Array.from({ length: 12 }, (_, i) => 2024 + i);
const rows = years.map((year) => {
  const asOf = `${year}-10-01`; // a day in every year's autumn, after the 2024-08-01 change
  // Options are validated once per year and scenario, then reused for the whole cohort.
  const limit21 = otPrepare({ asOf, parameters: { "ot.upper-age": 21 } });
  const limit24 = otPrepare({ asOf, parameters: { "ot.upper-age": 24 } });
  const count = (prepared: typeof limit21) =>
    cohort.filter((p) => otTargetGroup(p, prepared).outcome === "in-target-group").length;
  return { year, limit21: count(limit21), limit24: count(limit24) };
});

console.log(`OT-dekning per 1. oktober, syntetisk kull på ${cohort.length} (${PER_YEAR} per fødselsår 1998–2012)\n`);
console.log(`${"år".padEnd(6)}${"grense 21".padStart(11)}${"grense 24".padStart(11)}${"forskjell".padStart(11)}`);
for (const r of rows) {
  console.log(
    `${String(r.year).padEnd(6)}${String(r.limit21).padStart(11)}${String(r.limit24).padStart(11)}${String(r.limit24 - r.limit21).padStart(11)}`,
  );
}
const sum = (k: "limit21" | "limit24") => rows.reduce((a, r) => a + r[k], 0);
console.log(`\nPersonår dekket 2024–2035: ${sum("limit21")} med grense 21, ${sum("limit24")} med grense 24.`);

// A grouped bar chart, hand-written SVG.
const W = 720;
const H = 360;
const pad = { left: 56, right: 16, top: 40, bottom: 48 };
const max = Math.max(...rows.map((r) => r.limit24), 1);
const bandW = (W - pad.left - pad.right) / rows.length;
const y = (v: number) => H - pad.bottom - (v / max) * (H - pad.top - pad.bottom);
const bars = rows
  .map((r, i) => {
    const x = pad.left + i * bandW;
    const w = bandW * 0.38;
    return [
      `<rect x="${(x + bandW * 0.1).toFixed(1)}" y="${y(r.limit21).toFixed(1)}" width="${w.toFixed(1)}" height="${(H - pad.bottom - y(r.limit21)).toFixed(1)}" fill="#9aa5b1"><title>${r.year}: ${r.limit21} (21)</title></rect>`,
      `<rect x="${(x + bandW * 0.5).toFixed(1)}" y="${y(r.limit24).toFixed(1)}" width="${w.toFixed(1)}" height="${(H - pad.bottom - y(r.limit24)).toFixed(1)}" fill="#1f6feb"><title>${r.year}: ${r.limit24} (24)</title></rect>`,
      `<text x="${(x + bandW / 2).toFixed(1)}" y="${H - pad.bottom + 16}" font-size="11" text-anchor="middle">${r.year}</text>`,
    ].join("");
  })
  .join("\n");
const ticks = [0, 0.25, 0.5, 0.75, 1]
  .map((t) => Math.round(max * t))
  .map(
    (v) =>
      `<line x1="${pad.left}" x2="${W - pad.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#e1e4e8"/><text x="${pad.left - 6}" y="${(y(v) + 4).toFixed(1)}" font-size="11" text-anchor="end">${v}</text>`,
  )
  .join("\n");
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif">
<title>OT-dekning per år med aldersgrense 21 og 24</title>
<rect width="${W}" height="${H}" fill="white"/>
<text x="${pad.left}" y="22" font-size="14">OT-dekning per 1. oktober: grense 21 (grå) mot 24 (blå), syntetisk kull på ${cohort.length}</text>
${ticks}
${bars}
</svg>
`;
const out = new URL("./output/", import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(new URL("ot-what-if-age-limit.svg", out), svg);
console.log("Skrev examples/output/ot-what-if-age-limit.svg");
