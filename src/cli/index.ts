/**
 * The command line, `npx ungrett`: the only code in the package besides the examples that
 * touches files or the console. Everything it computes comes from the pure library.
 */
import { readFileSync } from "node:fs";
import { VECTOR_FILES } from "../conformance/index.js";
import { inputJsonSchema, optionsJsonSchema } from "../conformance/json-schemas.js";
import { LIBRARY_VERSION } from "../core/library-version.js";
import { describeParameter, valueOn } from "../core/parameters.js";
import { type AreaName, type RulebookTexts, type Texts, titleOf } from "../core/texts.js";
import type { Locale } from "../core/types.js";
import { FUNCTIONS } from "../functions.js";
import { ALL_PARAMETERS, RULES } from "../index.js";
import { en, enRulebook } from "../locale/en.js";
import { nb, nbRulebook } from "../locale/nb.js";
import { nn, nnRulebook } from "../locale/nn.js";
import { CliError, didYouMean, parseOptions, shown } from "./args.js";
import { checkDate, evaluate, functionNamed } from "./evaluate.js";
import { guardStdout, write } from "./io.js";
import { InputFormatError, MAX_LINE_BYTES } from "./lines.js";
import { checkVectorArea, verify } from "./verify.js";

const MAX = `${MAX_LINE_BYTES.toLocaleString("en-US")} bytes`;

/** Words wrapped into lines of at most `width` characters, each with `indent`. */
function wrap(text: string, indent: string, width: number): string {
  const out: string[] = [];
  let line = indent;
  for (const word of text.split(" ")) {
    if (line !== indent && line.length + 1 + word.length > width) {
      out.push(line);
      line = indent;
    }
    line += line === indent ? word : ` ${word}`;
  }
  out.push(line);
  return out.join("\n");
}

/** Each command's synopsis, printed after a usage error. */
const USAGE: Readonly<Record<string, string>> = {
  ungrett: "ungrett <evaluate|verify|vectors|schema|rules|parameters|functions> [options]",
  evaluate: "ungrett evaluate <function> --as-of <YYYY-MM-DD> [options] [file]",
  verify: "ungrett verify [--area <area>] [--function <name>] [--strict] <results.jsonl>",
  vectors: "ungrett vectors [--area <area>] [--function <name>]",
  schema: "ungrett schema <function|vector> [--options]",
  rules: "ungrett rules [--json]",
  parameters: "ungrett parameters --as-of <YYYY-MM-DD> [--json]",
  functions: "ungrett functions",
};

