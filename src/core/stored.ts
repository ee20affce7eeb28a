import { isIsoDate } from "./dates.js";
import type { Decision } from "./decision.js";
import { describeValue, pathText } from "./describe.js";
import { IssueList } from "./errors.js";
import { DECISION_FORMAT } from "./library-version.js";
import { isRecord, readOnce } from "./read.js";
import { STRENGTHS } from "./types.js";

/*
 * A decision as `explain` reads it: often one stored years ago and read back from JSON,
 * so anything may have happened to it. It is read once and checked for the shape every
 * decision has; anything else is an input error naming the field. The check is written
 * out here rather than as a zod schema, so that `explain` stays small and quick (a test
 * holds it to a zod schema of the same shape).
 */

/**
 * Where a check is: the keys from the decision down to the value (pushed and popped as
 * the check descends, so a valid decision allocates no paths), and the issues found.
 */
type At = { readonly path: PropertyKey[]; readonly issues: IssueList };

/** Checks a value, adding issues at `at`; `true` when it fits. */
type Check = (v: unknown, at: At) => boolean;

const issue = (at: At, code: string, message: string): false => {
  at.issues.add({ path: pathText("decision", at.path), code, message });
  return false;
};

/** Checks `v` as the field or item `key` of the value at `at`. */
const child = (check: Check, v: unknown, key: PropertyKey, at: At): boolean => {
  at.path.push(key);
  const ok = check(v, at);
  at.path.pop();
  return ok;
};

const typed =
  (what: string, test: (v: unknown) => boolean): Check =>
  (v, at) =>
    test(v) ||
    (v === undefined
      ? issue(at, "required", `is required (${what})`)
      : issue(at, "invalid_type", `must be ${what}, got ${describeValue(v)}`));

const string = typed("a string", (v) => typeof v === "string");
const boolean = typed("true or false", (v) => typeof v === "boolean");

const date: Check = (v, at) =>
  string(v, at) &&
  (isIsoDate(v) || issue(at, "invalid_date", `is not a calendar date (YYYY-MM-DD), got ${describeValue(v)}`));

const nullable =
  (check: Check): Check =>
  (v, at) =>
    v === null || check(v, at);

const oneOf =
  (values: readonly string[]): Check =>
  (v, at) =>
    (typeof v === "string" && values.includes(v)) ||
    issue(at, "invalid_value", `must be one of ${values.map((x) => `"${x}"`).join(", ")}, got ${describeValue(v)}`);

/** Whether a value of the copy is JSON: null, a boolean, a finite number, a string, or arrays and objects of these. */
function isJson(v: unknown): boolean {
  switch (typeof v) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(v);
    case "object":
      return v === null || (Array.isArray(v) ? v : Object.values(v)).every(isJson);
    default:
      return false;
  }
}

const json: Check = (v, at) =>
  isJson(v) ||
  issue(at, "not_json", "must be JSON: null, true or false, a finite number, a string, or arrays and objects of these");

const notArray = typed("an array", () => false);
const notObject = typed("an object", () => false);

const array =
  (item: Check): Check =>
  (v, at) => {
    if (!Array.isArray(v)) return notArray(v, at);
    let ok = true;
    for (let i = 0; i < v.length; i++) ok = child(item, v[i], i, at) && ok;
    return ok;
  };

const record =
  (value: Check): Check =>
  (v, at) => {
    if (!isRecord(v)) return notObject(v, at);
    let ok = true;
    for (const k of Object.keys(v)) ok = child(value, v[k], k, at) && ok;
    return ok;
  };

/** An object with these fields; other fields are an error when `strict`. */
const object = (shape: Readonly<Record<string, Check>>, strict = true): Check => {
  const fields = Object.entries(shape);
  const unknown: Check = (_, at) => issue(at, "unknown_field", "is not a field of a decision (check the spelling)");
  return (v, at) => {
    if (!isRecord(v)) return notObject(v, at);
    let ok = true;
    for (const [k, check] of fields) ok = child(check, v[k], k, at) && ok;
    if (strict) for (const k of Object.keys(v)) if (!Object.hasOwn(shape, k)) ok = child(unknown, v[k], k, at);
    return ok;
  };
};

const optional =
  (check: Check): Check =>
  (v, at) =>
    v === undefined || check(v, at);

/** Every decision's shape (`format: "ungrett.decision/2"`). A source may carry more than `ref`, `cite`, `verified` and `locator`. */
const decisionCheck: Check = object({
  format: oneOf([DECISION_FORMAT]),
  library: string,
  rule: string,
  outcome: json,
  needs: array(string),
  reasons: array(
    object({
      rule: string,
      condition: string,
      status: oneOf(["holds", "fails", "unknown"]),
      strength: oneOf(STRENGTHS),
      sources: array(object({ ref: string, cite: string, verified: boolean, locator: optional(string) }, false)),
      facts: record(json),
      needs: array(string),
    }),
  ),
  version: object({ id: string, validFrom: date, validTo: nullable(date) }),
  asOf: date,
  parameters: array(object({ id: string, value: json, from: nullable(date), to: nullable(date), overridden: boolean })),
  details: json,
});

/**
 * The decision, read once and checked, or an `UngrettInputError` naming every field
 * that is missing, has the wrong type or is not JSON (paths start `decision`).
 */
export function readDecision(value: unknown, fn: string): Decision {
  const copy = readOnce(value).value;
  const at: At = { path: [], issues: new IssueList() };
  if (decisionCheck(copy, at)) return copy as Decision;
  throw at.issues.error(fn);
}
