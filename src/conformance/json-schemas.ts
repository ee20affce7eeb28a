/**
 * The JSON Schemas of every public function's input and options, as shipped in
 * `dist/schemas/<function>.input.json` and `<function>.options.json` and printed by
 * `ungrett schema`. Generated from the zod schemas, so that what they say is what the
 * library checks:
 *
 * - types, enums, bounds, required fields and the date pattern come from zod's own JSON
 *   Schema;
 * - each refinement of a zod schema says in `params.jsonSchema` what it adds: a JSON Schema
 *   fragment (`{}` when JSON itself rules the value out), or `null` when JSON Schema cannot
 *   say it (two fields compared). A refinement that says nothing stops the generation, so
 *   no new check goes unconsidered;
 * - checks a function makes outside its zod schema that JSON Schema can state are in
 *   `OUTSIDE_SCHEMA` below (kept here, out of the library's bundles);
 * - descriptions come from the schemas' doc comments (schema-descriptions.json, generated
 *   by `npm run docs`).
 *
 * What JSON Schema cannot state (comparisons with `asOf` or between two values) is listed
 * in docs/schemas.md. Not part of the library's bundles: only the CLI and the build use it.
 */
import * as z from "zod/mini";
import { CONSENT_AREA } from "../consent/area.js";
import * as consentSchemas from "../consent/schemas.js";
import { MONTH_DAY_SOURCE } from "../core/date-patterns.js";
import { type AreaDef, optionsSchema } from "../core/evaluation.js";
import { titleOf } from "../core/texts.js";
import type { FunctionEntry } from "../functions.js";
import { en } from "../locale/en.js";
import { NAV_AREA } from "../nav/area.js";
import * as navSchemas from "../nav/schemas.js";
import { OT_AREA } from "../ot/area.js";
import * as otSchemas from "../ot/schemas.js";
import { OUTREACH_AREA } from "../outreach/area.js";
import * as outreachSchemas from "../outreach/schemas.js";
import descriptions from "./schema-descriptions.json" with { type: "json" };

/** A JSON Schema, as plain JSON. */
export type JsonSchema = { [key: string]: unknown };

/** A schema's description and those of its fields (from its doc comments). */
interface SchemaDoc {
  readonly description?: string;
  readonly fields?: Readonly<Record<string, string>>;
}

/** The part of a zod definition the generator reads. */
type Def = {
  readonly type: string;
  readonly checks?: readonly {
    readonly _zod: { readonly def: { readonly check: string; readonly params?: unknown } };
  }[];
  readonly shape?: Readonly<Record<string, z.core.$ZodType>>;
  readonly innerType?: z.core.$ZodType;
  readonly element?: z.core.$ZodType;
  readonly options?: readonly z.core.$ZodType[];
};

const defOf = (schema: z.core.$ZodType): Def => schema._zod.def as unknown as Def;

/**
 * A real calendar date, `YYYY-MM-DD`, years 0001 to 9999 of the proleptic Gregorian
 * calendar: a month and day that exists in every year, or 29 February of a leap year
 * (divisible by 4; a century only when divisible by 400). Without lookaheads, so it works
 * in every regex dialect; a test holds it to `isIsoDate`, date by date.
 */
export const ISO_DATE = new RegExp(
  `^(?:(?:[1-9]\\d{3}|0[1-9]\\d{2}|00[1-9]\\d|000[1-9])-(?:${MONTH_DAY_SOURCE})` +
    "|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)-02-29)$",
);

const AREAS: readonly AreaDef[] = [OT_AREA, CONSENT_AREA, OUTREACH_AREA, NAV_AREA];

/** Each documented zod schema, by identity. */
const DOCS: ReadonlyMap<unknown, SchemaDoc> = new Map(
  Object.entries({ ...otSchemas, ...consentSchemas, ...outreachSchemas, ...navSchemas }).flatMap(
    ([name, value]): [unknown, SchemaDoc][] => {
      const doc = (descriptions.schemas as Readonly<Record<string, SchemaDoc>>)[name];
      return doc === undefined ? [] : [[value, doc]];
    },
  ),
);

