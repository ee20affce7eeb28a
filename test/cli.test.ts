import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_LINE_BYTES } from "../src/cli/lines.js";
import { LIBRARY_VERSION } from "../src/core/library-version.js";
import * as ungrett from "../src/index.js";
import { assertBuilt, lines, run, STACK_FRAME } from "./helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "ungrett-cli-"));
const person = (birthYear: number, inWork = false) =>
  JSON.stringify({ birthYear, hasYouthRight: true, inEducation: false, inWork });
const parse = (s: string) => lines(s).map((l) => JSON.parse(l));

beforeAll(assertBuilt);

describe("ungrett evaluate", { timeout: 60_000 }, () => {
  it("turns JSON Lines into one decision per line, reports bad lines with their number and goes on", () => {
    const input = [
      '{"birthYear":2005,"hasYouthRight":true,"inEducation":false,"inWork":false}',
      '{"birthYear":2007,"inwork":false}',
      "not json",
      "",
      '{"birthYear":2007,"hasYouthRight":true,"inEducation":false}',
    ].join("\n");
    const r = run(["evaluate", "otTargetGroup", "--as-of", "2026-04-15", "--quiet"], input);
    expect(r.code).toBe(1);
    const out = parse(r.out);
    expect(out).toHaveLength(4);
    expect(out[0].outcome).toBe("in-target-group");
    expect(out[1]).toMatchObject({ line: 2, error: { name: "UngrettInputError", paths: ["inwork"] } });
    expect(out[2]).toMatchObject({ line: 3, error: { name: "SyntaxError", code: "not_json" } });
    expect(out[3]).toMatchObject({ outcome: "unknown", needs: ["inWork"] });
    expect(r.err).toMatch(/^line 2: .*inwork/m);
    expect(r.err).toMatch(/^line 3: not valid JSON$/m);
  });

  it("splits lines on \\n, \\r\\n and a lone \\r, across chunk boundaries, numbering every line", () => {
    // About 200 KiB: several 64 KiB chunks, so lines (and some \r\n pairs) straddle chunk ends.
    const records = Array.from({ length: 3000 }, (_, i) => person(1990 + (i % 30), i % 2 === 0));
    const breaks = ["\n", "\r\n", "\r"];
    const input = records.map((r, i) => `${r}${breaks[i % 3]}`).join("");
    const file = join(dir, "mixed-breaks.jsonl");
    writeFileSync(file, `${input}{"birthYear":"x"}`);
    const r = run(["evaluate", "otTargetGroup", "--as-of", "2026-04-15", "--quiet", "--output", "outcome", file]);
    const out = parse(r.out);
    expect(out).toHaveLength(3001);
    for (const [i, rec] of records.entries()) {
      const expected = ungrett.otTargetGroup(JSON.parse(rec), { asOf: "2026-04-15" });
      expect(out[i].outcome).toBe(expected.outcome);
    }
    expect(out[3000]).toMatchObject({ line: 3001, error: { paths: ["birthYear"] } });
    expect(r.code).toBe(1);
  });

  it("gives the same decisions as the library", () => {
    const p = { birthYear: 2001, hasYouthRight: true, inEducation: false, inWork: false };
    const r = run(["evaluate", "otTargetGroup", "--as-of", "2024-08-01"], JSON.stringify(p));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(ungrett.otTargetGroup(p, { asOf: "2024-08-01" }));
  });

  it("reads a JSON array, overrides parameters, explains, and writes outcomes only on request", () => {
    const input = JSON.stringify([{ birthYear: 2003, hasYouthRight: true, inEducation: false, inWork: false }]);
    const r = run(
      [
        "evaluate",
        "otTargetGroup",
        "--as-of",
        "2025-06-01",
        "--param",
        "ot.upper-age=21",
        "--explain",
        "nn",
        "--output",
        "outcome",
      ],
      input,
    );
    expect(r.code).toBe(0);
    const d = JSON.parse(r.out);
    expect(d.outcome).toBe("not-in-target-group");
    expect(Object.keys(d).sort()).toEqual(["details", "explanation", "needs", "outcome", "version"]);
    expect(d.explanation).toContain("overstyrt i kallet");
  });

  it("takes per-record options and ids in wrapped mode", () => {
    const input = [
      JSON.stringify({ id: "a", input: { birthYear: 2005 }, asOf: "2024-07-31" }),
      JSON.stringify({ id: "b", input: { birthYear: 2005 }, asOf: "2024-08-01" }),
    ].join("\n");
    const out = parse(run(["evaluate", "otCoverageEnd", "--wrapped"], input).out);
    expect(out.map((d) => [d.id, d.outcome])).toEqual([
      ["a", "2026-12-31"],
      ["b", "2029-12-31"],
    ]);
  });

  it("refuses bad options before reading any record", () => {
    const r = run(["evaluate", "otTargetGroup", "--as-of", "2024-02-30"], "{}");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--as-of takes a calendar date/);
    expect(run(["evaluate", "noSuchFunction", "--as-of", "2024-01-01"], "").code).toBe(2);
    expect(run(["evaluate", "otTargetGroup", "--as-of", "2005-01-01"], "{}").err).toMatch(/options.asOf/);
  });
});

