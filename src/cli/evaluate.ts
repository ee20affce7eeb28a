/**
 * `ungrett evaluate`: records in (JSON Lines, a JSON array or CSV), one decision per record
 * out (JSON Lines or CSV), or only counts of outcomes (`--summary`). A bad record is
 * reported with its line number and the run goes on; nothing said about it repeats its
 * values.
 */
import * as z from "zod/mini";
import { isUngrettInputError } from "../core/errors.js";
import { isoDateSchema } from "../core/schema.js";
import type { Texts } from "../core/texts.js";
import type { Json, Locale } from "../core/types.js";
import { FUNCTIONS, type FunctionEntry, findFunction } from "../functions.js";
import { explain } from "../index.js";
import { en } from "../locale/en.js";
import { nb } from "../locale/nb.js";
import { nn } from "../locale/nn.js";
import { CliError, didYouMean, parseOptions, shown } from "./args.js";
import { CellError, cellValue, csvColumns, inputFields } from "./cells.js";
import { csvRecords } from "./csv.js";
import { drained, write } from "./io.js";
import { classifyJson, inputChunks, lineBatches, MAX_LINE_BYTES, withoutBom } from "./lines.js";
import { CsvTable, outcomeKey, outcomeOf, outcomeWriter, Summary } from "./output.js";
import { redact, redactIssues } from "./redact.js";

const TEXTS: Readonly<Record<Locale, Texts>> = { nb, nn, en };

export const EVALUATE_OPTIONS = {
  "as-of": { type: "string" },
  version: { type: "string" },
  param: { type: "string", multiple: true },
  explain: { type: "string" },
  wrapped: { type: "boolean" },
  quiet: { type: "boolean" },
  output: { type: "string" },
  format: { type: "string" },
  "input-format": { type: "string" },
  "output-format": { type: "string" },
  separator: { type: "string" },
  "id-column": { type: "string" },
  "group-by": { type: "string" },
  summary: { type: "boolean" },
} as const;

/** The keys a `--wrapped` record may have. */
export const WRAPPED_KEYS = ["id", "input", "asOf", "version", "parameters"];

/** Output lines written to stdout at a time. */
const BATCH = 2048;

const MAX_LINE_TEXT = `${MAX_LINE_BYTES.toLocaleString("en-US")} bytes`;

/** A record that could not be evaluated: what the CLI reports, without its values. */
interface Problem {
  readonly name: string;
  readonly code: string;
  readonly message: string;
  readonly paths: readonly string[];
  readonly issues?: readonly { path: string; code: string; message: string }[];
}

const problem = (code: string, message: string, paths: readonly string[] = [], name = "InputLineError"): Problem => ({
  name,
  code,
  message,
  paths,
});

function parseParam(spec: string): [string, Json] {
  const eq = spec.indexOf("=");
  if (eq <= 0) throw new CliError("--param takes <id>=<json>, e.g. --param ot.upper-age=21", 2, "evaluate");
  const raw = spec.slice(eq + 1);
  try {
    return [spec.slice(0, eq), JSON.parse(raw) as Json];
  } catch {
    return [spec.slice(0, eq), raw];
  }
}

export function checkDate(flag: string, value: string | undefined, command: string): string {
  if (value === undefined) throw new CliError(`${flag} <YYYY-MM-DD> is required`, 2, command);
  if (!z.safeParse(isoDateSchema, value).success)
    throw new CliError(`${flag} takes a calendar date (YYYY-MM-DD)`, 2, command);
  return value;
}

/** The function named on the command line, or a usage error with a suggestion. */
export function functionNamed(name: string, command: string): FunctionEntry {
  const fn = findFunction(name);
  if (fn === undefined) {
    const names = FUNCTIONS.map((f) => f.name);
    throw new CliError(
      `unknown function ${shown(name)}${didYouMean(name, names)}; ungrett functions lists them`,
      2,
      command,
    );
  }
  return fn;
}

function formatOf(flag: string, value: string | undefined): "jsonl" | "csv" | undefined {
  if (value === undefined) return undefined;
  if (value === "jsonl" || value === "json") return "jsonl";
  if (value === "csv") return "csv";
  throw new CliError(`${flag} takes jsonl or csv`, 2, "evaluate");
}

function separatorOf(value: string | undefined): string {
  if (value === undefined) return ",";
  const s = value === "tab" || value === "\\t" ? "\t" : value;
  if (s.length !== 1 || s === '"' || s === "\n" || s === "\r")
    throw new CliError("--separator takes one character other than a quote, e.g. --separator ';'", 2, "evaluate");
  return s;
}