const isObject = (v: unknown): v is JsonSchema => typeof v === "object" && v !== null && !Array.isArray(v);

/** Adds a fragment to a schema: beside its keywords, or under `allOf` when a keyword is taken. */
function addFragment(json: JsonSchema, fragment: JsonSchema): void {
  const copy = structuredClone(fragment);
  if (Object.keys(copy).some((k) => k in json)) {
    json.allOf = [...((json.allOf as JsonSchema[] | undefined) ?? []), copy];
  } else Object.assign(json, copy);
}

/** The schema with its description first: `description`, unless it has one already or `override`. */
const described = (json: JsonSchema, description: string | undefined, override = false): JsonSchema => {
  if (description === undefined || ("description" in json && !override)) return json;
  const { description: _, ...rest } = json;
  return { description, ...rest };
};

/**
 * Walks a zod schema and the JSON Schema zod made of it side by side, adding what zod
 * leaves out: refinements' fragments, `format: "date"`, descriptions. Returns the schema
 * (a new object when a description goes first).
 */
function enrich(schema: z.core.$ZodType, json: JsonSchema, path: string, doc = DOCS.get(schema)): JsonSchema {
  const def = defOf(schema);
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check !== "custom") continue;
    const params = (c.params ?? {}) as { jsonSchema?: JsonSchema | null };
    if (params.jsonSchema === undefined) {
      throw new Error(
        `${path || "(input)"}: a refinement has no params.jsonSchema; give the JSON Schema fragment it adds, {} or null`,
      );
    }
    if (params.jsonSchema !== null) addFragment(json, params.jsonSchema);
  }
  // A date: the calendar pattern (which implies the shape zod gives as pattern), for
  // validators that take `format` as a note only, as JSON Schema 2020-12 does by default.
  if (json.format === "date") json.pattern = ISO_DATE.source;
  switch (def.type) {
    case "optional":
      return described(enrich(def.innerType as z.core.$ZodType, json, path), doc?.description);
    case "nullable": {
      // zod writes a nullable as anyOf [inner, null], or as type [t, "null"] when the inner is a bare type.
      const anyOf = json.anyOf as JsonSchema[] | undefined;
      if (anyOf !== undefined && isObject(anyOf[0]))
        anyOf[0] = enrich(def.innerType as z.core.$ZodType, anyOf[0], path);
      else return described(enrich(def.innerType as z.core.$ZodType, json, path), doc?.description);
      break;
    }
    case "array":
      json.items = enrich(def.element as z.core.$ZodType, json.items as JsonSchema, `${path}[]`);
      break;
    case "union": {
      const anyOf = json.anyOf as JsonSchema[];
      (def.options ?? []).forEach((option, i) => {
        anyOf[i] = enrich(option, anyOf[i] as JsonSchema, path);
      });
      break;
    }
    case "object": {
      const properties = json.properties as Record<string, JsonSchema>;
      for (const [key, field] of Object.entries(def.shape ?? {})) {
        const at = path === "" ? key : `${path}.${key}`;
        // The field's own comment wins over that of the schema it uses (a count, a date).
        properties[key] = described(enrich(field, properties[key] as JsonSchema, at), doc?.fields?.[key], true);
      }
      break;
    }
  }
  return described(json, doc?.description);
}

/** A zod schema as an enriched JSON Schema, without `$schema`. */
function jsonOf(schema: z.core.$ZodType, doc?: SchemaDoc): JsonSchema {
  const { $schema: _, ...json } = z.toJSONSchema(schema, { unrepresentable: "throw" }) as JsonSchema;
  return enrich(schema, json, "", doc ?? DOCS.get(schema));
}

const DRAFT = "https://json-schema.org/draft/2020-12/schema";

/**
 * Checks that functions make outside their zod schemas (on the raw input, beside the
 * comparisons with `asOf`) and that JSON Schema can state, by function. The tests hold each
 * to the function: the schema refuses no input the function accepts.
 */
