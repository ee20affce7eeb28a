import { existsSync, readFileSync } from "node:fs";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import ajvFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { optionsOf, VECTORS, type Vector } from "../../src/conformance/index.js";
import { inputJsonSchema, type JsonSchema, optionsJsonSchema } from "../../src/conformance/json-schemas.js";
import { AREAS, FUNCTIONS, type FunctionEntry } from "../../src/index.js";

/*
 * The shipped JSON Schemas judged by an independent validator (ajv) against the
 * conformance vectors: every valid vector passes its schemas, and every bad-input vector
 * fails the schema of the part its error names, unless it is listed below with the reason
 * a JSON Schema cannot say it. A listed vector that fails its schema fails the test too,
 * so the list stays exact; docs/schemas.md names the same vectors.
 */

const AFTER_AS_OF = "a fact dated after asOf: the input's schema does not see the options";
const DATE_ORDER = "one date of the input before another: JSON Schema cannot compare two values";
const BIRTH_YEAR = "birthYear against the year of birthDate: JSON Schema cannot compare two values";
const NUMBER_ORDER = "one number of the input above another: JSON Schema cannot compare two values";

/** Bad-input vectors whose input a JSON Schema cannot refuse, with the reason. */
const NOT_EXPRESSIBLE: Readonly<Record<string, string>> = {
  "consent.share-with-agency/bad-birth-date-after-as-of": AFTER_AS_OF,
  "consent.share-with-agency/bad-leap-birth-after-as-of": AFTER_AS_OF,
  "consent.guardian-confidentiality/bad-birth-date-after-as-of": AFTER_AS_OF,
  "consent.timeline/bad-birth-date-after-as-of": AFTER_AS_OF,
  "nav.reaction-time/bad-response-after-as-of": AFTER_AS_OF,
  "nav.reaction-time/bad-contact-after-as-of": AFTER_AS_OF,
  "nav.reaction-time/bad-both-after-as-of": AFTER_AS_OF,
  "nav.partners-by-age/bad-born-after-as-of": AFTER_AS_OF,
  "ot.target-group/bad-birth-year-after-as-of": AFTER_AS_OF,
  "ot.target-group/bad-birth-date-after-as-of": AFTER_AS_OF,
  "ot.target-group/bad-leap-birth-after-as-of": AFTER_AS_OF,
  "ot.age-limit/bad-coverage-end-birth-year-after-as-of": AFTER_AS_OF,
  "ot.yearly-contact/bad-contact-after-as-of": AFTER_AS_OF,
  "ot.yearly-contact/bad-two-contacts-after-as-of": AFTER_AS_OF,
  "ot.notify-on-dropout/bad-notified-after-as-of": AFTER_AS_OF,
  "ot.notify-on-dropout/bad-quit-after-as-of": AFTER_AS_OF,
  "ot.duties/bad-history-after-as-of": AFTER_AS_OF,
  "ot.duties/bad-contact-after-as-of": AFTER_AS_OF,
  "ot.duties/bad-born-after-as-of": AFTER_AS_OF,
  "nav.duties/bad-history-after-as-of": AFTER_AS_OF,
  "nav.duties/bad-born-after-as-of": AFTER_AS_OF,
  "outreach.age-band/bad-born-after-as-of": AFTER_AS_OF,
  "outreach.target-group/bad-born-after-as-of": AFTER_AS_OF,
  "nav.reaction-time/bad-response-before-contact": DATE_ORDER,
  "ot.notify-on-dropout/bad-notified-before-quit": DATE_ORDER,
  "ot.target-group/bad-birth-year-contradicts-date": BIRTH_YEAR,
  "ot.age-limit/bad-coverage-end-contradiction": BIRTH_YEAR,
  "nav.duties/bad-birth-year-contradicts-date": BIRTH_YEAR,
  "outreach.prevalence/bad-cohort-above-population": NUMBER_ORDER,
  "outreach.field-time/bad-field-above-total": NUMBER_ORDER,
  "outreach.field-time/bad-period-field-above-total": NUMBER_ORDER,
  "outreach.assessment/bad-field-time-period": NUMBER_ORDER,
};

const root = new URL("../../", import.meta.url);
const shipped = (name: string, kind: "input" | "options"): URL => new URL(`dist/schemas/${name}.${kind}.json`, root);
const haveBuild = FUNCTIONS.every(
  (f) => existsSync(shipped(f.name, "input")) && existsSync(shipped(f.name, "options")),
);
// In CI the build must be there; elsewhere the schemas come from the generator the build runs.
const required = process.env.CI !== undefined && process.env.CI !== "";

