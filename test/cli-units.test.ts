// The CLI's parts, in-process: line and CSV reading, arguments, cells, redaction.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CliError, closest, editDistance, parseOptions, shown } from "../src/cli/args.js";
import { CellError, cellValue, csvColumns, type FieldKind, inputFields } from "../src/cli/cells.js";
import { CsvReader, csvCell, csvRow } from "../src/cli/csv.js";
import { evaluateConfig } from "../src/cli/evaluate.js";
import { classifyJson, InputFormatError, lineBatches, MAX_LINE_BYTES, withoutBom } from "../src/cli/lines.js";
import { CsvTable, cellText, Summary } from "../src/cli/output.js";
import { redact } from "../src/cli/redact.js";
import { findFunction } from "../src/index.js";

async function* chunksOf(...chunks: string[]): AsyncGenerator<string> {
  yield* chunks;
}
/** A text cut into pieces of `size` characters. */
function* pieces(text: string, size: number): Generator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}
async function* asyncPieces(text: string, size: number): AsyncGenerator<string> {
  yield* pieces(text, size);
}
const collect = async <T>(it: AsyncIterable<T[]>): Promise<T[]> => {
  const out: T[] = [];
  for await (const batch of it) out.push(...batch);
  return out;
};

describe("lineBatches", () => {
  it("splits on \\n, \\r\\n and a lone \\r wherever the chunks end, as String.split does on the whole", async () => {
    const line = fc.stringMatching(/^[a-z{}":,ø ]{0,12}$/);
    const sep = fc.constantFrom("\n", "\r\n", "\r");
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(line, sep), { maxLength: 12 }),
        line,
        fc.integer({ min: 1, max: 7 }),
        async (parts, last, size) => {
          const text = parts.map(([l, s]) => l + s).join("") + last;
          const expected = text.split(/\r\n|\n|\r/);
          if (expected.at(-1) === "") expected.pop();
          expect(await collect(lineBatches(asyncPieces(text, size)))).toEqual(expected);
        },
      ),
    );
  });

  it("gives null for a line over the maximum, counted in bytes of UTF-8, and keeps the next line", async () => {
    const max = 10;
    const text = "0123456789\n01234567890\nøøøøø\nøøøøøa\nok";
    expect(await collect(lineBatches(asyncPieces(text, 3), max))).toEqual(["0123456789", null, "øøøøø", null, "ok"]);
    // The long line at the very end, without a line break.
    expect(await collect(lineBatches(chunksOf("a\n", "x".repeat(11)), max))).toEqual(["a", null]);
  });

  it("splits a 32 MB line in linear time: well under 2 s of CPU (the old reader re-split the line at every chunk)", async () => {
    const chunk = "a".repeat(1 << 16);
    async function* big(): AsyncGenerator<string> {
      yield '{"x":"';
      for (let i = 0; i < 512; i++) yield chunk;
      yield '"}\r';
      yield '\n{"y":1}\n';
    }
    const cpu = process.cpuUsage();
    const out = await collect(lineBatches(big()));
    const { user, system } = process.cpuUsage(cpu);
    expect(out).toEqual([null, '{"y":1}']);
    expect((user + system) / 1e6).toBeLessThan(2);
  });

  it("holds at most the maximum of a long line in memory", async () => {
    const chunk = "a".repeat(1 << 16);
    async function* big(): AsyncGenerator<string> {
      for (let i = 0; i < 1024; i++) yield chunk; // 64 MB
      yield "\nb";
    }
    const before = process.memoryUsage().heapUsed;
    let peak = 0;
    const out: (string | null)[] = [];
    for await (const batch of lineBatches(big())) {
      out.push(...batch);
      peak = Math.max(peak, process.memoryUsage().heapUsed - before);
    }
    expect(out).toEqual([null, "b"]);
    expect(peak).toBeLessThan(32 * MAX_LINE_BYTES);
  });
});

