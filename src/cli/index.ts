/**
 * The command line, `npx ungrett`: the only code in the package besides the examples that
 * touches files or the console. Everything it computes comes from the pure library.
 */
import { createReadStream, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import * as z from "zod/mini";
import { difference, type Observed, VECTORS } from "../conformance/index.js";
import { inputJsonSchema, optionsJsonSchema } from "../conformance/json-schemas.js";
import { isUngrettInputError } from "../core/errors.js";
import { describeParameter, valueOn } from "../core/parameters.js";
import { isoDateSchema } from "../core/schema.js";
import type { Json, Locale } from "../core/types.js";
import { LIBRARY_VERSION } from "../core/version.js";
import { FUNCTIONS, findFunction } from "../functions.js";
import { ALL_PARAMETERS, explain, RULES } from "../index.js";
import { outcomeOf, outcomeWriter } from "./output.js";

const HELP = `ungrett ${LIBRARY_VERSION}: Norwegian rules for young people outside school and work

Usage:
  ungrett evaluate <function> --as-of <YYYY-MM-DD> [options] [file]
      Reads JSON Lines (one input per line) or a JSON array from [file] or stdin and
      writes one decision per line to stdout. Bad lines are reported on stderr with their
      line number, written as {"line", "error"} records, and the run goes on (exit code 1).
      --version <id>         pin a version of the rules (what-if)
      --param <id>=<json>    override a parameter (repeatable), e.g. --param ot.upper-age=21
      --explain nb|nn|en     add the explanation to each decision
      --wrapped              each record is {"id"?, "input", "asOf"?, "version"?, "parameters"?}
      --output decision|outcome
                             whole decisions (default), or {"outcome", "needs", "details", "version"}
      --quiet                no progress on stderr
  ungrett verify <results.jsonl>
      Compares another implementation's outputs, one {"id", "outcome", "needs"?} or
      {"id", "error": {"paths"}} per vector, with the conformance suite. Exit code 0 only
      when every vector is present and matches.
  ungrett vectors [--area <area>]       the conformance vectors as JSON Lines
  ungrett schema <function|vector> [--options]
                                        the JSON Schema of a function's input (or, with
                                        --options, of its options), or of a vector file
  ungrett rules [--json]                every rule with its strength and sources
  ungrett parameters --as-of <date> [--json]
                                        every parameter's value in force on a date
  ungrett functions                     the public functions and the rules they evaluate

Functions: ${FUNCTIONS.map((f) => f.name).join(", ")}
`;

const out = (s: string) => process.stdout.write(s);
const err = (s: string) => process.stderr.write(s);

function fail(message: string, code = 2): never {
  err(`ungrett: ${message}\n`);
  process.exit(code);
}

function parseParam(spec: string): [string, Json] {
  const eq = spec.indexOf("=");
  if (eq <= 0) fail(`--param takes <id>=<json>, got ${JSON.stringify(spec)}`);
  const id = spec.slice(0, eq);
  const raw = spec.slice(eq + 1);
  try {
    return [id, JSON.parse(raw) as Json];
  } catch {
    return [id, raw];
  }
}

function checkDate(flag: string, value: string | undefined): string {
  if (value === undefined) fail(`${flag} <YYYY-MM-DD> is required`);
  if (!z.safeParse(isoDateSchema, value).success)
    fail(`${flag}: ${JSON.stringify(value)} is not a calendar date (YYYY-MM-DD)`);
  return value;
}

/**
 * The lines of a file (or stdin), a chunk at a time: one await per 64 KiB chunk rather
 * than one per line, which is what readline's async iterator costs. Breaks on \n, \r\n
 * and a lone \r, as readline does.
 */
/** Output lines written to stdout at a time. */
const BATCH = 2048;

async function* lineBatches(file: string | undefined): AsyncGenerator<string[]> {
  const input =
    file === undefined || file === "-"
      ? process.stdin.setEncoding("utf8")
      : createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 16 });
  let rest = "";
  for await (const chunk of input as AsyncIterable<string>) {
    const text = rest + chunk;
    // A \r at the very end may be the first half of \r\n: keep it for the next chunk.
    const end = text.endsWith("\r") ? text.length - 1 : text.length;
    const body = text.slice(0, end);
    const parts = body.includes("\r") ? body.split(/\r\n|\n|\r/) : body.split("\n");
    rest = (parts.pop() as string) + text.slice(end);
    if (parts.length > 0) yield parts;
  }
  if (rest !== "") yield rest.split(/\r\n|\n|\r/);
}