describe("ungrett evaluate: long lines", { timeout: 60_000 }, () => {
  it("reports a line over the maximum as a bad line (number and code, not its text) and evaluates the next line", () => {
    const long = `{"birthYear":2005,"note":"${"Kari Nordmann ".repeat(Math.ceil(MAX_LINE_BYTES / 14))}"}`;
    // Just under the maximum: still read (then refused by the function for its unknown field).
    const justUnder = `{"birthYear":2005,"x":"${"y".repeat(MAX_LINE_BYTES - 30)}"}`;
    expect(Buffer.byteLength(justUnder)).toBeLessThanOrEqual(MAX_LINE_BYTES);
    const input = [person(2005), long, person(2006), justUnder, person(2007)].join("\n");
    const r = run(["evaluate", "otTargetGroup", "--as-of", "2026-04-15", "--output", "outcome"], input);
    expect(r.code).toBe(1);
    const out = parse(r.out);
    expect(out).toHaveLength(5);
    expect(out[1]).toEqual({
      line: 2,
      error: {
        name: "InputLineError",
        code: "line_too_long",
        paths: [],
        message: "the line is longer than 1,048,576 bytes (the maximum); skipped",
      },
    });
    expect(out[2].outcome).toBe("in-target-group");
    expect(out[3]).toMatchObject({ line: 4, error: { paths: ["x"] } });
    expect(out[4].outcome).toBe("in-target-group");
    expect(r.err).toMatch(/^line 2: the line is longer than 1,048,576 bytes/m);
    expect(`${r.out}${r.err}`).not.toContain("Kari");
  });

  it("counts the maximum in bytes of UTF-8, not in characters", () => {
    // Fewer characters than the maximum, more bytes: ø takes two bytes.
    const line = `{"x":"${"ø".repeat(MAX_LINE_BYTES / 2)}"}`;
    expect(line.length).toBeLessThan(MAX_LINE_BYTES);
    const r = run(["evaluate", "otTargetGroup", "--as-of", "2026-04-15"], `${line}\n${person(2005)}`);
    expect(parse(r.out)[0]).toMatchObject({ line: 1, error: { code: "line_too_long" } });
  });

  it("reads a 32 MB line in linear time (it took minutes when each chunk re-split the line so far)", () => {
    const file = join(dir, "long.jsonl");
    writeFileSync(file, `{"birthYear":2005,"x":"${"a".repeat(32 * 1024 * 1024)}"}\r\n${person(2005)}\n`);
    const t0 = performance.now();
    const r = run(["evaluate", "otTargetGroup", "--as-of", "2026-04-15", "--output", "outcome", file]);
    const seconds = (performance.now() - t0) / 1000;
    const out = parse(r.out);
    expect(out[0]).toMatchObject({ line: 1, error: { code: "line_too_long" } });
    expect(out[1]).toMatchObject({ outcome: "in-target-group" });
    // About 1 s on the development machine; the quadratic reader took about 2.4 s for 8 MB.
    expect(seconds).toBeLessThan(6);
  });
});