describe("withoutBom and classifyJson", () => {
  it("drops a byte order mark at the start only", async () => {
    expect(
      await collect(
        (async function* () {
          for await (const c of withoutBom(chunksOf("", "\uFEFFa\uFEFF", "b"))) yield [c];
        })(),
      ),
    ).toEqual(["a\uFEFF", "b"]);
  });

  it("refuses text that starts like UTF-16", async () => {
    await expect(
      collect(
        (async function* () {
          for await (const c of withoutBom(chunksOf("\uFFFD\uFFFD{"))) yield [c];
        })(),
      ),
    ).rejects.toBeInstanceOf(InputFormatError);
  });

  it("is an array only when the whole input parses as one JSON array", async () => {
    const kind = async (...chunks: string[]) => (await classifyJson(chunksOf(...chunks))).kind;
    expect(await kind("  \n", "[1,", "2]\n")).toBe("array");
    expect(await kind("[1]\n[2]\n")).toBe("lines");
    expect(await kind("[1,\n2\n")).toBe("lines");
    expect(await kind('{"a":1}\n')).toBe("lines");
    expect(await kind("")).toBe("lines");
    const a = await classifyJson(chunksOf("[", '{"a":1}', ",2]"));
    expect(a).toEqual({ kind: "array", records: [{ a: 1 }, 2] });
  });

  it("reads input over the array maximum as JSON Lines, without losing a chunk", async () => {
    const input = await classifyJson(chunksOf("[1,", "2,", "3,", "4]\n", "5\n"), 4);
    if (input.kind !== "lines") throw new Error("expected lines");
    expect(await collect(lineBatches(input.chunks))).toEqual(["[1,2,3,4]", "5"]);
  });

  it("gives JSON Lines every chunk it read, in order", async () => {
    const input = await classifyJson(chunksOf(" ", "[1]\n", "[2", "]\n"));
    if (input.kind !== "lines") throw new Error("expected lines");
    expect(input.startsWithBracket).toBe(true);
    expect(await collect(lineBatches(input.chunks))).toEqual([" [1]", "[2]"]);
  });
});

describe("CsvReader", () => {
  const read = (text: string, sep = ",", size = text.length || 1, max = MAX_LINE_BYTES) => {
    const r = new CsvReader(sep, max);
    const out = [];
    for (const p of pieces(text, size)) out.push(...r.push(p));
    out.push(...r.end());
    return out;
  };

  it("reads RFC 4180: quoted separators, line breaks and doubled quotes, \\r\\n and \\n, with line numbers", () => {
    const text = 'a;b;c\r\n1;"x;y";"say ""hi"""\r\n"two\nlines";;z\n\n"";"";3';
    const expected = [
      { line: 1, cells: ["a", "b", "c"] },
      { line: 2, cells: ["1", "x;y", 'say "hi"'] },
      { line: 3, cells: ["two\nlines", "", "z"] },
      { line: 6, cells: ["", "", "3"] },
    ];
    for (let size = 1; size <= text.length; size++)
      expect(read(text, ";", size), `pieces of ${size}`).toEqual(expected);
  });

  it("reads back what csvRow writes, for any cells, cut anywhere", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "ø", ";", ",", '"', "\n", "\r", " ", "1"), maxLength: 6 });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom(",", ";", "\t"),
        fc.integer({ min: 1, max: 9 }),
        (rows, sep, size) => {
          const text = rows.map((r) => csvRow(r, sep)).join("");
          const got = read(text, sep, size).map((r) => ("cells" in r ? r.cells : r.error));
          // Rows whose cells are all empty are blank lines only when they have one cell; these have two or more.
          expect(got).toEqual(rows);
        },
      ),
    );
  });

  it("reports an unclosed quote, text after a closing quote and a row over the maximum, and goes on", () => {
    expect(read('a\n"x"y,1\nb')).toEqual([
      { line: 1, cells: ["a"] },
      { line: 2, error: "text-after-quote" },
      { line: 3, cells: ["b"] },
    ]);
    expect(read('a\n"open,1\nb\n')).toEqual([
      { line: 1, cells: ["a"] },
      { line: 2, error: "unclosed-quote" },
    ]);
    expect(read("0123456789\n01234567890\nøøøøøø\nok", ",", 4, 10)).toEqual([
      { line: 1, cells: ["0123456789"] },
      { line: 2, error: "line-too-long" },
      { line: 3, error: "line-too-long" },
      { line: 4, cells: ["ok"] },
    ]);
  });

  it("reads a 16 MB cell in linear time: well under 2 s of CPU (about 0.15 s, 0.5 s with coverage)", () => {
    const r = new CsvReader(",");
    const chunk = "a".repeat(1 << 16);
    const cpu = process.cpuUsage();
    r.push('x,"');
    for (let i = 0; i < 256; i++) r.push(chunk);
    const out = [...r.push('"\r\n1,2\r\n'), ...r.end()];
    const { user, system } = process.cpuUsage(cpu);
    expect(out).toEqual([
      { line: 1, error: "line-too-long" },
      { line: 2, cells: ["1", "2"] },
    ]);
    expect((user + system) / 1e6).toBeLessThan(2);
  });

  it("quotes a cell only when it must", () => {
    expect(csvCell("plain", ";")).toBe("plain");
    expect(csvCell("a,b", ";")).toBe("a,b");
    expect(csvCell("a;b", ";")).toBe('"a;b"');
    expect(csvCell('say "hi"', ",")).toBe('"say ""hi"""');
    expect(csvCell("two\nlines", ",")).toBe('"two\nlines"');
    expect(csvCell(" edge", ",")).toBe('" edge"');
  });
});

