/**
 * Outreach staffing for all 357 municipalities: the positions each needs by LOSU's norm
 * (one full-time position up to 10,000 inhabitants, then one per 10,000), exact and
 * rounded up to whole positions, how many need the single position split in two, and the
 * national total against the about 290 FTE that existed in 2015. Writes a table to the
 * console and a chart to examples/output/outreach-staffing.svg.
 *
 * The norm is a professional recommendation, not law. Run: npm run examples -- outreach-staffing
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { outreachPrepare, outreachPrevalence, outreachStaffing } from "ungrett/outreach";

const here = dirname(fileURLToPath(import.meta.url));
const csvPath = join(here, "data", "municipalities-population.csv");
const readmePath = join(here, "data", "README.md");
const svgPath = join(here, "output", "outreach-staffing.svg");

/**
 * Outreach youth services in 2015: about 90 municipalities, about 290 FTE in all.
 * Source: Store norske leksikon, «utekontakt» (https://snl.no/utekontakt): «I 2015 var det mer
 * enn 90 kommuner som organiserte oppsøkende ungdomstjenester. Antall årsverk på landsbasis var
 * i overkant av 290».
 */
const FTE_2015 = {
  fte: 290,
  services: 90,
  year: 2015,
  source: "Store norske leksikon, «utekontakt» (snl.no/utekontakt)",
};

/** The day the norm is evaluated on; the population is SSB's of 1 January 2024. */
const AS_OF = "2024-01-01";

function fail(message: string): never {
  process.stderr.write(`outreach-staffing: ${message}\n`);
  process.exit(1);
}

// --- The data, checked against its source note -------------------------------------------

const csvBytes = readFileSync(csvPath);
const readme = readFileSync(readmePath, "utf8");
const noted = /sha256 of the CSV: `([0-9a-f]{64})`/.exec(readme)?.[1];
if (noted === undefined) fail(`no sha256 line in ${readmePath}`);
const actual = createHash("sha256").update(csvBytes).digest("hex");
if (actual !== noted) {
  fail(`${csvPath} has sha256 ${actual}, but its source note says ${noted}: the data changed; check it before use.`);
}

type Municipality = { readonly number: string; readonly name: string; readonly population: number };

const lines = csvBytes.toString("utf8").trim().split(/\r?\n/);
if (lines[0] !== "kommunenummer,name,population,year") fail(`unexpected header: ${lines[0]}`);
const municipalities: Municipality[] = lines.slice(1).map((line, i) => {
  const [number, name, population, year] = line.split(",");
  if (number === undefined || name === undefined || population === undefined || year !== "2024") {
    fail(`line ${i + 2} is not "kommunenummer,name,population,2024": ${line}`);
  }
  return { number, name, population: Number(population) };
});
if (municipalities.length !== 357) fail(`expected 357 municipalities, found ${municipalities.length}`);

// --- The norm for each municipality --------------------------------------------------------

type Row = Municipality & {
  readonly exact: number;
  readonly whole: number;
  readonly headcount: number;
  readonly split: boolean;
  readonly vulnerable: number;
};

// Options validated once for the 357 × 3 calls.
const exactOptions = outreachPrepare({ asOf: AS_OF });
const wholeOptions = outreachPrepare({ asOf: AS_OF, parameters: { "outreach.staffing-rounding": "whole-up" } });

const rows: Row[] = municipalities.map((m) => {
  const exact = outreachStaffing({ population: m.population }, exactOptions).outcome;
  const whole = outreachStaffing({ population: m.population }, wholeOptions).outcome;
  const vulnerable = outreachPrevalence({ population: m.population }, exactOptions).outcome.estimate;
  return {
    ...m,
    exact: exact.fte,
    whole: whole.fte,
    headcount: exact.minimumHeadcount,
    split: exact.splitSinglePosition,
    vulnerable,
  };
});

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const totals = {
  municipalities: rows.length,
  population: sum(rows.map((r) => r.population)),
  exact: sum(rows.map((r) => r.exact)),
  whole: sum(rows.map((r) => r.whole)),
  headcount: sum(rows.map((r) => r.headcount)),
  split: rows.filter((r) => r.split).length,
  vulnerable: sum(rows.map((r) => r.vulnerable)),
};

// --- Size classes ---------------------------------------------------------------------------

const CLASSES = [
  { label: "≤ 5,000", short: "≤ 5k", max: 5_000 },
  { label: "5,001–10,000", short: "5k–10k", max: 10_000 },
  { label: "10,001–20,000", short: "10k–20k", max: 20_000 },
  { label: "20,001–50,000", short: "20k–50k", max: 50_000 },
  { label: "50,001–100,000", short: "50k–100k", max: 100_000 },
  { label: "> 100,000", short: "> 100k", max: Number.POSITIVE_INFINITY },
] as const;

