/**
 * The try-it form's fields as a tree, generated from a function's JSON Schemas, and the
 * two ways between the form's state and the library's input. Pure (no DOM), so the same
 * code runs in the generator, in the browser and in a Node test.
 *
 * The form's state is a flat map from field names to strings, the same map the URL's hash
 * keeps, so a shared link holds a whole case, rows included:
 *
 * - a scalar (`in.birthYear`): its text, as its control holds it;
 * - a list of enum values (`in.targets`): the ticked values as a JSON array, `[]` for
 *   "none of these"; no entry for unknown;
 * - a list of rows (`in.history.contacts`): the number of rows; no entry for unknown. Row
 *   `i` is named `<list>.<i>` and its fields `<list>.<i>.<key>`;
 * - an object (`in.structure`): no entry of its own, only its fields' (`in.structure.car`);
 * - a shape no control fits: its JSON text.
 *
 * A blank fact is unknown: `null` where the schema allows it, else left out, as the
 * library reads both.
 */

/** A JSON Schema, as far as the forms read it. */
export type Schema = {
  type?: string | string[] | undefined;
  anyOf?: Schema[] | undefined;
  enum?: unknown[] | undefined;
  format?: string | undefined;
  description?: string | undefined;
  properties?: Record<string, Schema> | undefined;
  required?: string[] | undefined;
  items?: Schema | undefined;
  minimum?: number | undefined;
  maximum?: number | undefined;
};

/** Form values by field name, as the URL's hash keeps them. */
export type Values = Record<string, string>;

/** The first non-null member of a nullable schema, and whether null is allowed. */
export function unwrap(s: Schema): { s: Schema; nullable: boolean } {
  if (s.anyOf) {
    const rest = s.anyOf.filter((x) => x.type !== "null");
    if (rest.length === 1 && rest[0]) return { s: { description: s.description, ...rest[0] }, nullable: true };
    return { s, nullable: rest.length < s.anyOf.length };
  }
  if (Array.isArray(s.type)) {
    const t = s.type.filter((x) => x !== "null");
    return { s: { ...s, type: t.length === 1 ? t[0] : t }, nullable: t.length < s.type.length };
  }
  return { s, nullable: false };
}

/** A field asked for with one control. */
export type ScalarKind = "boolean" | "enum" | "integer" | "number" | "date" | "string";
/**
 * How a field is asked for: one control; `checks`, a list of enum values as checkboxes;
 * `rows`, a list of anything else as repeatable rows; `group`, an object's fields in a
 * fieldset; `json`, a JSON text for a shape none of these fits.
 */
export type FieldKind = ScalarKind | "checks" | "rows" | "group" | "json";

export interface Field {
  /** `in.<key>`, `in.<key>.<i>.<key>`…, `in` (the whole input), `opt.asOf`, `opt.version`, `par.<parameter id>`. */
  readonly name: string;
  /** The property's name (`""` for the whole input and for a list's item). */
  readonly key: string;
  /** The property's path without row numbers (`history.contacts`), as the texts' `facts` name nested fields. */
  readonly path: string;
  readonly kind: FieldKind;
  readonly schema: Schema;
  readonly nullable: boolean;
  readonly required: boolean;
  /** An object's fields (`group`). */
  readonly children?: readonly Field[];
  /** A list's item schema (`rows`, `checks`). */
  readonly item?: Schema;
}

const isObjectSchema = (s: Schema): boolean => s.type === "object" && s.properties !== undefined;
const scalarKind = (s: Schema): ScalarKind | null =>
  s.enum
    ? "enum"
    : s.type === "boolean" || s.type === "integer" || s.type === "number"
      ? s.type
      : s.type === "string"
        ? s.format === "date"
          ? "date"
          : "string"
        : null;

/** How a schema is asked for. */
export function kindOf(schema: Schema): FieldKind {
  return shapeOf(schema).kind;
}

/** A list's item as a row: an object of fields, or one scalar. */
const rowable = (item: Schema): boolean => {
  const { s } = unwrap(item);
  return isObjectSchema(s) || scalarKind(s) !== null;
};

/**
 * What the form makes of a schema: its kind, the schema it reads (nullable unwrapped) and,
 * for a list, its item. One period or a list of the same periods (`anyOf [X, X[]]`) is
 * asked as a list: the function judges one period as a list of one.
 */
function shapeOf(schema: Schema): { kind: FieldKind; s: Schema; nullable: boolean; item?: Schema } {
  const { s, nullable } = unwrap(schema);
  const scalar = scalarKind(s);
  if (scalar) return { kind: scalar, s, nullable };
  if (s.type === "array" && s.items) {
    if (unwrap(s.items).s.enum) return { kind: "checks", s, nullable, item: unwrap(s.items).s };
    if (rowable(s.items)) return { kind: "rows", s, nullable, item: s.items };
  }
  if (isObjectSchema(s)) return { kind: "group", s, nullable };
  const members = (s.anyOf ?? []).filter((x) => x.type !== "null");
  const list = members.find((x) => x.type === "array" && x.items);
  const one = members.find((x) => x !== list);
  if (members.length === 2 && list?.items && one && JSON.stringify(list.items) === JSON.stringify(one) && rowable(one))
    return { kind: "rows", s: { description: s.description, ...list }, nullable, item: list.items };
  return { kind: "json", s, nullable };
}

