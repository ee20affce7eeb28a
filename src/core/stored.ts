import * as z from "zod/mini";
import type { Decision } from "./decision.js";
import { IssueList } from "./errors.js";
import { guarded, parseFast } from "./guard.js";
import { readOnce } from "./read.js";
import { isoDateSchema, toInputIssues } from "./schema.js";
import { type Json, STRENGTHS } from "./types.js";
import { DECISION_FORMAT } from "./version.js";

/*
 * A decision as `explain` reads it: often one stored years ago and read back from JSON,
 * so anything may have happened to it. It is read once and checked for the shape every
 * decision has; anything else is an input error naming the field.
 */

/** Whether a value of the copy is JSON: null, a boolean, a finite number, a string, or arrays and objects of these. */
function isJson(v: unknown): boolean {
  switch (typeof v) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(v);
    case "object":
      if (v === null) return true;
      return (Array.isArray(v) ? v : Object.values(v)).every(isJson);
    default:
      return false;
  }
}

const json = z.unknown().check(
  z.refine(isJson, {
    error: "must be JSON: null, true or false, a finite number, a string, or arrays and objects of these",
    params: { code: "not_json" },
  }),
) as z.ZodMiniType<Json>;

/** A source of a reason: lenient beyond `ref`, which `explain` shows. */
const sourceSchema = z.looseObject({ ref: z.string(), locator: z.optional(z.string()) });

const reasonSchema = z.strictObject({
  rule: z.string(),
  condition: z.string(),
  status: z.enum(["holds", "fails", "unknown"]),
  strength: z.enum(STRENGTHS as [string, ...string[]]),
  sources: z.array(sourceSchema),
  facts: z.record(z.string(), json),
  needs: z.array(z.string()),
});

const parameterUseSchema = z.strictObject({
  id: z.string(),
  value: json,
  from: z.nullable(isoDateSchema),
  to: z.nullable(isoDateSchema),
  overridden: z.boolean(),
});

/** The shape of every decision (`format: "ungrett.decision/1"`). */
export const decisionSchema = /* @__PURE__ */ guarded(
  z.strictObject({
    format: z.literal(DECISION_FORMAT),
    library: z.string(),
    rule: z.string(),
    outcome: json,
    needs: z.array(z.string()),
    reasons: z.array(reasonSchema),
    version: z.strictObject({ id: z.string(), validFrom: isoDateSchema, validTo: z.nullable(isoDateSchema) }),
    asOf: isoDateSchema,
    parameters: z.array(parameterUseSchema),
    details: json,
  }),
);

/**
 * The decision, read once and checked, or an `UngrettInputError` naming every field
 * that is missing, has the wrong type or is not JSON (paths start `decision.`).
 */
export function readDecision(value: unknown, fn: string): Decision {
  const copy = readOnce(value).value;
  const r = parseFast(decisionSchema, copy);
  if (r.success) return r.data as Decision;
  const issues = new IssueList();
  for (const i of toInputIssues(r.issues, copy, "decision")) issues.add(i);
  throw issues.error(fn);
}
