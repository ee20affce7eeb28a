/**
 * From CSV cells to a function's input: which columns are input fields, and how a cell
 * becomes the JSON value its field takes, read from the function's JSON Schema.
 */
import * as z from "zod/mini";
import type { FunctionEntry } from "../functions.js";
import { CliError, didYouMean, shown } from "./args.js";

/** What a field of a function's input may hold, from its JSON Schema. */
export interface FieldKind {
  /** The JSON types it allows: `boolean`, `integer`, `number`, `string`, `array`, `object`, `null`. */
  readonly types: ReadonlySet<string>;
  /** A calendar date (`YYYY-MM-DD`). */
  readonly date: boolean;
  /** An array of strings. */
  readonly stringList: boolean;
}

type JsonSchema = {
  type?: string | string[];
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
};

const ISO_DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";

function kindOf(s: JsonSchema): FieldKind {
  const types = new Set<string>();
  let date = false;
  let stringList = false;
  const visit = (p: JsonSchema) => {
    if (typeof p.type === "string") types.add(p.type);
    else if (Array.isArray(p.type)) for (const t of p.type) types.add(t);
    for (const v of p.enum ?? []) types.add(v === null ? "null" : typeof v);
    if ("const" in p) types.add(p.const === null ? "null" : typeof p.const);
    if (p.pattern === ISO_DATE_PATTERN) date = true;
    if (p.type === "array" && p.items !== undefined && kindOf(p.items).types.has("string")) stringList = true;
    for (const a of p.anyOf ?? []) visit(a);
  };
  visit(s);
  return { types, date, stringList };
}

/** The top-level fields of a function's input (for an input that may also be an array, those of its object form). */
export function inputFields(fn: FunctionEntry): ReadonlyMap<string, FieldKind> {
  const schema = z.toJSONSchema(fn.schema, { unrepresentable: "any" }) as JsonSchema;
  const object = schema.properties !== undefined ? schema : schema.anyOf?.find((a) => a.properties !== undefined);
  return new Map(Object.entries(object?.properties ?? {}).map(([k, p]) => [k, kindOf(p)]));
}

/** Cell texts read as `true` and `false` (case does not matter). */
export const TRUE_WORDS = ["true", "ja", "sann", "yes", "1"];
export const FALSE_WORDS = ["false", "nei", "usann", "no", "0"];

const NUMBER = /^([+-]?)(\d{1,3}(?:[ \u00A0\u202F]\d{3})+|\d+)(?:([.,])(\d+))?$/;
const NORWEGIAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** A cell that cannot be read as its field's value (only JSON can fail to read). */
export class CellError extends Error {
  override readonly name = "CellError";
}

/**
 * The value of a cell for a field, or `undefined` for an empty cell (an unknown fact, so
 * the field is left out). A cell that is not a valid value of the field's type stays text,
 * so the function's own validation names the field and what it expected.
 * `decimalComma`: `1,5` is 1.5 (when the separator is not a comma).
 */
export function cellValue(cell: string, kind: FieldKind, decimalComma: boolean): unknown {
  const t = cell.trim();
  if (t === "") return undefined;
  const { types } = kind;
  if (types.has("boolean")) {
    const lower = t.toLowerCase();
    if (TRUE_WORDS.includes(lower)) return true;
    if (FALSE_WORDS.includes(lower)) return false;
  }
  if (types.has("integer") || types.has("number")) {
    const m = NUMBER.exec(t);
    if (m !== null) {
      const [, sign, whole, point, fraction] = m;
      const ok = point === undefined || (types.has("number") && (point === "." || decimalComma));
      if (ok)
        return Number(
          `${sign}${(whole as string).replace(/[ \u00A0\u202F]/g, "")}${point === undefined ? "" : `.${fraction}`}`,
        );
    }
  }
  if ((types.has("array") || types.has("object")) && (t.startsWith("[") || t.startsWith("{"))) {
    try {
      return JSON.parse(t);
    } catch {
      throw new CellError('is not valid JSON (a list in a cell is written as JSON, e.g. ["a","b"])');
    }
  }
  if (kind.stringList)
    return t
      .split("|")
      .map((s) => s.trim())
      .filter((s) => s !== "");
  if (kind.date) {
    const d = NORWEGIAN_DATE.exec(t);
    if (d !== null) return `${d[3]}-${(d[2] as string).padStart(2, "0")}-${(d[1] as string).padStart(2, "0")}`;
  }
  return t;
}

/** How the columns of a CSV file are used. */
export interface CsvColumns {
  /** Input fields: column index, field name and kind. */
  readonly fields: readonly { readonly index: number; readonly name: string; readonly kind: FieldKind }[];
  /** The id column, passed through and not given to the function. */
  readonly id?: { readonly index: number; readonly name: string };
  /** The column to count outcomes by (`--group-by`); given to the function only when it is also an input field. */
  readonly group?: { readonly index: number; readonly name: string };
  readonly width: number;
}

/**
 * Reads a header row: every column must be an input field of the function, the id column
 * (`idColumn`, or `id` when there is one) or the group column. Otherwise a usage error
 * names the column, with a suggestion.
 */
export function csvColumns(
  header: readonly string[],
  fields: ReadonlyMap<string, FieldKind>,
  functionName: string,
  separator: string,
  idColumn: string | undefined,
  groupBy: string | undefined,
): CsvColumns {
  const names = header.map((h) => h.trim());
  const seen = new Set<string>();
  for (const n of names) {
    if (n === "" && names.length > 1) throw new CliError("the header row has an empty column name", 1);
    if (seen.has(n)) throw new CliError(`the header row names column ${shown(n)} twice`, 1);
    seen.add(n);
  }
  const find = (name: string, flag: string) => {
    const index = names.indexOf(name);
    if (index < 0)
      throw new CliError(`${flag}: the header row has no column ${shown(name)}${didYouMean(name, names)}`, 2);
    return { index, name };
  };
  const id =
    idColumn !== undefined
      ? find(idColumn, "--id-column")
      : seen.has("id") && !fields.has("id")
        ? find("id", "id")
        : undefined;
  const group = groupBy === undefined ? undefined : find(groupBy, "--group-by");
  const out: { index: number; name: string; kind: FieldKind }[] = [];
  for (const [index, name] of names.entries()) {
    if (index === id?.index) continue;
    const kind = fields.get(name);
    if (kind !== undefined) {
      out.push({ index, name, kind });
      continue;
    }
    if (index === group?.index) continue;
    const hint =
      separator !== ";" && name.includes(";")
        ? " (is the file separated by semicolons? use --separator ';')"
        : didYouMean(name, [...fields.keys()]);
    throw new CliError(
      `column ${shown(name)} is not an input field of ${functionName}${hint}; the fields are ${[...fields.keys()].join(", ")} (remove other columns, or name one with --id-column or --group-by)`,
      1,
    );
  }
  return {
    fields: out,
    ...(id === undefined ? {} : { id }),
    ...(group === undefined ? {} : { group }),
    width: names.length,
  };
}