/** The schema as shipped, or (without a build) as the build would write it. */
const schemaOf = (f: FunctionEntry, kind: "input" | "options"): JsonSchema =>
  haveBuild
    ? (JSON.parse(readFileSync(shipped(f.name, kind), "utf8")) as JsonSchema)
    : kind === "input"
      ? inputJsonSchema(f)
      : optionsJsonSchema(f);

// Two validators: one that asserts `format` (with ajv-formats), and one that treats it as a
// note, as JSON Schema 2020-12 does by default; the patterns alone must give the same verdicts.
const withFormats = new Ajv2020({ strict: true, allErrors: true });
// ajv-formats is CommonJS; its plugin is also its `default` property, which is how TypeScript sees it.
ajvFormats.default(withFormats);
const withoutFormats = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });

type Validators = { readonly input: ValidateFunction[]; readonly options: ValidateFunction[] };
const VALIDATORS = new Map<string, Validators>(
  FUNCTIONS.map((f) => [
    f.name,
    {
      input: [withFormats.compile(schemaOf(f, "input")), withoutFormats.compile(schemaOf(f, "input"))],
      options: [withFormats.compile(schemaOf(f, "options")), withoutFormats.compile(schemaOf(f, "options"))],
    },
  ]),
);

/** Whether the schema accepts the value; both validators must agree. */
function accepts(fn: string, kind: "input" | "options", value: unknown, id: string): boolean {
  const [a, b] = (VALIDATORS.get(fn) as Validators)[kind] as [ValidateFunction, ValidateFunction];
  const verdict = a(value);
  expect(b(value), `${id}: the ${kind} verdict with format as a note only`).toBe(verdict);
  return verdict;
}

const isBad = (v: Vector): v is Vector & { expected: { error: { paths: string[] } } } => "error" in v.expected;
const good = VECTORS.filter((v) => !isBad(v));
const bad = VECTORS.filter(isBad);
const badInput = bad.filter((v) => v.expected.error.paths.some((p) => !p.startsWith("options")));
const badOptions = bad.filter((v) => v.expected.error.paths.some((p) => p.startsWith("options")));

describe("the shipped JSON Schemas against the conformance vectors (ajv)", () => {
  it("are the build's output (required in CI)", () => {
    if (required) expect(haveBuild, "dist/schemas missing: run npm run build").toBe(true);
  });

  it.runIf(haveBuild)("are exactly what the generator gives (the CLI prints the same)", () => {
    for (const f of FUNCTIONS) {
      expect(schemaOf(f, "input"), f.name).toEqual(inputJsonSchema(f));
      expect(schemaOf(f, "options"), f.name).toEqual(optionsJsonSchema(f));
    }
  });

  it("accept the input and the options of every valid vector", () => {
    const refused = good.flatMap((v) => [
      ...(accepts(v.function, "input", v.input, v.id) ? [] : [`${v.id} input`]),
      ...(accepts(v.function, "options", optionsOf(v), v.id) ? [] : [`${v.id} options`]),
    ]);
    expect(refused).toEqual([]);
    expect(good.length).toBeGreaterThan(500);
  });

  it("refuse the input of every bad-input vector, except those listed as not expressible", () => {
    const accepted = badInput.filter((v) => accepts(v.function, "input", v.input, v.id)).map((v) => v.id);
    expect(accepted.filter((id) => !(id in NOT_EXPRESSIBLE))).toEqual([]);
    // A listed vector the schema refuses no longer belongs on the list.
    expect(
      Object.keys(NOT_EXPRESSIBLE)
        .filter((id) => !accepted.includes(id))
        .sort(),
    ).toEqual([]);
    expect(badInput.length - accepted.length).toBeGreaterThanOrEqual(119);
  });

  it("refuse the options of every vector whose error names an option", () => {
    const accepted = badOptions.filter((v) => accepts(v.function, "options", optionsOf(v), v.id)).map((v) => v.id);
    expect(accepted).toEqual([]);
    expect(badOptions.length).toBeGreaterThan(0);
  });

  it("list only bad-input vectors as not expressible, each with a reason", () => {
    const ids = new Set(badInput.map((v) => v.id));
    for (const [id, reason] of Object.entries(NOT_EXPRESSIBLE)) {
      expect(ids.has(id), `${id} is not a bad-input vector`).toBe(true);
      expect(reason.length).toBeGreaterThan(20);
    }
  });

  it("name in docs/schemas.md exactly the vectors listed as not expressible", () => {
    const doc = readFileSync(new URL("docs/schemas.md", root), "utf8");
    const named = [...doc.matchAll(/`([a-z]+\.[a-z0-9-]+\/[a-z0-9-]+)`/g)].map((m) => m[1] as string);
    expect([...new Set(named)].sort()).toEqual(Object.keys(NOT_EXPRESSIBLE).sort());
  });
});