describe("arguments", () => {
  it("measures edit distance", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("same", "same")).toBe(0);
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(editDistance(a, b)).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
      }),
    );
  });

  it("suggests a close name, a known name the typed one starts with, or nothing", () => {
    const names = ["otTargetGroup", "otCoverageEnd", "consentToShare"];
    expect(closest("otTargetGrop", names)).toBe("otTargetGroup");
    expect(closest("ottargetgroup", names)).toBe("otTargetGroup");
    expect(closest("consentToshare", names)).toBe("consentToShare");
    expect(closest("paramter", ["param", "version"])).toBe("param");
    expect(closest("zzzzzzzz", names)).toBeUndefined();
    expect(closest("x", ["as-of", "version"])).toBeUndefined();
  });

  it("shows a typed name only when it looks like a name", () => {
    expect(shown("otTargetGrop")).toBe('"otTargetGrop"');
    expect(shown("Kari Nordmann")).toBe("(a name of 13 characters)");
    expect(shown("x".repeat(61))).toBe("(a name of 61 characters)");
  });

  it("parses --name value, --name=value, repeated options, - and --", () => {
    const spec = { a: { type: "string" }, b: { type: "boolean" }, m: { type: "string", multiple: true } } as const;
    expect(parseOptions("x", ["--a", "1", "--b", "-", "--m=2", "--m", "3", "--", "--a"], spec)).toEqual({
      values: { a: "1", b: true, m: ["2", "3"] },
      positionals: ["-", "--a"],
      help: false,
    });
    expect(parseOptions("x", ["-h"], spec).help).toBe(true);
  });

  it.each([
    [["--c"], "unknown option --c"],
    [["--Kari Nordmann=1"], "unknown option (an option)"],
    [["-x"], "unknown option -x"],
    [["-xyz"], "unknown option (an option)"],
    [["--a"], "--a needs a value"],
    [["--a", "--b"], "--a needs a value"],
    [["--b=1"], "--b takes no value"],
    [["--a", "1", "--a=2"], "--a is given twice"],
  ])("refuses %j: %s", (args, message) => {
    const spec = { a: { type: "string" }, b: { type: "boolean" } } as const;
    expect(() => parseOptions("x", args, spec)).toThrow(new CliError(message, 2, "x"));
  });
});

describe("evaluateConfig", () => {
  const base = ["otTargetGroup", "--as-of", "2026-04-15"];
  it.each([
    [[...base, "--format", "xlsx"], "--format takes jsonl or csv"],
    [
      [...base, "--format", "csv", "--separator", "ab"],
      "--separator takes one character other than a quote, e.g. --separator ';'",
    ],
    [
      [...base, "--format", "csv", "--separator", '"'],
      "--separator takes one character other than a quote, e.g. --separator ';'",
    ],
    [[...base, "--separator", ";"], "--separator is for CSV input or output"],
    [[...base, "--group-by", "kommune"], "--group-by is for CSV input"],
    [[...base, "--id-column", "elevnr"], "--id-column is for CSV input"],
    [[...base, "--format", "csv", "--wrapped"], "--wrapped is for JSON Lines; CSV takes --as-of for every row"],
    [
      [...base, "--format", "csv", "--output", "outcome"],
      "--output is for JSON Lines records (CSV has the outcome columns)",
    ],
    [[...base, "--summary", "--explain", "nb"], "--explain and --summary do not go together"],
    [[...base, "--explain", "de"], "--explain takes nb, nn or en"],
    [[...base, "--output", "all"], "--output takes decision or outcome"],
    [[...base, "--param", "nonsense"], "--param takes <id>=<json>, e.g. --param ot.upper-age=21"],
    [[...base, "a.jsonl", "b.jsonl"], "evaluate reads one file (or stdin)"],
    [["otTargetGroup"], "--as-of <YYYY-MM-DD> is required"],
    [["otTargetGroup", "--as-of", "15.04.2026"], "--as-of takes a calendar date (YYYY-MM-DD)"],
  ])("refuses %j", (args, message) => {
    expect(() => evaluateConfig(args)).toThrow(new CliError(message, 2, "evaluate"));
  });

  it("names a bad parameter override without repeating its value", () => {
    let message = "";
    try {
      evaluateConfig([...base, "--param", 'ot.upper-age="Kari Nordmann"']);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^options\.parameters/);
    expect(message).not.toContain("Kari");
  });

  it("reads --format for both sides, and --input-format / --output-format for one", () => {
    const c = evaluateConfig([...base, "--format", "csv", "--output-format", "jsonl", "--separator", "tab"]);
    expect([c.inputFormat, c.outputFormat, c.separator, c.decimalComma]).toEqual(["csv", "jsonl", "\t", true]);
    expect(evaluateConfig([...base, "--format", "csv"]).decimalComma).toBe(false);
  });
});