const HELP = `ungrett ${LIBRARY_VERSION}: Norwegian rules for young people outside school and work

Usage:
  ungrett evaluate <function> --as-of <YYYY-MM-DD> [options] [file]
      Evaluates each record of [file] or stdin and writes one result per record to stdout.
      Input: JSON Lines (one input per line), one JSON array (when the whole input parses
      as one array), or CSV. A UTF-8 byte order mark is skipped. A line (or CSV row) may
      be at most 1 MiB (${MAX}); a longer one is a bad record. A bad record (not
      JSON, invalid input, too long) is reported on stderr with its line number, and an
      error record takes its place; its values are never repeated. The run goes on, and
      the exit code is 1 at the end.
      --version <id>         pin a version of the rules (what-if)
      --param <id>=<json>    override a parameter (repeatable), e.g. --param ot.upper-age=21
      --explain nb|nn|en     add the explanation to each decision
      --wrapped              JSON Lines records {"id"?, "input", "asOf"?, "version"?,
                             "parameters"?}; any other key makes a bad line
      --output decision|outcome
                             JSON Lines: whole decisions (default), or
                             {"outcome", "needs", "details", "version"}
      --format jsonl|csv     the input and output format (default jsonl)
      --input-format jsonl|csv, --output-format jsonl|csv
                             one of them
      --separator <c>        CSV separator (default ,); ';' for Norwegian Excel, then numbers
                             are read and written with a decimal comma; tab for tabs
      --id-column <name>     CSV: the column passed through as the id, not given to the
                             function (default: id, when there is one)
      --group-by <column>    CSV: count --summary per value of this column; passed through
                             to CSV output
      --summary              write counts per outcome (and group) instead of the records;
                             bad records count as "error"
      --quiet                no progress on stderr
      CSV input: the header row names the input fields (see ungrett schema <function>);
      an empty cell is an unknown fact; booleans are true/false, ja/nei, sann/usann,
      yes/no or 1/0; a list is JSON in the cell (["a","b"]), or a|b for a list of words;
      dates are YYYY-MM-DD or DD.MM.YYYY. CSV output (with a byte order mark, for Excel,
      and written at the end of the run): line, id, outcome, needs (separated by spaces),
      version, details.<key>, explanation, error.
  ungrett verify [--area <area>] [--function <name>] [--strict] <results.jsonl>
      Compares another implementation's results, one {"id", "outcome", "needs"?,
      "details"?, "version"?} or {"id", "error": {"paths"}} per line, with the
      conformance vectors. The outcome is always compared, the other fields when a result
      gives them (--strict: always). --area and --function check only those vectors.
      Exit code 0 only when every vector checked has a matching result and every result
      line is valid (no duplicate ids).
  ungrett vectors [--area <area>] [--function <name>]
                                        the conformance vectors as JSON Lines
  ungrett schema <function|vector> [--options]
                                        the JSON Schema of a function's input (or, with
                                        --options, of its options), or of a vector file
  ungrett rules [--json]                every rule with its strength and sources
  ungrett parameters --as-of <YYYY-MM-DD> [--json]
                                        every parameter's value in force on a date
  ungrett functions                     the public functions and the rules they evaluate

  Every command takes --help. Exit codes: 0 success, 1 bad records or failed vectors,
  2 a usage error. Output to a reader that stops early (| head) is dropped; the exit code
  still covers the whole run.

Functions:
${wrap(FUNCTIONS.map((f) => f.name).join(", "), "  ", 90)}
`;

function vectors(args: readonly string[]): number {
  const { values } = parseOptions("vectors", args, { area: { type: "string" }, function: { type: "string" } });
  const area = values.area as string | undefined;
  const fn = values.function as string | undefined;
  checkVectorArea("vectors", area);
  if (fn !== undefined) functionNamed(fn, "vectors");
  for (const f of VECTOR_FILES) {
    if (area !== undefined && f.area !== area) continue;
    for (const v of f.vectors) if (fn === undefined || v.function === fn) write(`${JSON.stringify(v)}\n`);
  }
  return 0;
}

function schema(args: readonly string[]): number {
  const { values, positionals } = parseOptions("schema", args, { options: { type: "boolean" } });
  const [name, ...extra] = positionals;
  if (name === undefined) throw new CliError("schema needs a function name, or vector", 2, "schema");
  if (extra.length > 0) throw new CliError("schema takes one name", 2, "schema");
  if (name === "vector") {
    write(readFileSync(new URL("./conformance/vector.schema.json", import.meta.url), "utf8"));
    return 0;
  }
  const fn = functionNamed(name, "schema");
  write(`${JSON.stringify(values.options ? optionsJsonSchema(fn) : inputJsonSchema(fn), null, 2)}\n`);
  return 0;
}

function noPositionals(command: string, positionals: readonly string[]): void {
  if (positionals.length > 0) throw new CliError(`${command} takes no arguments besides its options`, 2, command);
}

const BOOKS: readonly [Texts, Readonly<Record<AreaName, RulebookTexts>>][] = [
  [nb, nbRulebook],
  [nn, nnRulebook],
  [en, enRulebook],
];

/** A text in each language, for the JSON listings (`null` where a language has none). */
function localized(
  pick: (texts: Texts, book: Readonly<Record<AreaName, RulebookTexts>>) => string | undefined,
): Record<Locale, string | null> {
  return Object.fromEntries(BOOKS.map(([t, book]) => [t.locale, pick(t, book) ?? null])) as Record<
    Locale,
    string | null
  >;
}