const byClass = CLASSES.map((c, i) => {
  const min = i === 0 ? 0 : (CLASSES[i - 1]?.max ?? 0);
  const members = rows.filter((r) => r.population > min && r.population <= c.max);
  return {
    label: c.label,
    short: c.short,
    count: members.length,
    population: sum(members.map((r) => r.population)),
    exact: sum(members.map((r) => r.exact)),
    whole: sum(members.map((r) => r.whole)),
    split: members.filter((r) => r.split).length,
  };
});

// --- The table -------------------------------------------------------------------------------

const int = (n: number): string =>
  Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ",");
const dec = (n: number, digits = 1): string => {
  const [i, f] = n.toFixed(digits).split(".");
  return `${int(Number(i))}${f === undefined ? "" : `.${f}`}`;
};
const pad = (s: string, w: number, right = false): string => (right ? s.padStart(w) : s.padEnd(w));

const header = `${pad("nr", 5)}${pad("municipality", 22)}${pad("population", 11, true)}${pad("FTE", 8, true)}${pad("whole", 7, true)}${pad("people", 8, true)}  split`;
const line = (r: Row): string =>
  `${pad(r.number, 5)}${pad(r.name, 22)}${pad(int(r.population), 11, true)}${pad(dec(r.exact, 2), 8, true)}${pad(int(r.whole), 7, true)}${pad(int(r.headcount), 8, true)}  ${r.split ? "2 × 50 %" : ""}`;

const sorted = [...rows].sort((a, b) => b.population - a.population || a.number.localeCompare(b.number));
const out: string[] = [];
out.push("Outreach youth service staffing by LOSU's norm (a recommendation, not law)");
out.push(`Population: SSB, 1 January 2024 (examples/data, sha256 ${actual.slice(0, 12)}…, verified)`);
out.push("");
out.push("The 10 largest municipalities");
out.push(header);
for (const r of sorted.slice(0, 10)) out.push(line(r).trimEnd());
out.push("");
out.push("The 10 smallest municipalities");
out.push(header);
for (const r of sorted.slice(-10)) out.push(line(r).trimEnd());
out.push("");
out.push("By size class");
out.push(
  `${pad("inhabitants", 16)}${pad("municipalities", 16, true)}${pad("population", 12, true)}${pad("FTE", 9, true)}${pad("whole", 8, true)}${pad("split", 7, true)}`,
);
for (const c of byClass) {
  out.push(
    `${pad(c.label, 16)}${pad(int(c.count), 16, true)}${pad(int(c.population), 12, true)}${pad(dec(c.exact), 9, true)}${pad(int(c.whole), 8, true)}${pad(int(c.split), 7, true)}`,
  );
}
out.push("");
out.push("National totals");
out.push(`  municipalities:                          ${int(totals.municipalities)}`);
out.push(`  population:                              ${int(totals.population)}`);
out.push(`  positions needed, exact FTE:             ${dec(totals.exact, 1)}`);
out.push(`  positions needed, whole positions:       ${int(totals.whole)}`);
out.push(`  people needed at least (pairs):          ${int(totals.headcount)}`);
out.push(`  municipalities splitting one position:   ${int(totals.split)} (10,000 inhabitants or fewer)`);
out.push(`  very vulnerable aged 13–23 (estimate):   about ${int(totals.vulnerable)}`);
out.push(
  `  in ${FTE_2015.year}: about ${FTE_2015.fte} FTE in about ${FTE_2015.services} municipalities (${FTE_2015.source})`,
);
out.push(
  `  the norm asks for ${dec(totals.exact / FTE_2015.fte, 1)} times that exact (${dec(totals.exact - FTE_2015.fte, 1)} FTE more), ${dec(totals.whole / FTE_2015.fte, 1)} times in whole positions`,
);
process.stdout.write(`${out.join("\n")}\n`);

// --- The chart -------------------------------------------------------------------------------

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const W = 900;
const H = 520;
const chart = { x: 70, y: 90, w: 520, h: 330 };
const maxClass = Math.max(...byClass.map((c) => c.whole));
const yMax = Math.ceil(maxClass / 50) * 50;
const yOf = (v: number): number => chart.y + chart.h - (v / yMax) * chart.h;
const group = chart.w / byClass.length;
const bar = group * 0.32;
const EXACT = "#2b6cb0";
const WHOLE = "#90cdf4";
const OLD = "#a0aec0";

