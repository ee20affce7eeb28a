// `ungrett evaluate` with CSV in and out, as analysts use it: spawned from dist/cli.js.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CsvReader } from "../src/cli/csv.js";
import { MAX_LINE_BYTES } from "../src/cli/lines.js";
import { explain, navPartners, otTargetGroup, otYearlyContact } from "../src/index.js";
import { assertBuilt, lines, run } from "./helpers/cli.js";
import { TEXTS } from "./helpers/texts.js";

const dir = mkdtempSync(join(tmpdir(), "ungrett-cli-csv-"));
const BOM = "\uFEFF";
const ASOF = "2026-04-15";

/** The rows of a CSV text (read with the CLI's own reader) as objects by header name. */
function table(text: string, sep: string): Record<string, string>[] {
  expect(text.startsWith(BOM)).toBe(true);
  const reader = new CsvReader(sep);
  const records = [...reader.push(text.slice(1)), ...reader.end()];
  const [header, ...rows] = records.map((r) => {
    if (!("cells" in r)) throw new Error(`unreadable output row ${r.line}`);
    return r.cells;
  });
  return rows.map((cells) => Object.fromEntries((header ?? []).map((h, i) => [h, cells[i] ?? ""])));
}

beforeAll(assertBuilt);

describe("ungrett evaluate --format csv", { timeout: 60_000 }, () => {
  // As Norwegian Excel saves it: a byte order mark, semicolons, \r\n, Norwegian booleans.
  const people = [
    "elevnr;kommune;birthYear;hasYouthRight;inEducation;inWork",
    "e1;Oslo;2005;ja;nei;nei",
    "e2;Bergen;2007;JA;;0",
    '"e;3";Oslo;;sann;usann;false',
    "e4;Bergen;2000;ja;nei;nei",
    "e5;Oslo;2006;1;0;1",
    ";;;;;",
    "e6;Tromsø;2008;yes;no;no",
  ];
  const file = join(dir, "people.csv");
  writeFileSync(file, `${BOM}${people.join("\r\n")}\r\n`);
  const args = ["evaluate", "otTargetGroup", "--as-of", ASOF, "--format", "csv", "--separator", ";"];
  const columns = ["--id-column", "elevnr", "--group-by", "kommune"];
  // The library's input for each row.
  const inputs = [
    { birthYear: 2005, hasYouthRight: true, inEducation: false, inWork: false },
    { birthYear: 2007, hasYouthRight: true, inWork: false },
    { hasYouthRight: true, inEducation: false, inWork: false },
    { birthYear: 2000, hasYouthRight: true, inEducation: false, inWork: false },
    { birthYear: 2006, hasYouthRight: true, inEducation: false, inWork: true },
    { birthYear: 2008, hasYouthRight: true, inEducation: false, inWork: false },
  ];

  it("reads the header, Norwegian booleans and empty cells as the library's input, and passes the id through", () => {
    const r = run([...args, ...columns, file]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const rows = table(r.out, ";");
    expect(rows.map((x) => x.elevnr)).toEqual(["e1", "e2", "e;3", "e4", "e5", "e6"]);
    expect(rows.map((x) => x.kommune)).toEqual(["Oslo", "Bergen", "Oslo", "Bergen", "Oslo", "Tromsø"]);
    // The blank row (only separators) is skipped; line numbers are the file's.
    expect(rows.map((x) => x.line)).toEqual(["2", "3", "4", "5", "6", "8"]);
    for (const [i, input] of inputs.entries()) {
      const d = otTargetGroup(input, { asOf: ASOF });
      expect(rows[i]).toMatchObject({
        outcome: d.outcome,
        needs: d.needs.join(" "),
        version: d.version.id,
        "details.coveredThrough": d.details.coveredThrough ?? "",
        error: "",
      });
    }
    expect(Object.keys(rows[0] ?? {})).toEqual([
      "line",
      "elevnr",
      "kommune",
      "outcome",
      "needs",
      "version",
      "details.coveredThrough",
      "error",
    ]);
  });

  it("round trip: the outcome column of the CSV output counts the same as --summary, per group", () => {
    const bad = join(dir, "people-with-errors.csv");
    // Two bad rows: a text where a number belongs, and a row with a cell too few.
    writeFileSync(bad, `${BOM}${[...people, "e7;Oslo;tjue;ja;nei;nei", "e8;Bergen;2005;ja;nei"].join("\r\n")}\r\n`);
    const out = run([...args, ...columns, bad]);
    const summary = run([...args, ...columns, "--summary", bad]);
    expect(out.code).toBe(1);
    expect(summary.code).toBe(1);
    const counted = new Map<string, number>();
    for (const row of table(out.out, ";")) {
      const key = `${row.kommune};${row.outcome}`;
      counted.set(key, (counted.get(key) ?? 0) + 1);
    }
    const summed = new Map(table(summary.out, ";").map((s) => [`${s.kommune};${s.outcome}`, Number(s.count)]));
    expect(summed).toEqual(counted);
    expect(summed.get("Oslo;error")).toBe(1);
    expect(summed.get("Bergen;error")).toBe(1);
    expect([...summed.values()].reduce((a, b) => a + b)).toBe(8);
    // Without a group: one count per outcome, as JSON Lines when the output is.
    const plain = run(
      ["evaluate", "otTargetGroup", "--as-of", ASOF, "--input-format", "csv", "--separator", ";", "--summary"],
      // The same people without the id and group columns.
      people.map((l) => l.replace(/^("[^"]*"|[^;]*);[^;]*;/, "")).join("\n"),
    );
    const expected = new Map<string, number>();
    for (const input of inputs) {
      const o = otTargetGroup(input, { asOf: ASOF }).outcome;
      expected.set(o, (expected.get(o) ?? 0) + 1);
    }
    expect(lines(plain.out).map((l) => JSON.parse(l))).toEqual(
      [...expected].map(([outcome, count]) => ({ outcome, count })),
    );
    expect(expected.size).toBe(3);
  });

  it("reports bad rows by line number and code, never their content, and goes on", () => {
    const secret = "Kari Nordmann";
    const input = [
      "id,birthYear,hasYouthRight,inEducation,inWork",
      `a,"${secret}",true,false,false`,
      `b,2005,true,false`,
      `c,2005,"${secret}"x,false,false`,
      `d,2005,true,false,"${"x".repeat(MAX_LINE_BYTES)}"`,
      "e,2005,true,false,false",
      `f,2005,"${secret}`,
    ].join("\n");
    const r = run(["evaluate", "otTargetGroup", "--as-of", ASOF, "--format", "csv"], input);
    expect(r.code).toBe(1);
    const rows = table(r.out, ",");
    expect(rows.map((x) => [x.line, x.id, x.outcome])).toEqual([
      ["2", "a", "error"],
      ["3", "b", "error"],
      ["4", "", "error"],
      ["5", "", "error"],
      ["6", "e", "in-target-group"],
      ["7", "", "error"],
    ]);
    expect(rows.map((x) => x.error)).toEqual([
      "birthYear: must be a number, got a string of 13 characters",
      "the row has 4 cells, the header 5",
      "text follows the closing quote of a cell",
      "the row is longer than 1,048,576 bytes (the maximum); skipped",
      "",
      "a quoted cell is not closed",
    ]);
    expect(lines(r.err).map((l) => l.replace(/:.*/, ""))).toEqual(["line 2", "line 3", "line 4", "line 5", "line 7"]);
    expect(`${r.out}${r.err}`).not.toContain("Kari");
  });

  it("refuses a column that is no input field, with a suggestion and a hint about semicolons", () => {
    const r = run(["evaluate", "otTargetGroup", "--as-of", ASOF, "--format", "csv"], "brithYear,inWork\n2005,nei\n");
    expect(r.code).toBe(1);
    expect(r.err.split("\n")[0]).toMatch(
      /^ungrett: column "brithYear" is not an input field of otTargetGroup \(did you mean birthYear\?\)/,
    );
    const semi = run(["evaluate", "otTargetGroup", "--as-of", ASOF, "--format", "csv"], "birthYear;inWork\n2005;nei\n");
    expect(semi.err).toMatch(/is the file separated by semicolons\? use --separator ';'/);
    expect(semi.out).toBe("");
  });

  it("adds the explanation as a column with --explain", () => {
    const r = run([...args, ...columns, "--explain", "nb", file]);
    const rows = table(r.out, ";");
    const d = otTargetGroup(
      { birthYear: 2005, hasYouthRight: true, inEducation: false, inWork: false },
      { asOf: ASOF },
    );
    expect(rows[0]?.explanation).toBe(explain(d, TEXTS.nb));
    expect(rows[0]?.explanation).toContain("\n");
  });

  it("reads lists as JSON in a cell, or words separated by |, and dates as DD.MM.YYYY", () => {
    const contacts = [{ date: "2025-09-10", established: true }];
    const r = run(
      ["evaluate", "otYearlyContact", "--as-of", "2026-05-20", "--format", "csv", "--output-format", "jsonl"],
      `contacts\n"${JSON.stringify(contacts).replaceAll('"', '""')}"\n`,
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(otYearlyContact({ contacts }, { asOf: "2026-05-20" }));
    const p = run(
      ["evaluate", "navPartners", "--as-of", "2026-03-02", "--format", "csv", "--output-format", "jsonl"],
      "birthDate,problems\n03.03.2008,substance-use-or-crime | mental-ill-health\n",
    );
    expect(p.err).toBe("");
    expect(JSON.parse(p.out)).toEqual(
      navPartners(
        { birthDate: "2008-03-03", problems: ["substance-use-or-crime", "mental-ill-health"] },
        { asOf: "2026-03-02" },
      ),
    );
  });

  it("writes CSV from JSON Lines (--output-format csv), with the ids of wrapped records", () => {
    const input = [
      JSON.stringify({ id: "a", input: { birthYear: 2005, hasYouthRight: true, inEducation: false, inWork: false } }),
      JSON.stringify({ id: "b", input: { birthYear: "x" } }),
    ].join("\n");
    const r = run(["evaluate", "otTargetGroup", "--as-of", ASOF, "--wrapped", "--output-format", "csv"], input);
    expect(table(r.out, ",").map((x) => [x.line, x.id, x.outcome])).toEqual([
      ["1", "a", "in-target-group"],
      ["2", "b", "error"],
    ]);
  });

  it("writes decimals with a comma when the separator is ;, as Norwegian Excel reads them", () => {
    const input = "label;fieldHours;totalHours\nuke 1;7,5;30\nuke 2;12;30\n";
    const r = run(
      ["evaluate", "outreachFieldTimeShare", "--as-of", ASOF, "--format", "csv", "--separator", ";"],
      input,
    );
    expect(r.code).toBe(0);
    const rows = table(r.out, ";");
    expect(rows.map((x) => [x.outcome, x["details.share"]])).toEqual([
      ["within", "0,25"],
      ["within", "0,4"],
    ]);
  });
});
