import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { compileGuard, guarded, guardOf, parseFast } from "../../src/core/guard.js";
import { BARE_PROTOTYPE, readOnce } from "../../src/core/read.js";
import { navCaseload } from "../../src/nav/index.js";
import { otTargetGroup } from "../../src/ot/index.js";

const g = (schema: z.core.$ZodType) => {
  const guard = compileGuard(schema);
  if (guard === null) throw new Error("expected the schema to compile");
  return guard;
};

describe("compileGuard: what it judges", () => {
  it("booleans, never and unknown", () => {
    expect(g(z.boolean())(true)).toBe(true);
    expect(g(z.boolean())("true")).toBe(false);
    expect(g(z.never())(undefined)).toBe(false);
    expect(g(z.never())(true)).toBe(false);
    expect(g(z.unknown())({ any: ["thing"] })).toBe(true);
  });

  it("optional takes undefined, nullable takes null, neither takes the other", () => {
    expect(g(z.optional(z.boolean()))(undefined)).toBe(true);
    expect(g(z.optional(z.boolean()))(null)).toBe(false);
    expect(g(z.nullable(z.boolean()))(null)).toBe(true);
    expect(g(z.nullable(z.boolean()))(undefined)).toBe(false);
    expect(g(z.nullable(z.boolean()))(false)).toBe(true);
  });

  it("enums and literals", () => {
    expect(g(z.enum(["a", "b"]))("b")).toBe(true);
    expect(g(z.enum(["a", "b"]))("c")).toBe(false);
    expect(g(z.literal(3))(3)).toBe(true);
    expect(g(z.literal(3))("3")).toBe(false);
  });

  it("numbers: finite; safe integers for z.int(); inclusive and exclusive bounds", () => {
    expect(g(z.number())(1.5)).toBe(true);
    expect(g(z.number())(Number.POSITIVE_INFINITY)).toBe(false);
    expect(g(z.number())(Number.NaN)).toBe(false);
    expect(g(z.number())("1")).toBe(false);
    expect(g(z.int())(2)).toBe(true);
    expect(g(z.int())(2.5)).toBe(false);
    expect(g(z.int())(2 ** 53)).toBe(false);
    const inclusive = g(z.int().check(z.minimum(1), z.maximum(3)));
    expect([0, 1, 3, 4].map(inclusive)).toEqual([false, true, true, false]);
    const exclusive = g(z.number().check(z.gt(1), z.lt(3)));
    expect([1, 1.5, 2.5, 3].map(exclusive)).toEqual([false, true, true, false]);
  });

  it("strings with a regex, length bounds and refinements", () => {
    const s = g(z.string().check(z.regex(/^\d+$/), z.minLength(2), z.maxLength(3)));
    expect(["1", "12", "123", "1234", "ab", 12].map(s)).toEqual([false, true, true, false, false, false]);
    const refined = g(z.string().check(z.refine((v) => v !== "no")));
    expect(refined("yes")).toBe(true);
    expect(refined("no")).toBe(false);
  });

  it("arrays: every element, and length bounds", () => {
    const a = g(z.array(z.boolean()).check(z.minLength(1), z.maxLength(2)));
    expect([[], [true], [true, false], [true, false, true], [1], "x"].map(a)).toEqual([
      false,
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it("records with string keys", () => {
    const r = g(z.record(z.string(), z.boolean()));
    expect(r({ a: true, b: false })).toBe(true);
    expect(r({ a: 1 })).toBe(false);
    expect(r({ a: true, b: 1 })).toBe(false);
    expect(r([])).toBe(false);
    expect(r(null)).toBe(false);
    const few = g(z.record(z.string(), z.boolean()).check(z.refine((v) => Object.keys(v).length < 2)));
    expect(few({ a: true })).toBe(true);
    expect(few({ a: true, b: true })).toBe(false);
  });

  it("strict objects: unknown keys, missing keys, refinements, only plain objects", () => {
    const o = g(
      z
        .strictObject({ a: z.boolean(), b: z.optional(z.int()) })
        .check(z.refine((v) => v.b !== 7, { message: "not 7" })),
    );
    expect(o({ a: true })).toBe(true);
    expect(o({ a: true, b: 1 })).toBe(true);
    expect(o({ a: true, b: 7 })).toBe(false);
    expect(o({ a: true, c: 1 })).toBe(false);
    expect(o({ b: 1 })).toBe(false);
    expect(o([true])).toBe(false);
    expect(o(null)).toBe(false);
    expect(o(undefined)).toBe(false);
    expect(o("a")).toBe(false);
    expect(o(Object.assign(Object.create(null), { a: true }))).toBe(true);
    expect(
      o(
        new (class {
          a = true;
        })(),
      ),
    ).toBe(false);
    expect(o(new Date(0))).toBe(false);
  });

  it("unions: any branch", () => {
    const u = g(z.union([z.boolean(), z.array(z.boolean())]));
    expect([true, [false], "x", [1]].map(u)).toEqual([true, true, false, false]);
  });
});

describe("compileGuard: what it leaves to zod", () => {
  const unsupported: [string, z.core.$ZodType][] = [
    ["a stripping object (its output is not its input)", z.object({ a: z.boolean() })],
    ["a loose object", z.looseObject({ a: z.boolean() })],
    ["an object with an unsupported field", z.strictObject({ a: z.date() })],
    ["a string format other than regex", z.string().check(z.email())],
    ["a global regex (test() keeps state)", z.string().check(z.regex(/a/g))],
    ["a sticky regex (test() keeps state)", z.string().check(z.regex(/a/y))],
    ["a refinement with a `when`", z.string().check(z.refine(() => true, { when: () => true }))],
    ["a number format other than safeint", z.int32()],
    ["a multiple-of check", z.number().check(z.multipleOf(2))],
    ["an optional of something unsupported", z.optional(z.date())],
    ["a nullable of something unsupported", z.nullable(z.date())],
    ["an array of something unsupported", z.array(z.date())],
    ["a record with checked keys", z.record(z.string().check(z.minLength(1)), z.boolean())],
    ["a record of something unsupported", z.record(z.string(), z.date())],
    ["a record keyed by an enum (zod wants every key)", z.record(z.enum(["a", "b"]), z.boolean())],
    [
      "a record with an unsupported check",
      z.record(z.string(), z.boolean()).check(z.refine(() => true, { when: () => true })),
    ],
    ["an array with an unsupported check", z.array(z.boolean()).check(z.refine(() => true, { when: () => true }))],
    [
      "a strict object with an unsupported check",
      z.strictObject({ a: z.boolean() }).check(z.refine(() => true, { when: () => true })),
    ],
    ["a string format given as something other than a regex", z.string().check(z.uuid())],
    ["a union with an unsupported branch", z.union([z.boolean(), z.date()])],
    ["a coercing number", z.coerce.number()],
    [
      "a transform",
      z.pipe(
        z.string(),
        z.transform((s) => s.length),
      ),
    ],
    ["a boolean with a check", z.boolean().check(z.refine(() => true))],
    ["an enum with a check", z.enum(["a"]).check(z.refine(() => true))],
    ["an optional with a check", z.optional(z.boolean()).check(z.refine(() => true))],
    ["unknown with a check", z.unknown().check(z.refine(() => true))],
    ["a union with a check", z.union([z.boolean(), z.int()]).check(z.refine(() => true))],
  ];
  it.each(unsupported)("%s", (_label, schema) => {
    expect(compileGuard(schema)).toBeNull();
  });
});

describe("guarded, guardOf and parseFast", () => {
  it("guarded compiles the guard once and returns the same schema; guardOf finds it", () => {
    const schema = z.strictObject({ a: z.boolean() });
    expect(guardOf(schema)).toBeNull();
    expect(guarded(schema)).toBe(schema);
    expect(guardOf(schema)?.({ a: true })).toBe(true);
    // Not enumerable: a copy of the schema does not carry it.
    const bare = z.strictObject({ a: z.boolean() });
    expect(Object.getOwnPropertySymbols({ ...schema })).toEqual(Object.getOwnPropertySymbols({ ...bare }));
  });

  it("parseFast returns the copy it was given when the guard says yes, without zod's copy", () => {
    const schema = guarded(z.strictObject({ a: z.boolean() }));
    const copy = readOnce({ a: true }).value;
    const r = parseFast(schema, copy);
    expect(r.success && r.data).toBe(copy);
    expect(z.safeParse(schema, copy).data).not.toBe(copy);
  });

  it("parseFast gives zod's issues for invalid input, and zod's output, read once more, where there is no guard", () => {
    const schema = guarded(z.strictObject({ a: z.boolean() }));
    const r = parseFast(schema, readOnce({ a: 1 }).value);
    expect(r.success).toBe(false);
    expect(r.success ? null : r.issues[0]?.path).toEqual(["a"]);
    const plain = z.object({ a: z.boolean() });
    const p = parseFast(plain, readOnce({ a: true, extra: 1 }).value);
    expect(p.success && p.data).toEqual({ a: true });
    // zod's output is copied onto the prototype without Object.prototype.
    expect(p.success && Object.getPrototypeOf(p.data)).toBe(BARE_PROTOTYPE);
  });

  it("parseFast asks zod for each field of a strict object on its own, so 250,000 bad items do not overflow zod's stack", {
    timeout: 30_000,
  }, () => {
    const schema = guarded(z.strictObject({ list: z.array(z.strictObject({ d: z.string() })), n: z.number() }));
    const bad = { list: new Array(250_000).fill(0), n: "x", extra: 1 };
    const r = parseFast(schema, bad);
    expect(r.success).toBe(false);
    const issues = r.success ? [] : r.issues;
    expect(issues).toHaveLength(250_002);
    expect(issues[0]?.path).toEqual(["list", 0]);
    expect(issues[250_000]?.path).toEqual(["n"]);
    expect(issues[250_001]).toMatchObject({ code: "unrecognized_keys", keys: ["extra"], path: [] });
  });

  // Why parseFast exists: zod alone spreads the list's 250,000 issues into its parent's in
  // one call. A fact about zod on Node's default stack, not about this library, so the
  // mutation run (whose workers may have another stack) leaves it out.
  it.skipIf((globalThis as { __mutationRun?: boolean }).__mutationRun === true)(
    "zod alone overflows its stack on 250,000 issues",
    { timeout: 30_000 },
    () => {
      const schema = guarded(z.strictObject({ list: z.array(z.strictObject({ d: z.string() })), n: z.number() }));
      expect(() => z.safeParse(schema, { list: new Array(250_000).fill(0), n: "x" })).toThrow(RangeError);
    },
  );

  it("field by field gives exactly zod's issues, and the whole object is parsed for its refinements", () => {
    const schema = guarded(
      z
        .strictObject({ a: z.string(), b: z.optional(z.number()) })
        .check(z.refine((o) => o.a !== "no", { error: "not no", path: ["a"] })),
    );
    for (const value of [{ a: 1, c: 2 }, { a: 1, b: "x" }, { a: "no", c: 1 }, { a: "no" }, { b: 1 }]) {
      const r = parseFast(schema, value);
      const zod = z.safeParse(schema, value);
      expect(r.success ? [] : r.issues).toEqual(zod.success ? [] : zod.error.issues.map((i) => ({ ...i })));
    }
  });

  it("a refinement that throws is left to zod, which reports what it reports without the guard", () => {
    const boom = (v: string) => {
      if (v === "boom") throw new RangeError("boom");
      return true;
    };
    const schema = guarded(z.string().check(z.refine(boom)));
    expect(parseFast(schema, "fine").success).toBe(true);
    expect(() => parseFast(schema, "boom")).toThrow(RangeError);
    expect(() => z.safeParse(schema, "boom")).toThrow(RangeError);
  });
});

describe("-0, which JSON cannot keep", () => {
  it("is not waved through by a guard, and reading the input turns it into 0", () => {
    const schema = guarded(z.strictObject({ n: z.int(), list: z.array(z.number()) }));
    expect(guardOf(schema)?.({ n: -0, list: [] })).toBe(false);
    expect(guardOf(schema)?.({ n: 0, list: [1, -0] })).toBe(false);
    const value = { n: -0, list: [1, -0] };
    const copy = readOnce(value).value as typeof value;
    expect(Object.is(copy.n, 0) && Object.is(copy.list[1], 0)).toBe(true);
    expect(Object.is(value.n, -0) && Object.is(value.list[1], -0)).toBe(true);
    const r = parseFast(schema, copy);
    expect(r.success && r.data).toBe(copy);
  });

  it("never reaches a decision, from the input or from a parameter override", () => {
    const d = navCaseload({ youthPerCounsellor: -0 }, { asOf: "2026-03-02" });
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
    const p = otTargetGroup(
      { birthYear: 2005, hasYouthRight: true, inEducation: false, inWork: false },
      { asOf: "2026-04-15", parameters: { "ot.notify-max-days": -0 } },
    );
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
  });
});

/** The zod version the guard compiler and its property test (guard.prop.test.ts) were proven against. */
const ZOD_PROVEN = "4.6.7";

const minorOf = (version: string): string => version.split(".").slice(0, 2).join(".");
const readJson = (path: string): { version?: string; dependencies?: Record<string, string> } =>
  JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));

describe("the zod the guard reads", () => {
  it(`is the minor the guard was proven against (zod ${ZOD_PROVEN}): prove a new minor, then move this and the pin`, () => {
    // Resolved as the library resolves zod (node_modules may be elsewhere, as in a mutation sandbox).
    const installed = (createRequire(import.meta.url)("zod/package.json") as { version?: string }).version ?? "";
    expect(minorOf(installed)).toBe(minorOf(ZOD_PROVEN));
  });

  it("is pinned to that minor in package.json, so no install brings another", () => {
    const range = readJson("../../package.json").dependencies?.zod ?? "";
    expect(range).toMatch(new RegExp(`^~${minorOf(ZOD_PROVEN).replace(".", "\\.")}\\.\\d+$`));
  });

  it("compares minors, not patches", () => {
    expect(minorOf("4.6.7")).toBe(minorOf("4.6.12"));
    expect(minorOf("4.6.7")).not.toBe(minorOf("4.7.0"));
  });
});