const svg: string[] = [];
svg.push(
  `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, sans-serif" font-size="12">`,
);
svg.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);
svg.push(
  `<text x="${chart.x}" y="32" font-size="18" font-weight="bold">Outreach youth service positions needed by municipality size</text>`,
);
svg.push(
  `<text x="${chart.x}" y="54" fill="#4a5568">LOSU's norm (a recommendation, not law): 1 FTE up to 10,000 inhabitants, then 1 per 10,000. Population: SSB, 1 January 2024.</text>`,
);
for (let v = 0; v <= yMax; v += 50) {
  const y = yOf(v);
  svg.push(`<line x1="${chart.x}" y1="${y}" x2="${chart.x + chart.w}" y2="${y}" stroke="#e2e8f0"/>`);
  svg.push(`<text x="${chart.x - 8}" y="${y + 4}" text-anchor="end" fill="#4a5568">${v}</text>`);
}
svg.push(
  `<text transform="translate(20 ${chart.y + chart.h / 2}) rotate(-90)" text-anchor="middle" fill="#4a5568">FTE (sum over the class)</text>`,
);
byClass.forEach((c, i) => {
  const x0 = chart.x + i * group + (group - 2 * bar) / 2;
  for (const [k, value, colour] of [
    [0, c.exact, EXACT],
    [1, c.whole, WHOLE],
  ] as const) {
    const x = x0 + k * bar;
    svg.push(
      `<rect x="${x.toFixed(1)}" y="${yOf(value).toFixed(1)}" width="${bar.toFixed(1)}" height="${(chart.y + chart.h - yOf(value)).toFixed(1)}" fill="${colour}"><title>${esc(c.label)}: ${dec(value, 1)} FTE</title></rect>`,
    );
    svg.push(
      `<text x="${(x + bar / 2).toFixed(1)}" y="${(yOf(value) - 4).toFixed(1)}" text-anchor="middle" font-size="10">${k === 0 ? dec(value, 0) : int(value)}</text>`,
    );
  }
  const cx = chart.x + i * group + group / 2;
  svg.push(`<text x="${cx.toFixed(1)}" y="${chart.y + chart.h + 18}" text-anchor="middle">${esc(c.short)}</text>`);
  svg.push(
    `<text x="${cx.toFixed(1)}" y="${chart.y + chart.h + 34}" text-anchor="middle" fill="#4a5568">n = ${c.count}</text>`,
  );
});
svg.push(
  `<text x="${chart.x + chart.w / 2}" y="${chart.y + chart.h + 56}" text-anchor="middle" fill="#4a5568">inhabitants (n = municipalities)</text>`,
);
svg.push(
  `<line x1="${chart.x}" y1="${chart.y + chart.h}" x2="${chart.x + chart.w}" y2="${chart.y + chart.h}" stroke="#2d3748"/>`,
);

// National totals against 2015, as horizontal bars.
const side = { x: 640, y: 110, w: 220 };
const nMax = Math.max(totals.whole, totals.exact, FTE_2015.fte);
svg.push(`<text x="${side.x}" y="${side.y - 20}" font-weight="bold">National total, FTE</text>`);
const national: readonly (readonly [string, number, string])[] = [
  ["needed, exact", totals.exact, EXACT],
  ["needed, whole positions", totals.whole, WHOLE],
  [`existing, ${FTE_2015.year} (about)`, FTE_2015.fte, OLD],
];
national.forEach(([label, value, colour], i) => {
  const y = side.y + i * 60;
  const w = (value / nMax) * side.w;
  svg.push(`<text x="${side.x}" y="${y}">${esc(label)}</text>`);
  svg.push(`<rect x="${side.x}" y="${y + 6}" width="${w.toFixed(1)}" height="22" fill="${colour}"/>`);
  svg.push(`<text x="${(side.x + w + 6).toFixed(1)}" y="${y + 22}">${dec(value, 0)}</text>`);
});
svg.push(
  `<text x="${side.x}" y="${side.y + 190}" fill="#4a5568">${totals.split} of ${totals.municipalities} municipalities have</text>`,
);
svg.push(`<text x="${side.x}" y="${side.y + 206}" fill="#4a5568">10,000 inhabitants or fewer: one</text>`);
svg.push(`<text x="${side.x}" y="${side.y + 222}" fill="#4a5568">position split into two 50 % posts.</text>`);
// Legend.
const ly = H - 28;
svg.push(`<rect x="${chart.x}" y="${ly - 10}" width="12" height="12" fill="${EXACT}"/>`);
svg.push(`<text x="${chart.x + 18}" y="${ly}">exact FTE (default)</text>`);
svg.push(`<rect x="${chart.x + 150}" y="${ly - 10}" width="12" height="12" fill="${WHOLE}"/>`);
svg.push(`<text x="${chart.x + 168}" y="${ly}">rounded up to whole positions</text>`);
svg.push(`<rect x="${chart.x + 370}" y="${ly - 10}" width="12" height="12" fill="${OLD}"/>`);
svg.push(`<text x="${chart.x + 388}" y="${ly}">existing in ${FTE_2015.year}: ${esc(FTE_2015.source)}</text>`);
svg.push("</svg>");

mkdirSync(dirname(svgPath), { recursive: true });
writeFileSync(svgPath, `${svg.join("\n")}\n`);
process.stdout.write(`\nWrote ${svgPath}\n`);
