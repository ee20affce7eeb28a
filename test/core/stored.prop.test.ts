import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { optionsOf, VECTORS } from "../../src/conformance/index.js";
import type { Decision } from "../../src/core/decision.js";
import { readOnce } from "../../src/core/read.js";
import { isoDateSchema } from "../../src/core/schema.js";
import { readDecision } from "../../src/core/stored.js";
import { STRENGTHS } from "../../src/core/types.js";
import { explain, FUNCTIONS, UngrettInputError } from "../../src/index.js";
import { thrown } from "../helpers/errors.js";
import { onlyResultOrInputError, pathsOf, plant } from "../helpers/hostile.js";
import { TEXTS } from "../helpers/texts.js";

/*
 * `explain` reads decisions stored years ago and read back from JSON: anything may have
 * happened to them. A decision that is not one is an input error naming what is wrong,
 * never a TypeError, and no explanation shows `undefined`, `NaN`, `Infinity` or
 * `[object …]` where the decision does not say so.
 */

const GARBAGE = /[Uu]ndefined|NaN|Infinity|\[object /;

const decisions: readonly Decision[] = VECTORS.filter((v) => !("error" in v.expected)).map((v) => {
  const f = FUNCTIONS.find((x) => x.name === v.function);
  return JSON.parse(JSON.stringify(f?.evaluate(v.input as never, optionsOf(v))));
});

/** A string that does not itself say any of the words explain must not show by accident. */
const text = fc.string({ maxLength: 12 }).filter((s) => !GARBAGE.test(s));

/** What may replace a value of a stored decision. */
const replacement: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, true, 0, -1, 1.5, "", [], {}, [null], { x: null }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 10n),
  text,
  fc.integer(),
  fc.array(text, { maxLength: 3 }),
);

/** A path into a decision and what happens there. */
type Change =
  | { readonly kind: "delete"; readonly at: number }
  | { readonly kind: "set"; readonly at: number; readonly value: unknown }
  | { readonly kind: "add"; readonly at: number; readonly key: string; readonly value: unknown };

const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("set" as const), at: fc.nat(), value: replacement }),
  fc.record({ kind: fc.constant("add" as const), at: fc.nat(), key: text, value: replacement }),
);

function apply(d: Decision, c: Change): unknown {
  const paths = pathsOf(d).slice(1);
  const path = paths[c.at % paths.length] ?? [];
  if (c.kind === "set") return plant(d, path, c.value);
  if (c.kind === "add") {
    let target: unknown = d;
    for (const k of path) target = (target as Record<string | number, unknown>)[k];
    if (typeof target !== "object" || target === null || Array.isArray(target)) return plant(d, path, c.value);
    return plant(d, path, { ...(target as object), [c.key]: c.value });
  }
  const parent = path.slice(0, -1);
  const key = path[path.length - 1] as string | number;
  let target: unknown = d;
  for (const k of parent) target = (target as Record<string | number, unknown>)[k];
  if (Array.isArray(target))
    return plant(
      d,
      parent,
      target.filter((_, i) => i !== key),
    );
  const copy = { ...(target as Record<string | number, unknown>) };
  delete copy[key];
  return plant(d, parent, copy);
}