function rules(args: readonly string[]): number {
  const { values, positionals } = parseOptions("rules", args, { json: { type: "boolean" } });
  noPositionals("rules", positionals);
  if (values.json === true) {
    write(
      `${JSON.stringify(
        RULES.map((r) => ({
          ...r,
          title: localized((t) => titleOf(t, r.id)),
          summary: localized((_t, book) => book[r.area as AreaName]?.rules[r.id]?.summary),
          parameters: r.parameters.map((p) => p.id),
        })),
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  for (const r of RULES) write(`${r.id.padEnd(36)} ${r.strength.padEnd(15)} ${titleOf(en, r.id) ?? ""}\n`);
  return 0;
}

function parameters(args: readonly string[]): number {
  const { values, positionals } = parseOptions("parameters", args, {
    "as-of": { type: "string" },
    json: { type: "boolean" },
  });
  noPositionals("parameters", positionals);
  const asOf = checkDate("--as-of", values["as-of"] as string | undefined, "parameters");
  const rows = ALL_PARAMETERS.map((p) => {
    const v = valueOn(p, asOf);
    return {
      ...describeParameter(p),
      title: localized((t) => titleOf(t, p.id)),
      valueOnAsOf: v === undefined ? null : v.value,
      inForceFrom: v?.from ?? null,
    };
  });
  if (values.json === true) {
    write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  for (const r of rows) {
    write(
      `${r.id.padEnd(40)} ${JSON.stringify(r.valueOnAsOf).padEnd(12)} ${r.unit.padEnd(12)} ${r.strength.padEnd(15)} ${r.title.en ?? ""}\n`,
    );
  }
  return 0;
}

function functions(args: readonly string[]): number {
  const { positionals } = parseOptions("functions", args, {});
  noPositionals("functions", positionals);
  for (const f of FUNCTIONS) write(`${f.name.padEnd(28)} ${f.rule}\n`);
  return 0;
}

const COMMANDS: Readonly<Record<string, (args: readonly string[]) => number | Promise<number>>> = {
  evaluate,
  verify,
  vectors,
  schema,
  rules,
  parameters,
  functions,
};

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "help" || command === "--help" || command === "-h") {
    write(HELP);
    return 0;
  }
  if (command === "--version" || command === "-v") {
    write(`${LIBRARY_VERSION}\n`);
    return 0;
  }
  const run = COMMANDS[command];
  if (run === undefined) {
    if (command.startsWith("-")) {
      const flag = /^--?[a-z][a-z-]{0,40}$/i.test(command) ? command.replace(/=.*/, "") : "(an option)";
      throw new CliError(`unknown option ${flag}; the first argument is a command`, 2, "ungrett");
    }
    throw new CliError(`unknown command ${shown(command)}${didYouMean(command, Object.keys(COMMANDS))}`, 2, "ungrett");
  }
  // `<command> --help` prints the help, whatever else is on the line.
  if (rest.includes("--help") || rest.includes("-h")) {
    write(HELP);
    return 0;
  }
  return run(rest);
}

/** A failure as one line (and the usage after a usage error), never a stack trace. */
function report(e: unknown): number {
  if (e instanceof CliError) {
    process.stderr.write(`ungrett: ${e.message}\n`);
    if (e.usageOf !== undefined) process.stderr.write(`usage: ${USAGE[e.usageOf]}\n(ungrett --help for more)\n`);
    return e.exitCode;
  }
  if (e instanceof InputFormatError) {
    process.stderr.write(`ungrett: ${e.message}\n`);
    return 1;
  }
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (typeof code === "string" && /^E[A-Z]+$/.test(code)) {
    const why: Record<string, string> = {
      ENOENT: "no such file",
      EACCES: "permission denied",
      EISDIR: "it is a directory",
    };
    process.stderr.write(`ungrett: cannot read the input: ${why[code] ?? code} (${code})\n`);
    return 2;
  }
  // A bug: say so in one line; UNGRETT_DEBUG=1 shows the stack.
  const name = e instanceof Error ? e.name : typeof e;
  process.stderr.write(`ungrett: unexpected error (${name}); UNGRETT_DEBUG=1 shows the details\n`);
  if (process.env.UNGRETT_DEBUG === "1") process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  return 2;
}

guardStdout();
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.exitCode = report(e);
  },
);