const OUTSIDE_SCHEMA: Readonly<Record<string, JsonSchema>> = {
  // ot/contact-triggers.ts: `acceptedPlace` says whether an offered place was accepted.
  otContactTriggers: {
    if: { properties: { offeredPlace: { const: false } }, required: ["offeredPlace"] },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, data that is never awaited.
    then: { properties: { acceptedPlace: { type: "null" } } },
  },
  // outreach/assessment.ts: the staff as a list or as counts, not both.
  outreachAssessService: {
    if: { properties: { staff: { type: "array" } }, required: ["staff"] },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, data that is never awaited.
    then: { properties: { headcount: { type: "null" }, socialWorkEducated: { type: "null" } } },
  },
};

/** The JSON Schema of a function's input. */
export function inputJsonSchema(fn: FunctionEntry): JsonSchema {
  const json = jsonOf(fn.schema);
  const outside = OUTSIDE_SCHEMA[fn.name];
  if (outside !== undefined) addFragment(json, outside);
  return { $schema: DRAFT, title: `${fn.name} input`, ...json };
}

/**
 * A pattern for the ISO dates on or after `date` (used with the date pattern, which makes
 * sure the string is a date): by the first digit where a date differs from `date`, or the
 * same start up to where every later date would do.
 */
export function notBeforePattern(date: string): string {
  // Every date that starts like `date` up to `end` is on or after it: day 01 adds nothing to
  // its month, month 01 nothing to its year, and then a year's trailing zeros nothing either.
  let end = date.length;
  if (date.endsWith("-01")) {
    end = 7;
    if (date.slice(4, 7) === "-01") {
      end = 4;
      while (end > 1 && date[end - 1] === "0") end--;
    }
  }
  const alternatives: string[] = [];
  for (let i = 0; i < end; i++) {
    const digit = date.charCodeAt(i) - 48;
    if (date[i] === "-" || digit === 9) continue;
    alternatives.push(`${date.slice(0, i)}${digit === 8 ? "9" : `[${digit + 1}-9]`}`);
  }
  alternatives.push(date.slice(0, end));
  return `^(?:${alternatives.join("|")})`;
}

/** What a parameter's value is, by its unit. */
const UNITS: Readonly<Record<string, string>> = {
  years: "in years",
  days: "in days",
  inhabitants: "in inhabitants",
  persons: "in persons",
  fte: "in full-time equivalents",
  share: "a share from 0 to 1",
  "per-10000": "per 10,000 inhabitants",
  "month-day": "a month and day, MM-DD",
  choice: "one of the values listed",
  flag: "true or false",
};

/**
 * The JSON Schema of a function's options: `asOf` (a date on or after the first version of
 * its area), `version` (the area's version ids) and `parameters` (each parameter of the
 * area by id, with the schema of its value).
 */
export function optionsJsonSchema(fn: FunctionEntry): JsonSchema {
  const area = AREAS.find((a) => a.id === fn.area);
  if (area === undefined) throw new Error(`${fn.name}: no area ${fn.area}`);
  const json = jsonOf(optionsSchema(area), descriptions.options);
  const properties = json.properties as Record<string, JsonSchema>;
  const earliest = area.versions.map((v) => v.validFrom).sort()[0] ?? "0001-01-01";
  // No version is in force before the first one, so asOf is not a date before it.
  addFragment(properties.asOf as JsonSchema, { pattern: notBeforePattern(earliest) });
  properties.parameters = {
    description: descriptions.options.fields.parameters,
    type: "object",
    properties: Object.fromEntries(
      area.parameters.map((p) => [
        p.id,
        { description: `${titleOf(en, p.id) ?? p.id}; ${UNITS[p.unit] ?? p.unit}.`, ...jsonOf(p.schema) },
      ]),
    ),
    additionalProperties: false,
  };
  return { $schema: DRAFT, title: `${fn.name} options`, ...json };
}