describe("explain on stored decisions gone wrong", () => {
  /** Runs the property; returns how often it met each answer. */
  const gone = (params: fc.Parameters<[Decision, Change[], string]>) => {
    const seen = { texts: 0, errors: 0, facts: 0 };
    fc.assert(
      fc.property(
        fc.constantFrom(...decisions),
        fc.array(change, { minLength: 1, maxLength: 3 }),
        fc.constantFrom("nb", "nn", "en"),
        (d, changes, locale) => {
          const stored = changes.reduce<unknown>((x, c) => apply(x as Decision, c), d);
          const e = onlyResultOrInputError(
            () => explain(stored as Decision, TEXTS[locale as "nb"]),
            (t) => {
              expect(typeof t).toBe("string");
              expect(t).not.toMatch(GARBAGE);
            },
          );
          if (e === undefined) seen.texts++;
          else seen.errors++;
          if (e?.issues.some((i) => i.code === "facts_mismatch")) seen.facts++;
        },
      ),
      params,
    );
    return seen;
  };

  it("every change to every vector's decision gives an explanation without garbage, or an input error", () => {
    gone({ numRuns: 1_500 });
  });

  it("reaches every part of a decision: both answers, and facts that do not fit a message (a fixed sample)", () => {
    // The counts of a random sample vary from run to run; a fixed seed makes this check exact.
    const seen = gone({ numRuns: 1_500, seed: 20261201 });
    expect(seen.texts).toBeGreaterThan(100);
    expect(seen.errors).toBeGreaterThan(100);
    expect(seen.facts).toBeGreaterThan(10);
  });

  it("explains every vector's decision read back from JSON exactly as the decision itself", () => {
    for (const d of decisions) {
      expect(explain(JSON.parse(JSON.stringify(d)))).toBe(explain(d));
      expect(explain(d)).not.toMatch(GARBAGE);
    }
  });

  const d = decisions[0] as Decision;
  const issues = (stored: unknown) =>
    thrown(() => explain(stored as Decision)).issues.map((i) => `${i.path}:${i.code}`);

  it.each([
    ["without a version", { ...d, version: undefined }, ["decision.version:required"]],
    ["without reasons", { ...d, reasons: undefined }, ["decision.reasons:required"]],
    ["without needs", { ...d, needs: undefined }, ["decision.needs:required"]],
    ["without parameters", { ...d, parameters: undefined }, ["decision.parameters:required"]],
    ["with a null reason", { ...d, reasons: [null] }, ["decision.reasons[0]:invalid_type"]],
    ["with a null parameter", { ...d, parameters: [null] }, ["decision.parameters[0]:invalid_type"]],
    [
      "with a reason of no known status",
      { ...d, reasons: [{ ...d.reasons[0], status: "maybe" }] },
      ["decision.reasons[0].status:invalid_value"],
    ],
    ["with a version of the wrong type", { ...d, version: "ot-2024" }, ["decision.version:invalid_type"]],
    ["with an asOf that is no date", { ...d, asOf: "2026-02-30" }, ["decision.asOf:invalid_date"]],
    [
      "with a fact that is not JSON",
      { ...d, reasons: [{ ...d.reasons[0], facts: { n: Number.NaN } }] },
      ["decision.reasons[0].facts.n:not_json"],
    ],
    [
      "with an unknown field from JSON",
      JSON.parse(JSON.stringify({ ...d, caseId: "K-1" })),
      ["decision.caseId:unknown_field"],
    ],
    ["with another format", { ...d, format: "ungrett.decision/1" }, ["decision.format:invalid_value"]],
    ["with an unknown rule", { ...d, rule: "ot.no-such-rule" }, ["decision.rule:unknown_rule"]],
  ])("names what is wrong with a decision %s", (_, stored, expected) => {
    expect(issues(stored)).toEqual(expected);
  });

  it("names the facts of a reason whose message they do not fit", () => {
    const age = decisions.find(
      (x) => x.rule === "ot.target-group" && x.reasons.some((r) => r.rule === "ot.age-limit" && r.status === "holds"),
    ) as Decision;
    const i = age.reasons.findIndex((r) => r.rule === "ot.age-limit");
    const broken = plant(age, ["reasons", i, "facts"], { birthYear: 2005 });
    const e = thrown(() => explain(broken as Decision, TEXTS.en));
    expect(e.issues).toEqual([
      {
        path: `decision.reasons[${i}].facts`,
        code: "facts_mismatch",
        message:
          "do not fit the message ot.age-limit/within-age-limit/holds: a fact it reads is missing or has the wrong type",
      },
    ]);
    expect(e).toBeInstanceOf(UngrettInputError);
  });

  it("shows a string of the decision as it is, even one that reads like garbage", () => {
    const stored = { ...d, version: { ...d.version, id: "undefined-version" } };
    expect(explain(stored as Decision, TEXTS.en)).toContain("undefined-version");
  });
});

/** The shape of every decision, as a zod schema: the specification `readDecision` is held to. */
const isJson = (v: unknown): boolean =>
  typeof v === "string" ||
  typeof v === "boolean" ||
  (typeof v === "number" && Number.isFinite(v)) ||
  v === null ||
  (typeof v === "object" && (Array.isArray(v) ? v : Object.values(v as object)).every(isJson));
const json = z.unknown().check(z.refine(isJson));
const decisionSchema = z.strictObject({
  format: z.literal("ungrett.decision/2"),
  library: z.string(),
  rule: z.string(),
  outcome: json,
  needs: z.array(z.string()),
  reasons: z.array(
    z.strictObject({
      rule: z.string(),
      condition: z.string(),
      status: z.enum(["holds", "fails", "unknown"]),
      strength: z.enum(STRENGTHS as [string, ...string[]]),
      sources: z.array(
        z.looseObject({ ref: z.string(), cite: z.string(), verified: z.boolean(), locator: z.optional(z.string()) }),
      ),
      facts: z.record(z.string(), json),
      needs: z.array(z.string()),
    }),
  ),
  version: z.strictObject({ id: z.string(), validFrom: isoDateSchema, validTo: z.nullable(isoDateSchema) }),
  asOf: isoDateSchema,
  parameters: z.array(
    z.strictObject({
      id: z.string(),
      value: json,
      from: z.nullable(isoDateSchema),
      to: z.nullable(isoDateSchema),
      overridden: z.boolean(),
    }),
  ),
  details: json,
});

describe("readDecision", () => {
  it("accepts exactly what the zod schema of a decision accepts, on every change to every vector's decision", () => {
    fc.assert(
      fc.property(fc.constantFrom(...decisions), fc.array(change, { minLength: 1, maxLength: 2 }), (d, changes) => {
        const stored = readOnce(changes.reduce<unknown>((x, c) => apply(x as Decision, c), d)).value;
        let accepted = true;
        try {
          readDecision(stored, "explain");
        } catch (e) {
          expect(e).toBeInstanceOf(UngrettInputError);
          accepted = false;
        }
        expect(accepted).toBe(z.safeParse(decisionSchema, stored).success);
      }),
      { numRuns: 1_000 },
    );
  });

  it("gives back the copy it checked, not the caller's object", () => {
    const d = decisions[0] as Decision;
    const read = readDecision(d, "explain");
    expect(read).toEqual(d);
    expect(read).not.toBe(d);
    expect(read.reasons).not.toBe(d.reasons);
  });
});