describe("ungrett evaluate: JSON array or JSON Lines", { timeout: 60_000 }, () => {
  it("reads JSON Lines whose first record starts with [ line by line", () => {
    const input = `[${person(2005)}]\n${person(2006)}\n`;
    const r = run(["evaluate", "otTargetGroup", "--as-of", "2026-04-15", "--output", "outcome"], input);
    const out = parse(r.out);
    expect(out).toHaveLength(2);
    // The first line is an array, which otTargetGroup refuses; the second is evaluated.
    expect(out[0]).toMatchObject({ line: 1, error: { name: "UngrettInputError", paths: [""] } });
    expect(out[1].outcome).toBe("in-target-group");
    expect(r.code).toBe(1);
  });

  it("reads a whole input that parses as one JSON array (over several lines) as its elements", () => {
    const input = `\n  [\n  ${person(2005)},\n  ${person(2006, true)}\n]\n`;
    const r = run(["evaluate", "otTargetGroup", "--as-of", "2026-04-15", "--output", "outcome"], input);
    expect(r.code).toBe(0);
    expect(parse(r.out).map((d) => d.outcome)).toEqual(["in-target-group", "not-in-target-group"]);
  });

  it("reads an input that starts with [ but is not one array line by line, and says so once", () => {
    const input = `[\n${person(2005)}\n${person(2006)}\n`;
    const r = run(["evaluate", "otTargetGroup", "--as-of", "2026-04-15", "--output", "outcome"], input);
    const out = parse(r.out);
    expect(out[0]).toMatchObject({ line: 1, error: { code: "not_json" } });
    expect(out.slice(1).map((d) => d.outcome)).toEqual(["in-target-group", "in-target-group"]);
    expect(r.err.match(/is not one JSON array/g)).toHaveLength(1);
  });
});