describe("CSV cells", () => {
  const fields = inputFields(findFunction("outreachAssessService") as never);
  const kind = (name: string) => fields.get(name) as FieldKind;

  it("knows each field's types from the function's JSON Schema", () => {
    expect([...kind("workInPairs").types].sort()).toEqual(["boolean", "null"]);
    expect([...kind("fte").types].sort()).toEqual(["null", "number"]);
    expect(kind("population").types.has("integer")).toBe(true);
    const nav = inputFields(findFunction("navPartners") as never);
    expect(nav.get("birthDate")?.date).toBe(true);
    expect(nav.get("problems")?.stringList).toBe(true);
    // outreachFieldTimeShare takes one period or a list: the columns are those of one period.
    expect([...inputFields(findFunction("outreachFieldTimeShare") as never).keys()]).toEqual([
      "label",
      "fieldHours",
      "totalHours",
    ]);
  });

  it("reads booleans in English and Norwegian, and 1/0", () => {
    for (const t of ["true", "TRUE", "ja", "Ja", "sann", "yes", "1", " ja "])
      expect(cellValue(t, kind("workInPairs"), false)).toBe(true);
    for (const t of ["false", "nei", "NEI", "usann", "no", "0"])
      expect(cellValue(t, kind("workInPairs"), false)).toBe(false);
    // Anything else stays text, for the function to refuse by name.
    expect(cellValue("kanskje", kind("workInPairs"), false)).toBe("kanskje");
  });

  it("leaves an empty cell out (an unknown fact)", () => {
    expect(cellValue("", kind("workInPairs"), false)).toBeUndefined();
    expect(cellValue("   ", kind("population"), false)).toBeUndefined();
  });

  it("reads whole numbers with space groups, and decimals with a point, or a comma when asked", () => {
    expect(cellValue("10 000", kind("population"), false)).toBe(10000);
    expect(cellValue("10\u00A0000", kind("population"), false)).toBe(10000);
    expect(cellValue("-3", kind("population"), false)).toBe(-3);
    expect(cellValue("1.5", kind("fte"), false)).toBe(1.5);
    expect(cellValue("1,5", kind("fte"), true)).toBe(1.5);
    // Without a decimal comma, 1,5 could be a thousands separator: text, refused by the function.
    expect(cellValue("1,5", kind("fte"), false)).toBe("1,5");
    // A whole-number field takes no decimals.
    expect(cellValue("1.5", kind("population"), false)).toBe("1.5");
    expect(cellValue("1e3", kind("population"), false)).toBe("1e3");
  });

  it("reads lists as JSON in the cell, or words separated by |, and dates as DD.MM.YYYY too", () => {
    const nav = inputFields(findFunction("navPartners") as never);
    const problems = nav.get("problems") as FieldKind;
    expect(cellValue('["substance", "housing"]', problems, false)).toEqual(["substance", "housing"]);
    expect(cellValue("substance | housing", problems, false)).toEqual(["substance", "housing"]);
    expect(() => cellValue('["substance"', problems, false)).toThrow(CellError);
    expect(cellValue("5.1.2008", nav.get("birthDate") as FieldKind, false)).toBe("2008-01-05");
    expect(cellValue("2008-01-05", nav.get("birthDate") as FieldKind, false)).toBe("2008-01-05");
    expect(cellValue('[{"fieldHours":1,"totalHours":3}]', kind("fieldTime"), false)).toEqual([
      { fieldHours: 1, totalHours: 3 },
    ]);
  });

  it("takes columns that are input fields, the id column and the group column, and names any other", () => {
    const ot = inputFields(findFunction("otTargetGroup") as never);
    const c = csvColumns(["id", "kommune", "birthYear", "inWork"], ot, "otTargetGroup", ",", undefined, "kommune");
    expect(c).toEqual({
      fields: [
        { index: 2, name: "birthYear", kind: ot.get("birthYear") },
        { index: 3, name: "inWork", kind: ot.get("inWork") },
      ],
      id: { index: 0, name: "id" },
      group: { index: 1, name: "kommune" },
      width: 4,
    });
    expect(() => csvColumns(["brithYear"], ot, "otTargetGroup", ",", undefined, undefined)).toThrow(
      /^column "brithYear" is not an input field of otTargetGroup \(did you mean birthYear\?\)/,
    );
    expect(() => csvColumns(["birthYear;inWork"], ot, "otTargetGroup", ",", undefined, undefined)).toThrow(
      /separated by semicolons\? use --separator ';'/,
    );
    expect(() => csvColumns(["birthYear"], ot, "otTargetGroup", ",", "elevnr", undefined)).toThrow(
      /^--id-column: the header row has no column "elevnr"$/,
    );
    expect(() => csvColumns(["inWork", "inWork"], ot, "otTargetGroup", ",", undefined, undefined)).toThrow(/twice/);
    // The group column may be an input field: then it is both.
    expect(csvColumns(["inWork"], ot, "otTargetGroup", ",", undefined, "inWork").fields).toHaveLength(1);
  });
});

