import { isIsoDate } from "./dates.js";
import type { Decision } from "./decision.js";
import { describeValue, pathText } from "./describe.js";
import { IssueList } from "./errors.js";
import { isRecord, readOnce } from "./read.js";
import { STRENGTHS } from "./types.js";
import { DECISION_FORMAT } from "./version.js";

/*
 * A decision as `explain` reads it: often one stored years ago and read back from JSON,
 * so anything may have happened to it. It is read once and checked for the shape every
 * decision has; anything else is an input error naming the field. The check is written
 * out here rather than as a zod schema, so that `explain` stays small and quick (a test
 * holds it to a zod schema of the same shape).
 */

/** Checks a value at a path, adding issues; `true` when it fits. */
type Check = (v: unknown, path: readonly PropertyKey[], issues: IssueList) => boolean;

const issue = (issues: IssueList, path: readonly PropertyKey[], code: string, message: string): false => {
  issues.add({ path: pathText("decision", path), code, message });
  return false;
};

const typed =
  (what: string, test: (v: unknown) => boolean): Check =>
  (v, path, issues) =>
    test(v) ||
    (v === undefined
      ? issue(issues, path, "required", `is required (${what})`)
      : issue(issues, path, "invalid_type", `must be ${what}, got ${describeValue(v)}`));

const string = typed("a string", (v) => typeof v === "string");
const boolean = typed("true or false", (v) => typeof v === "boolean");

const date: Check = (v, path, issues) =>
  string(v, path, issues) &&
  (isIsoDate(v) || issue(issues, path, "invalid_date", `is not a calendar date (YYYY-MM-DD), got ${describeValue(v)}`));

const nullable =
  (check: Check): Check =>
  (v, path, issues) =>
    v === null || check(v, path, issues);

const oneOf =
  (values: readonly string[]): Check =>
  (v, path, issues) =>
    (typeof v === "string" && values.includes(v)) ||
    issue(
      issues,
      path,
      "invalid_value",
      `must be one of ${values.map((x) => `"${x}"`).join(", ")}, got ${describeValue(v)}`,
    );

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

const json: Check = (v, path, issues) =>
  isJson(v) ||
  issue(
    issues,
    path,
    "not_json",
    "must be JSON: null, true or false, a finite number, a string, or arrays and objects of these",
  );

const array =
  (item: Check): Check =>
  (v, path, issues) => {
    if (!Array.isArray(v)) return typed("an array", () => false)(v, path, issues);
    let ok = true;
    for (let i = 0; i < v.length; i++) ok = item(v[i], [...path, i], issues) && ok;
    return ok;
  };

const record =
  (value: Check): Check =>
  (v, path, issues) => {
    if (!isRecord(v)) return typed("an object", () => false)(v, path, issues);
    let ok = true;
    for (const k of Object.keys(v)) ok = value(v[k], [...path, k], issues) && ok;
    return ok;
  };

/** An object with these fields; other fields are an error when `strict`. */
const object =
  (shape: Readonly<Record<string, Check>>, strict = true): Check =>
  (v, path, issues) => {
    if (!isRecord(v)) return typed("an object", () => false)(v, path, issues);
    let ok = true;
    for (const [k, check] of Object.entries(shape)) ok = check(v[k], [...path, k], issues) && ok;
    if (strict) {
      for (const k of Object.keys(v)) {
        if (!Object.hasOwn(shape, k)) {
          ok = issue(issues, [...path, k], "unknown_field", "is not a field of a decision (check the spelling)");
        }
      }
    }
    return ok;
  };

const optional =
  (check: Check): Check =>
  (v, path, issues) =>
    v === undefined || check(v, path, issues);

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
  const issues = new IssueList();
  if (decisionCheck(copy, [], issues)) return copy as Decision;
  throw issues.error(fn);
}