describe("ungrett evaluate: byte order marks", { timeout: 60_000 }, () => {
  const BOM = "\uFEFF";
  it.each([
    ["JSON Lines", `${BOM}${person(2005)}\n${person(2006)}\n`, []],
    ["a JSON array", `${BOM}[${person(2005)},${person(2006)}]`, []],
    [
      "CSV",
      `${BOM}birthYear,hasYouthRight,inEducation,inWork\r\n2005,true,false,false\r\n2006,true,false,false\r\n`,
      ["--input-format", "csv"],
    ],
  ])("skips a UTF-8 byte order mark at the start of %s", (_, input, flags) => {
    const r = run(["evaluate", "otTargetGroup", "--as-of", "2026-04-15", "--output", "outcome", ...flags], input);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(parse(r.out).map((d) => d.outcome)).toEqual(["in-target-group", "in-target-group"]);
  });

  it("refuses UTF-16 input (Excel's Unicode text) in one line, exit code 1", () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${person(2005)}\n`, "utf16le")]);
    const r = run(["evaluate", "otTargetGroup", "--as-of", "2026-04-15"], utf16);
    expect(r.code).toBe(1);
    expect(r.err).toBe("ungrett: the input looks like UTF-16 text; save it as UTF-8 (in Excel: CSV UTF-8)\n");
  });
});

describe("ungrett evaluate --wrapped is strict", { timeout: 60_000 }, () => {
  it("makes a record with a misspelt or unknown key a bad line naming the key, never its value", () => {
    const input = [
      { id: "a", input: { birthYear: 2005 }, asof: "2031-01-01" },
      { id: "b", input: { birthYear: 2005 }, paramters: { "ot.upper-age": 21 } },
      { id: "c", input: { birthYear: 2005 }, note: "Kari Nordmann" },
      { id: "d", input: { birthYear: 2005 }, asOf: "2024-07-31" },
      { id: "e", input: { birthYear: 2005 }, parameters: "Kari" },
      { id: "f" },
      null,
    ]
      .map((r) => JSON.stringify(r))
      .join("\n");
    const r = run(["evaluate", "otCoverageEnd", "--wrapped", "--output", "outcome"], input);
    expect(r.code).toBe(1);
    const out = parse(r.out);
    expect(out.map((d) => d.error?.code ?? d.outcome)).toEqual([
      "unknown_key",
      "unknown_key",
      "unknown_key",
      "2026-12-31",
      "invalid_type",
      "missing_key",
      "not_an_object",
    ]);
    expect(out[0]).toMatchObject({ line: 1, id: "a", error: { paths: ["asof"] } });
    expect(out[0].error.message).toContain('no key "asof" (did you mean asOf?)');
    expect(out[1].error.message).toContain('no key "paramters" (did you mean parameters?)');
    expect(out[2].error.paths).toEqual(["note"]);
    expect(r.err).toMatch(/^line 2: a wrapped record has no key "paramters"/m);
    expect(`${r.out}${r.err}`).not.toMatch(/Kari|2031/);
  });
});

describe("ungrett: bad arguments", { timeout: 60_000 }, () => {
  const usageError = (args: string[], message: RegExp, usage: RegExp) => {
    const r = run(args, "");
    expect(r.code, args.join(" ")).toBe(2);
    expect(r.out).toBe("");
    const [first, second, ...rest] = r.err.split("\n");
    expect(first).toMatch(message);
    expect(second).toMatch(usage);
    expect(rest.join("\n")).not.toMatch(STACK_FRAME);
  };

  // A few end to end; test/cli-units.test.ts checks every message of evaluateConfig and parseOptions.
  it.each([
    [["evaluate", "otTargetGroup", "--as-of", "2026-04-15", "--foo"], /^ungrett: unknown option --foo$/],
    [["evaluate", "otTargetGroup", "--as-of", "2026-04-15", "-x"], /^ungrett: unknown option -x$/],
    [["evaluate", "otTargetGroup", "--as-of"], /^ungrett: --as-of needs a value$/],
    [
      ["evaluate", "otTargetGroup", "--as-of", "2026-04-15", "--paramter", "x=1"],
      /unknown option --paramter \(did you mean --param\?\)$/,
    ],
    [["evaluate", "otTargetGroup", "--as-of", "2026-04-15", "--group-by", "kommune"], /--group-by is for CSV input$/],
    [["evaluate"], /^ungrett: evaluate needs a function name$/],
  ])("evaluate %j: one line, the usage, exit code 2", (args, message) => {
    usageError(args, message, /^usage: ungrett evaluate <function>/);
  });

  it("suggests the closest function for an unknown one", () => {
    usageError(
      ["evaluate", "otTargetGrop", "--as-of", "2026-04-15"],
      /^ungrett: unknown function "otTargetGrop" \(did you mean otTargetGroup\?\)/,
      /^usage: ungrett evaluate/,
    );
    usageError(["schema", "consentToshare"], /did you mean consentToShare\?/, /^usage: ungrett schema/);
    // Nothing close: no suggestion.
    const r = run(["evaluate", "zzzzzzzzzz", "--as-of", "2026-04-15"]);
    expect(r.err.split("\n")[0]).toBe('ungrett: unknown function "zzzzzzzzzz"; ungrett functions lists them');
  });

  it("refuses an unknown command or a first argument that is an option, with a suggestion", () => {
    usageError(["evalute"], /^ungrett: unknown command "evalute" \(did you mean evaluate\?\)$/, /^usage: ungrett </);
    usageError(["frobnicate"], /^ungrett: unknown command "frobnicate"$/, /^usage: ungrett </);
    usageError(["--foo"], /^ungrett: unknown option --foo; the first argument is a command$/, /^usage: ungrett </);
    usageError(["parameters"], /^ungrett: --as-of <YYYY-MM-DD> is required$/, /^usage: ungrett parameters/);
    usageError(["rules", "extra"], /^ungrett: rules takes no arguments/, /^usage: ungrett rules/);
  });

  it("never repeats a value from the command line in an error, only option and short names", () => {
    const secret = "Kari Nordmann 12345678901";
    const cases = [
      ["evaluate", "otTargetGroup", "--as-of", secret],
      ["evaluate", "otTargetGroup", "--as-of", "2026-04-15", `--${secret}=1`],
      ["evaluate", secret, "--as-of", "2026-04-15"],
      ["evaluate", "otTargetGroup", "--as-of", "2026-04-15", "--param", `ot.upper-age="${secret}"`],
      ["evaluate", "otTargetGroup", "--as-of", "2026-04-15", "--explain", secret],
      [secret],
      ["parameters", "--as-of", secret],
    ];
    for (const args of cases) {
      const r = run(args, "");
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.err).not.toContain("Kari");
      expect(r.err).not.toContain("12345678901");
      expect(r.err).not.toMatch(STACK_FRAME);
    }
  });

  // main() answers --help for every command before it runs one; three of them here.
  it.each([
    ["evaluate", "--help"],
    ["verify", "-h"],
    ["parameters", "--help"],
  ])("%s %s prints the help and exits 0", (command, flag) => {
    const r = run([command, flag]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("ungrett evaluate <function> --as-of <YYYY-MM-DD> [options] [file]");
    expect(r.err).toBe("");
  });

  it("documents the maximum line length in --help", () => {
    expect(run(["--help"]).out).toContain("at most 1 MiB (1,048,576 bytes)");
  });

  it("reports a missing input file in one line, without a stack trace", () => {
    const r = run(["evaluate", "otTargetGroup", "--as-of", "2026-04-15", join(dir, "no-such-file.jsonl")]);
    expect(r.code).toBe(2);
    expect(r.err).toBe("ungrett: cannot read the input: no such file (ENOENT)\n");
  });
});

describe("ungrett evaluate: bad records never repeat their values", { timeout: 60_000 }, () => {
  it("reports invalid JSON Lines by field, code and the value's kind and length", () => {
    const input = [
      '{"birthDate":"2007-02-30"}',
      '{"birthYear":"Kari Nordmann"}',
      '{"birthYear":20071234}',
      '{"birthYear":2005,"lostRight":"Nordmann-secret"}',
      "Kari Nordmann, 12345678901",
      '["Kari Nordmann"]',
    ].join("\n");
    const r = run(["evaluate", "otTargetGroup", "--as-of", "2026-04-15"], input);
    expect(r.code).toBe(1);
    const out = parse(r.out);
    expect(out.map((d) => d.error.paths)).toEqual([
      ["birthDate"],
      ["birthYear"],
      ["birthYear"],
      ["lostRight"],
      [],
      [""],
    ]);
    for (const text of [r.out, r.err]) {
      expect(text).not.toMatch(/Kari|Nordmann|2007-02-30|20071234|12345678901/);
    }
    expect(out[1].error.issues[0].message).toBe("must be a number, got a string of 13 characters");
  });
});

describe("ungrett schema, rules, parameters, functions", { timeout: 60_000 }, () => {
  it("prints a function's input JSON Schema, and the vector file's", () => {
    const s = JSON.parse(run(["schema", "otYearlyContact"]).out);
    expect(s.required).toEqual(["contacts"]);
    expect(s.additionalProperties).toBe(false);
    expect(s.properties.contacts.items.properties.date).toMatchObject({
      format: "date",
      description: expect.any(String),
    });
    expect(JSON.parse(run(["schema", "vector"]).out).title).toBeDefined();
  });

  it("prints a function's options JSON Schema with --options", () => {
    const s = JSON.parse(run(["schema", "otTargetGroup", "--options"]).out);
    expect(s.title).toBe("otTargetGroup options");
    expect(s.required).toEqual(["asOf"]);
    expect(s.properties.version.enum).toEqual(["ot-2006", "ot-2024"]);
    expect(s.properties.parameters.properties["ot.upper-age"]).toMatchObject({ type: "integer", minimum: 15 });
  });

  it("lists every rule, every function and the parameters in force on a date", () => {
    expect(lines(run(["rules"]).out)).toHaveLength(ungrett.RULES.length);
    expect(lines(run(["functions"]).out)).toHaveLength(ungrett.FUNCTIONS.length);
    const p = JSON.parse(run(["parameters", "--as-of", "2020-01-01", "--json"]).out);
    expect(p.find((x: { id: string }) => x.id === "ot.upper-age").valueOnAsOf).toBe(21);
  });

  it("answers help and --version", () => {
    expect(run(["--help"]).out).toContain("ungrett evaluate <function>");
    expect(run([]).out).toContain("ungrett evaluate <function>");
    expect(run(["--version"]).out).toBe(`${LIBRARY_VERSION}\n`);
  });
});