/** A run of `evaluate`, as the command line asks for it. */
export interface EvaluateConfig {
  readonly fn: FunctionEntry;
  readonly file: string | undefined;
  readonly inputFormat: "jsonl" | "csv";
  readonly outputFormat: "jsonl" | "csv";
  readonly wrapped: boolean;
  readonly summary: boolean;
  readonly separator: string;
  /** Numbers in CSV are read and written with a decimal comma. */
  readonly decimalComma: boolean;
  readonly outcomeOnly: boolean;
  readonly locale: Locale | undefined;
  /** `--param` overrides, merged under a wrapped record's own. */
  readonly parameters: Readonly<Record<string, Json>> | undefined;
  /** The options for every record: prepared once, or (wrapped) as given. */
  readonly base: object;
  readonly idColumn: string | undefined;
  readonly groupBy: string | undefined;
  readonly quiet: boolean;
}

/** Reads and checks the arguments of `evaluate`; a usage error names what is wrong. */
export function evaluateConfig(args: readonly string[]): EvaluateConfig {
  const { values: v, positionals } = parseOptions("evaluate", args, EVALUATE_OPTIONS);
  const opt = (k: string) => v[k] as string | undefined;
  const flag = (k: string) => v[k] === true;
  const [name, file, ...extra] = positionals;
  if (name === undefined) throw new CliError("evaluate needs a function name", 2, "evaluate");
  if (extra.length > 0) throw new CliError("evaluate reads one file (or stdin)", 2, "evaluate");
  const fn = functionNamed(name, "evaluate");

  const both = formatOf("--format", opt("format"));
  const inputFormat = formatOf("--input-format", opt("input-format")) ?? both ?? "jsonl";
  const outputFormat = formatOf("--output-format", opt("output-format")) ?? both ?? "jsonl";
  const csvIn = inputFormat === "csv";
  const csvOut = outputFormat === "csv";
  const wrapped = flag("wrapped");
  const summary = flag("summary");
  if (csvIn && wrapped)
    throw new CliError("--wrapped is for JSON Lines; CSV takes --as-of for every row", 2, "evaluate");
  if (!csvIn && opt("id-column") !== undefined) throw new CliError("--id-column is for CSV input", 2, "evaluate");
  if (!csvIn && opt("group-by") !== undefined) throw new CliError("--group-by is for CSV input", 2, "evaluate");
  if (!csvIn && !csvOut && opt("separator") !== undefined)
    throw new CliError("--separator is for CSV input or output", 2, "evaluate");
  const separator = separatorOf(opt("separator"));
  const output = opt("output");
  if (output !== undefined && output !== "decision" && output !== "outcome")
    throw new CliError("--output takes decision or outcome", 2, "evaluate");
  if (output !== undefined && (csvOut || summary))
    throw new CliError("--output is for JSON Lines records (CSV has the outcome columns)", 2, "evaluate");
  const locale = opt("explain") as Locale | undefined;
  if (locale !== undefined && locale !== "nb" && locale !== "nn" && locale !== "en")
    throw new CliError("--explain takes nb, nn or en", 2, "evaluate");
  if (locale !== undefined && summary) throw new CliError("--explain and --summary do not go together", 2, "evaluate");

  const asOf = wrapped && opt("as-of") === undefined ? undefined : checkDate("--as-of", opt("as-of"), "evaluate");
  const params = v.param as string[] | undefined;
  const parameters = params === undefined ? undefined : Object.fromEntries(params.map(parseParam));
  const raw = {
    ...(asOf === undefined ? {} : { asOf }),
    ...(opt("version") === undefined ? {} : { version: opt("version") }),
    ...(parameters === undefined ? {} : { parameters }),
  };
  // Options the same for every record are validated once, before the first record.
  let base: object = raw;
  if (!wrapped) {
    try {
      base = fn.prepare(raw as never);
    } catch (e) {
      if (!isUngrettInputError(e)) throw e;
      const issues = redactIssues(e.issues, raw);
      throw new CliError(issues.map((i) => `${i.path}: ${i.message}`).join("; "), 2, "evaluate");
    }
  }
  return {
    fn,
    file,
    inputFormat,
    outputFormat,
    wrapped,
    summary,
    separator,
    // Norwegian Excel separates by semicolons and writes decimal commas.
    decimalComma: separator !== ",",
    outcomeOnly: output === "outcome",
    locale,
    parameters,
    base,
    idColumn: opt("id-column"),
    groupBy: opt("group-by"),
    quiet: flag("quiet"),
  };
}