async function evaluate(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      "as-of": { type: "string" },
      version: { type: "string" },
      param: { type: "string", multiple: true },
      explain: { type: "string" },
      wrapped: { type: "boolean" },
      quiet: { type: "boolean" },
      output: { type: "string" },
    },
  });
  const [name, file] = positionals;
  const outcomeOnly = values.output === "outcome";
  if (values.output !== undefined && values.output !== "decision" && !outcomeOnly)
    fail("--output takes decision or outcome");
  if (name === undefined) fail("evaluate needs a function name");
  const fn = findFunction(name);
  if (fn === undefined)
    fail(`unknown function ${JSON.stringify(name)} (known: ${FUNCTIONS.map((f) => f.name).join(", ")})`);
  const wrapped = values.wrapped === true;
  const asOf = wrapped && values["as-of"] === undefined ? undefined : checkDate("--as-of", values["as-of"]);
  const locale = values.explain as Locale | undefined;
  if (locale !== undefined && locale !== "nb" && locale !== "nn" && locale !== "en")
    fail("--explain takes nb, nn or en");
  const parameters = values.param === undefined ? undefined : Object.fromEntries(values.param.map(parseParam));
  const raw = {
    ...(asOf === undefined ? {} : { asOf }),
    ...(values.version === undefined ? {} : { version: values.version }),
    ...(parameters === undefined ? {} : { parameters }),
  };
  // Options the same for every record are validated once, before the first record.
  let base: object = raw;
  if (!wrapped) {
    try {
      base = fn.prepare(raw as never);
    } catch (e) {
      if (isUngrettInputError(e)) fail(e.message);
      throw e;
    }
  }
  const quiet = values.quiet === true;
  const outcomeLine = outcomeWriter();

  let lineNo = 0;
  let records = 0;
  let bad = 0;
  let buffer: string[] = [];
  // Writes what is buffered; waits for stdout to drain so a million records never pile up in memory.
  const flush = async () => {
    if (buffer.length === 0) return;
    const ok = process.stdout.write(`${buffer.join("\n")}\n`);
    buffer = [];
    if (!ok) await new Promise<void>((resolve) => process.stdout.once("drain", () => resolve()));
  };
  const handle = (record: unknown, line: number) => {
    records++;
    let id: Json | undefined;
    try {
      let inputValue = record;
      let options: object = base;
      if (wrapped) {
        const r = (record ?? {}) as {
          id?: Json;
          input?: unknown;
          asOf?: string;
          version?: string;
          parameters?: object;
        };
        id = r.id;
        inputValue = r.input;
        options = {
          ...base,
          ...(r.asOf === undefined ? {} : { asOf: r.asOf }),
          ...(r.version === undefined ? {} : { version: r.version }),
          ...(r.parameters === undefined ? {} : { parameters: { ...parameters, ...r.parameters } }),
        };
      }
      const decision = fn.evaluate(inputValue as never, options as never);
      if (id === undefined && locale === undefined) {
        buffer.push(outcomeOnly ? outcomeLine(decision) : JSON.stringify(decision));
      } else {
        const extra: Record<string, Json> = {};
        if (id !== undefined) extra.id = id;
        if (locale !== undefined) extra.explanation = explain(decision, locale);
        buffer.push(JSON.stringify({ ...extra, ...(outcomeOnly ? outcomeOf(decision) : decision) }));
      }
    } catch (e) {
      if (!isUngrettInputError(e)) throw e;
      bad++;
      const issues = e.issues;
      err(`line ${line}: ${e.message}\n`);
      buffer.push(
        JSON.stringify({
          line,
          ...(id === undefined ? {} : { id }),
          error: { name: "UngrettInputError", paths: issues.map((i) => i.path), issues },
        }),
      );
    }
    if (!quiet && records % 100_000 === 0) err(`ungrett: ${records} records…\n`);
  };

  let arrayMode: boolean | undefined;
  let whole = "";
  for await (const batch of lineBatches(file)) {
    for (const line of batch) {
      lineNo++;
      if (arrayMode === undefined) {
        const t = line.trimStart();
        if (t === "") continue;
        arrayMode = t.startsWith("[");
      }
      if (arrayMode) {
        whole += `${line}\n`;
        continue;
      }
      if (line.length === 0 || line.trim() === "") continue;
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch (e) {
        bad++;
        err(`line ${lineNo}: not JSON (${(e as Error).message})\n`);
        buffer.push(
          JSON.stringify({ line: lineNo, error: { name: "SyntaxError", paths: [], message: (e as Error).message } }),
        );
        if (buffer.length >= BATCH) await flush();
        continue;
      }
      handle(record, lineNo);
    }
    if (buffer.length >= BATCH) await flush();
  }
  if (arrayMode) {
    let list: unknown;
    try {
      list = JSON.parse(whole);
    } catch (e) {
      fail(`the input is not a JSON array: ${(e as Error).message}`, 1);
    }
    if (!Array.isArray(list)) fail("the input is not a JSON array", 1);
    for (const [i, r] of list.entries()) {
      handle(r, i + 1);
      if (buffer.length >= BATCH) await flush();
    }
  }
  await flush();
  if (!quiet && records >= 100_000) err(`ungrett: ${records} records, ${bad} bad\n`);
  return bad === 0 ? 0 : 1;
}