/** The field for a schema at a name. */
export function fieldOf(schema: Schema, name: string, key: string, path: string, required: boolean): Field {
  const { kind, s, nullable, item } = shapeOf(schema);
  const base = { name, key, path, kind, schema, nullable, required };
  if (kind === "group")
    return {
      ...base,
      children: Object.entries(s.properties ?? {}).map(([k, c]) =>
        fieldOf(c, `${name}.${k}`, k, path ? `${path}.${k}` : k, s.required?.includes(k) ?? false),
      ),
    };
  return item ? { ...base, item } : base;
}

/** The form's fields for the input: its top-level properties, or one field for the whole input. */
export function fieldsOf(input: Schema): Field[] {
  if (isObjectSchema(input)) return fieldOf(input, "in", "", "", true).children as Field[];
  return [fieldOf(input, "in", "", "", true)];
}

/** The options' fields: the date, the version pin, every parameter as an override. */
export function optionFieldsOf(options: Schema): Field[] {
  const props = options.properties ?? {};
  const fields: Field[] = [];
  if (props.asOf) fields.push({ ...fieldOf(props.asOf, "opt.asOf", "asOf", "", true), kind: "date" });
  if (props.version) fields.push({ ...fieldOf(props.version, "opt.version", "version", "", false), kind: "enum" });
  for (const [id, s] of Object.entries(props.parameters?.properties ?? {}))
    fields.push({ ...fieldOf(s, `par.${id}`, id, "", false), nullable: false });
  return fields;
}

/** Row `i` of a list: its item's field named `<list>.<i>`. */
export const rowOf = (list: Field, i: number): Field =>
  fieldOf(list.item ?? {}, `${list.name}.${i}`, "", list.path, true);

/** A field and every field under it: an object's fields and a list's row (its first), nested ones too. */
export const everyField = (f: Field): Field[] => [
  f,
  ...(f.children ?? []).flatMap(everyField),
  ...(f.kind === "rows" ? everyField(rowOf(f, 0)) : []),
];

/** Whether a list can be left unknown (absent or `null`) rather than given, even empty. */
export const mayBeUnknown = (f: Field): boolean => f.nullable || !f.required;

/** The number of rows a list has in the form's state, or `null` for unknown. */
export function rowCount(f: Field, values: Values): number | null {
  const raw = values[f.name];
  if (raw === undefined || raw === "") return mayBeUnknown(f) ? null : 0;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 0 ? Math.min(n, 1000) : 0;
}

const blank = (f: Field): unknown => (f.nullable ? null : undefined);

/** A field's value as the library takes it; `undefined` leaves it out. Throws on a JSON text that does not parse. */
export function inputValue(f: Field, values: Values): unknown {
  const raw = values[f.name];
  switch (f.kind) {
    case "group": {
      if (!Object.keys(values).some((k) => k.startsWith(`${f.name}.`))) return blank(f);
      const out: Record<string, unknown> = {};
      for (const c of f.children ?? []) {
        const v = inputValue(c, values);
        if (v !== undefined) out[c.key] = v;
      }
      return out;
    }
    case "rows": {
      const n = rowCount(f, values);
      if (n === null) return blank(f);
      return Array.from({ length: n }, (_, i) => inputValue(rowOf(f, i), values));
    }
    case "checks": {
      if (raw === undefined) return mayBeUnknown(f) ? blank(f) : [];
      const ticked = JSON.parse(raw) as unknown[];
      return (f.item?.enum ?? []).filter((e) => ticked.includes(e));
    }
    default:
      break;
  }
  if (raw === undefined || raw === "") return blank(f);
  switch (f.kind) {
    case "boolean":
      return raw === "true";
    case "integer":
    case "number":
      return Number(raw);
    case "enum":
      return (unwrap(f.schema).s.enum ?? []).find((e) => String(e) === raw) ?? raw;
    case "json":
      return JSON.parse(raw);
    default:
      return raw;
  }
}

/** Puts a value into the form's state (the inverse of `inputValue`); `null` and `undefined` stay unknown. */
export function putValue(f: Field, value: unknown, values: Values): void {
  if (value === null || value === undefined) return;
  switch (f.kind) {
    case "group":
      if (typeof value === "object" && !Array.isArray(value))
        for (const c of f.children ?? []) putValue(c, (value as Record<string, unknown>)[c.key], values);
      return;
    case "rows": {
      // One item where a list is asked for (one period of a list of periods) is a list of one.
      const items = Array.isArray(value) ? value : [value];
      values[f.name] = String(items.length);
      items.forEach((x, i) => {
        putValue(rowOf(f, i), x, values);
      });
      return;
    }
    case "checks":
    case "json":
      values[f.name] = JSON.stringify(value);
      return;
    default:
      values[f.name] = typeof value === "string" ? value : JSON.stringify(value);
  }
}

/** The state without row `i` of a list: the rows after it move up one. */
export function removeRow(values: Values, list: string, i: number): Values {
  const out: Values = {};
  const prefix = `${list}.`;
  for (const [k, v] of Object.entries(values)) {
    if (!k.startsWith(prefix)) {
      out[k] = v;
      continue;
    }
    const [index, ...rest] = k.slice(prefix.length).split(".");
    const j = Number(index);
    if (j === i) continue;
    out[[list, String(j > i ? j - 1 : j), ...rest].join(".")] = v;
  }
  const n = Number(values[list] ?? "0");
  out[list] = String(Math.max(0, n - 1));
  return out;
}

/** The field names an issue's path (`history.contacts[1].date`, `[0].fieldHours`) leads through, deepest first. */
export function namesOfPath(path: string): string[] {
  const parts = path.split(/[.[\]]/).filter((x) => x !== "");
  return parts.map((_, i) => ["in", ...parts.slice(0, parts.length - i)].join("."));
}