describe("CSV output and summary", () => {
  const decision = (outcome: unknown, details?: object) =>
    ({ outcome, needs: ["a", "b"], details, version: { id: "v1" } }) as never;

  it("writes numbers with a decimal comma on request, lists as JSON, null as empty", () => {
    expect(cellText(1.5, true)).toBe("1,5");
    expect(cellText(1.5, false)).toBe("1.5");
    expect(cellText(["x"], true)).toBe('["x"]');
    expect(cellText(null, false)).toBe("");
    expect(cellText(false, false)).toBe("false");
  });

  it("has a column per detail and per key of an object outcome, in the order first seen", () => {
    const t = new CsvTable(";", true, "elevnr", undefined, false);
    t.add({ line: 2, id: "e1", decision: decision({ fte: 1.5, headcount: 2 }, { a: 1, nested: { b: true } }) });
    t.add({ line: 3, id: "e2", error: "birthYear: must be a number" });
    t.add({ line: 4, decision: decision("x", { c: "z;w" }) });
    expect(t.text()).toBe(
      [
        "\uFEFFline;elevnr;outcome.fte;outcome.headcount;outcome;needs;version;details.a;details.nested.b;details.c;error",
        "2;e1;1,5;2;;a b;v1;1;true;;",
        "3;e2;;;error;;;;;;birthYear: must be a number",
        '4;;;;x;a b;v1;;;"z;w";',
        "",
      ].join("\r\n"),
    );
  });

  it("counts outcomes per group in the order first seen", () => {
    const s = new Summary();
    for (const [g, o] of [
      ["Oslo", "a"],
      ["Bergen", "b"],
      ["Oslo", "a"],
      ["Oslo", "error"],
    ])
      s.add(g as string, o as string);
    expect(s.text("csv", ";", "kommune")).toBe(
      "\uFEFFkommune;outcome;count\r\nOslo;a;2\r\nOslo;error;1\r\nBergen;b;1\r\n",
    );
    expect(s.text("jsonl", ",", undefined)).toBe(
      '{"outcome":"a","count":2}\n{"outcome":"error","count":1}\n{"outcome":"b","count":1}\n',
    );
  });
});

describe("redact", () => {
  it("replaces every value of the record in a message by its kind and length", () => {
    const record = { name: "Kari Nordmann", year: 20071234, list: ["2007-02-30"], short: "ab", digit: 5 };
    expect(redact('must be a number, got string "Kari Nordmann"', record)).toBe(
      "must be a number, got string (text of 13 characters)",
    );
    expect(redact("must be at most 2026, got number 20071234", record)).toBe(
      "must be at most 2026, got number (a number)",
    );
    expect(redact('"2007-02-30" is not a calendar date', record)).toBe(
      "(text of 10 characters) is not a calendar date",
    );
    // Short values: only where quoted, so words of the message stay whole.
    expect(redact('must be "ab", got 5 or ab', record)).toBe("must be (text of 2 characters), got 5 or ab");
  });
});