async function verify(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const [file] = positionals;
  if (file === undefined) fail("verify needs a results file (JSON Lines)");
  const seen = new Map<string, Observed>();
  let lineNo = 0;
  let problems = 0;
  for await (const batch of lineBatches(file)) {
    for (const line of batch) {
      lineNo++;
      if (line.length === 0 || line.trim() === "") continue;
      try {
        const r = JSON.parse(line) as Observed & { id?: unknown };
        if (typeof r.id !== "string") throw new Error('no "id"');
        seen.set(r.id, r);
      } catch (e) {
        problems++;
        out(`line ${lineNo}: ${(e as Error).message}\n`);
      }
    }
  }
  let passed = 0;
  let failed = 0;
  for (const v of VECTORS) {
    const o = seen.get(v.id);
    const d = o === undefined ? "no result for this vector" : difference(v, o);
    if (d === null) passed++;
    else {
      failed++;
      out(`FAIL ${v.id} (${v.function}): ${d}\n`);
    }
    seen.delete(v.id);
  }
  for (const id of seen.keys()) {
    problems++;
    out(`line with unknown vector id ${JSON.stringify(id)}\n`);
  }
  out(`${passed} passed, ${failed} failed\n`);
  return failed === 0 && problems === 0 ? 0 : 1;
}

function vectors(args: string[]): number {
  const { values } = parseArgs({ args, options: { area: { type: "string" } } });
  for (const v of VECTORS) {
    if (values.area === undefined || v.rule.startsWith(`${values.area}.`)) out(`${JSON.stringify(v)}\n`);
  }
  return 0;
}

function schema(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    options: { options: { type: "boolean" } },
    allowPositionals: true,
  });
  const [name] = positionals;
  if (name === undefined) fail("schema needs a function name, or 'vector'");
  if (name === "vector") {
    out(readFileSync(new URL("./conformance/vector.schema.json", import.meta.url), "utf8"));
    return 0;
  }
  const fn = findFunction(name);
  if (fn === undefined) fail(`unknown function ${JSON.stringify(name)}`);
  out(`${JSON.stringify(values.options ? optionsJsonSchema(fn) : inputJsonSchema(fn), null, 2)}\n`);
  return 0;
}

function rules(args: string[]): number {
  const { values } = parseArgs({ args, options: { json: { type: "boolean" } } });
  if (values.json) {
    out(
      `${JSON.stringify(
        RULES.map((r) => ({ ...r, parameters: r.parameters.map((p) => p.id) })),
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  for (const r of RULES) out(`${r.id.padEnd(36)} ${r.strength.padEnd(15)} ${r.title.en}\n`);
  return 0;
}

function parameters(args: string[]): number {
  const { values } = parseArgs({ args, options: { "as-of": { type: "string" }, json: { type: "boolean" } } });
  const asOf = checkDate("--as-of", values["as-of"]);
  const rows = ALL_PARAMETERS.map((p) => {
    const v = valueOn(p, asOf);
    return { ...describeParameter(p), valueOnAsOf: v === undefined ? null : v.value, inForceFrom: v?.from ?? null };
  });
  if (values.json) {
    out(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  for (const r of rows) {
    out(
      `${r.id.padEnd(40)} ${JSON.stringify(r.valueOnAsOf).padEnd(12)} ${r.unit.padEnd(12)} ${r.strength.padEnd(15)} ${r.title.en}\n`,
    );
  }
  return 0;
}

function functions(): number {
  for (const f of FUNCTIONS) out(`${f.name.padEnd(28)} ${f.rule}\n`);
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "evaluate":
      return evaluate(rest);
    case "verify":
      return verify(rest);
    case "vectors":
      return vectors(rest);
    case "schema":
      return schema(rest);
    case "rules":
      return rules(rest);
    case "parameters":
      return parameters(rest);
    case "functions":
      return functions();
    case "--version":
    case "-v":
      out(`${LIBRARY_VERSION}\n`);
      return 0;
    case undefined:
    case "help":
    case "--help":
    case "-h":
      out(HELP);
      return 0;
    default:
      fail(`unknown command ${JSON.stringify(command)}; see ungrett --help`);
  }
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    err(`ungrett: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  },
);