export async function evaluate(args: readonly string[]): Promise<number> {
  const c = evaluateConfig(args);
  const { fn, wrapped, summary, separator, decimalComma, outcomeOnly, locale, parameters, base, quiet } = c;
  const csvIn = c.inputFormat === "csv";
  const csvOut = c.outputFormat === "csv";
  const outputFormat = c.outputFormat;
  const file = c.file;

  // Where results go.
  let buffer: string[] = [];
  const flush = async () => {
    if (buffer.length === 0) return;
    const ok = write(`${buffer.join("\n")}\n`);
    buffer = [];
    if (!ok) await drained();
  };
  const outcomeLine = outcomeWriter();
  const counts = summary ? new Summary() : undefined;
  let table: CsvTable | undefined;
  let groupName: string | undefined;

  let records = 0;
  let bad = 0;
  // Counts a record, with progress on stderr every 100,000.
  const tick = () => {
    records++;
    if (!quiet && records % 100_000 === 0) process.stderr.write(`ungrett: ${records} records…\n`);
  };
  const idText = (id: Json | undefined) =>
    id === undefined ? {} : { id: typeof id === "string" ? id : JSON.stringify(id) };
  const fail = (line: number, p: Problem, id: Json | undefined, group: string | undefined) => {
    bad++;
    process.stderr.write(`line ${line}: ${p.message}\n`);
    if (counts !== undefined) counts.add(group ?? "", "error");
    else if (table !== undefined) {
      table.add({
        line,
        ...idText(id),
        ...(group === undefined ? {} : { group }),
        error:
          p.issues === undefined ? p.message : p.issues.map((i) => `${i.path || "(input)"}: ${i.message}`).join("; "),
      });
    } else {
      const error =
        p.issues === undefined
          ? { name: p.name, code: p.code, paths: p.paths, message: p.message }
          : { name: p.name, paths: p.paths, issues: p.issues };
      buffer.push(JSON.stringify({ line, ...(id === undefined ? {} : { id }), error }));
    }
  };

  const handle = (record: unknown, line: number, csvId?: string, group?: string) => {
    let id: Json | undefined = csvId;
    let inputValue = record;
    let options: object = base;
    if (wrapped) {
      if (record === null || typeof record !== "object" || Array.isArray(record)) {
        fail(line, problem("not_an_object", "a wrapped record must be a JSON object"), undefined, group);
        return;
      }
      const r = record as Record<string, unknown>;
      id = r.id as Json | undefined;
      for (const k of Object.keys(r)) {
        if (!WRAPPED_KEYS.includes(k)) {
          const m = `a wrapped record has no key ${shown(k)}${didYouMean(k, WRAPPED_KEYS)}; the keys are ${WRAPPED_KEYS.join(", ")}`;
          fail(line, problem("unknown_key", m, [k]), id, group);
          return;
        }
      }
      if (!("input" in r)) {
        fail(line, problem("missing_key", 'a wrapped record needs "input"', ["input"]), id, group);
        return;
      }
      const p = r.parameters;
      if (p !== undefined && (p === null || typeof p !== "object" || Array.isArray(p))) {
        fail(
          line,
          problem("invalid_type", '"parameters" must be an object of parameter ids', ["parameters"]),
          id,
          group,
        );
        return;
      }
      inputValue = r.input;
      options = {
        ...base,
        ...(r.asOf === undefined ? {} : { asOf: r.asOf }),
        ...(r.version === undefined ? {} : { version: r.version }),
        ...(p === undefined ? {} : { parameters: { ...parameters, ...p } }),
      };
    }
    let decision: ReturnType<FunctionEntry["evaluate"]>;
    try {
      decision = fn.evaluate(inputValue as never, options as never);
    } catch (e) {
      if (!isUngrettInputError(e)) throw e;
      const issues = redactIssues(e.issues, record);
      const message = redact(e.message, record);
      fail(
        line,
        { name: "UngrettInputError", code: "invalid_input", message, paths: issues.map((i) => i.path), issues },
        id,
        group,
      );
      return;
    }
    if (counts !== undefined) counts.add(group ?? "", outcomeKey(decision.outcome));
    else if (table !== undefined) {
      table.add({
        line,
        ...idText(id),
        ...(group === undefined ? {} : { group }),
        decision,
        ...(locale === undefined ? {} : { explanation: explain(decision, TEXTS[locale]) }),
      });
    } else if (id === undefined && locale === undefined) {
      buffer.push(outcomeOnly ? outcomeLine(decision) : JSON.stringify(decision));
    } else {
      const extra: Record<string, Json> = {};
      if (id !== undefined) extra.id = id;
      if (locale !== undefined) extra.explanation = explain(decision, TEXTS[locale]);
      buffer.push(JSON.stringify({ ...extra, ...(outcomeOnly ? outcomeOf(decision) : decision) }));
    }
  };

  const chunks = withoutBom(inputChunks(file));
  if (csvOut && !summary && !csvIn)
    table = new CsvTable(separator, decimalComma, wrapped ? "id" : undefined, undefined, locale !== undefined);
  if (csvIn) {
    let columns: ReturnType<typeof csvColumns> | undefined;
    const fields = inputFields(fn);
    for await (const batch of csvRecords(chunks, separator)) {
      for (const rec of batch) {
        if (columns === undefined) {
          if ("error" in rec)
            throw new CliError(`the header row cannot be read (${rec.error.replaceAll("-", " ")})`, 1);
          columns = csvColumns(rec.cells, fields, fn.name, separator, c.idColumn, c.groupBy);
          groupName = columns.group?.name;
          if (csvOut && !summary)
            table = new CsvTable(separator, decimalComma, columns.id?.name, groupName, locale !== undefined);
          continue;
        }
        if ("cells" in rec && rec.cells.every((c) => c.trim() === "")) continue;
        tick();
        const group =
          columns.group === undefined || "error" in rec ? undefined : (rec.cells[columns.group.index] ?? "").trim();
        if ("error" in rec) {
          const what =
            rec.error === "line-too-long"
              ? `the row is longer than ${MAX_LINE_TEXT} (the maximum); skipped`
              : rec.error === "unclosed-quote"
                ? "a quoted cell is not closed"
                : "text follows the closing quote of a cell";
          fail(rec.line, problem(rec.error.replaceAll("-", "_"), what), undefined, group);
          continue;
        }
        const id = columns.id === undefined ? undefined : (rec.cells[columns.id.index] ?? "").trim();
        if (rec.cells.length !== columns.width) {
          const m = `the row has ${rec.cells.length} cells, the header ${columns.width}`;
          fail(rec.line, problem("wrong_cell_count", m), id === "" ? undefined : id, group);
          continue;
        }
        const input: Record<string, unknown> = {};
        let cellProblem: Problem | undefined;
        for (const f of columns.fields) {
          try {
            const value = cellValue(rec.cells[f.index] as string, f.kind, decimalComma);
            if (value !== undefined) input[f.name] = value;
          } catch (e) {
            if (!(e instanceof CellError)) throw e;
            cellProblem = problem("invalid_cell", `column ${f.name}: ${e.message}`, [f.name]);
            break;
          }
        }
        if (cellProblem !== undefined) {
          fail(rec.line, cellProblem, id === "" ? undefined : id, group);
        } else handle(input, rec.line, id === "" ? undefined : id, group);
      }
      if (buffer.length >= BATCH) await flush();
    }
    if (columns === undefined && csvOut && !summary)
      table = new CsvTable(separator, decimalComma, undefined, undefined, false);
  } else {
    const input = await classifyJson(chunks);
    if (input.kind === "array") {
      for (const [i, r] of input.records.entries()) {
        tick();
        handle(r, i + 1);
        if (buffer.length >= BATCH) await flush();
      }
    } else {
      let lineNo = 0;
      let hinted = false;
      for await (const batch of lineBatches(input.chunks)) {
        for (const line of batch) {
          lineNo++;
          if (line === null) {
            tick();
            fail(
              lineNo,
              problem("line_too_long", `the line is longer than ${MAX_LINE_TEXT} (the maximum); skipped`),
              undefined,
              undefined,
            );
            continue;
          }
          if (line.length === 0 || line.trim() === "") continue;
          tick();
          let record: unknown;
          try {
            record = JSON.parse(line);
          } catch {
            fail(lineNo, problem("not_json", "not valid JSON", [], "SyntaxError"), undefined, undefined);
            if (input.startsWithBracket && !hinted && records === 1)
              process.stderr.write(
                "ungrett: the input starts with [ but is not one JSON array, so each line is read alone\n",
              );
            hinted = true;
            continue;
          }
          handle(record, lineNo);
        }
        if (buffer.length >= BATCH) await flush();
      }
    }
  }
  await flush();
  if (counts !== undefined) write(counts.text(outputFormat, separator, groupName));
  else if (table !== undefined) write(table.text());
  if (!quiet && records >= 100_000) process.stderr.write(`ungrett: ${records} records, ${bad} bad\n`);
  return bad === 0 ? 0 : 1;
}