/**
 * The fields of a schema, with their paths: its properties and those of the objects nested
 * in them, leaving out the fragments that only restate fields (`if`/`then`, and the anyOf
 * members `{ required: [x], properties: { x: { not: { type: "null" } } } }`).
 */
function fieldsOf(json: unknown, path = ""): [string, JsonSchema][] {
  if (Array.isArray(json)) return json.flatMap((x, i) => fieldsOf(x, `${path}[${i}]`));
  if (json === null || typeof json !== "object") return [];
  const out: [string, JsonSchema][] = [];
  for (const [k, v] of Object.entries(json)) {
    if (k === "if" || k === "then" || k === "not") continue;
    if ((k === "anyOf" || k === "allOf") && Array.isArray(v)) {
      const members = v.filter((m) => !("required" in m));
      out.push(...fieldsOf(members, `${path}/${k}`));
      continue;
    }
    if (k === "properties" && v !== null && typeof v === "object") {
      for (const [name, p] of Object.entries(v)) out.push([`${path}.${name}`, p as JsonSchema]);
    }
    out.push(...fieldsOf(v, `${path}/${k}`));
  }
  return out;
}

describe("the JSON Schemas say what they mean", () => {
  it.each(FUNCTIONS.map((f) => [f.name, f] as const))("%s: a description on the schema and on every field", (_, f) => {
    for (const kind of ["input", "options"] as const) {
      const json = schemaOf(f, kind);
      expect(json.description, `${f.name} ${kind}`).toEqual(expect.any(String));
      const fields = fieldsOf(json);
      expect(fields.length).toBeGreaterThan(0);
      for (const [path, p] of fields) expect(p.description, `${f.name} ${kind}${path}`).toMatch(/\S/);
    }
  });

  it("give each function's options the versions and every parameter of its area", () => {
    for (const f of FUNCTIONS) {
      const area = AREAS.find((a) => a.id === f.area);
      const props = schemaOf(f, "options").properties as Record<string, JsonSchema>;
      expect((props.version as JsonSchema).enum).toEqual(area?.versions.map((v) => v.id));
      const params = props.parameters as JsonSchema;
      expect(Object.keys(params.properties as object).sort()).toEqual(area?.parameters.map((p) => p.id).sort());
      expect(params.additionalProperties).toBe(false);
    }
  });

  it("state the checks functions make outside their zod schemas, exactly as the functions do", () => {
    const cases: [string, unknown][] = [
      ...[false, true, null, undefined].flatMap((offeredPlace) =>
        [false, true, null, undefined].map(
          (acceptedPlace) => ["otContactTriggers", { offeredPlace, acceptedPlace, applied: true }] as [string, unknown],
        ),
      ),
      ...[[], [{ fte: 1 }], null, undefined].flatMap((staff) =>
        [{ headcount: 1 }, { socialWorkEducated: 0 }, { headcount: null, socialWorkEducated: null }, {}].map(
          (counts) => ["outreachAssessService", { staff, ...counts }] as [string, unknown],
        ),
      ),
    ];
    for (const [name, raw] of cases) {
      const input = JSON.parse(JSON.stringify(raw));
      const f = FUNCTIONS.find((x) => x.name === name) as FunctionEntry;
      let library = true;
      try {
        f.evaluate(input as never, { asOf: "2026-01-01" });
      } catch {
        library = false;
      }
      expect(accepts(name, "input", input, name), `${name} ${JSON.stringify(input)}`).toBe(library);
    }
  });

  it("mark every date field and asOf as format date", () => {
    const dates = FUNCTIONS.flatMap((f) => [
      ...fieldsOf(schemaOf(f, "input")).filter(([path]) => /(\.date|Date)$/.test(path)),
      ...fieldsOf(schemaOf(f, "options")).filter(([path]) => path.endsWith(".asOf")),
    ]);
    expect(dates.length).toBeGreaterThan(30);
    for (const [path, p] of dates) expect(JSON.stringify(p), path).toContain('"format":"date"');
  });
});
