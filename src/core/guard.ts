import * as z from "zod/mini";
import { BARE_PROTOTYPE, isRecord, readOnce } from "./read.js";

/**
 * A fast yes for valid input: `true` only when the value is valid for the schema, zod
 * would return it unchanged, and it holds no -0 (which JSON cannot keep). `false` means
 * "ask zod", which then reports the issues (or, for an input the guard does not know how
 * to judge, accepts it). So a guard can make validation faster, never change its answer;
 * a property test holds every guard to exactly zod's verdict on arbitrary JSON.
 */
export type Guard = (value: unknown) => boolean;

/**
 * The part of a zod definition the compiler reads (zod's documented `_zod.def`). Those
 * definitions are zod's internals, so package.json pins zod's minor (`~4.6.x`) and
 * test/core/guard.test.ts fails when the installed minor is not the one this was proven on.
 */
type Def = {
  readonly type: string;
  readonly format?: string;
  readonly coerce?: boolean;
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDef } }[];
  readonly shape?: Readonly<Record<string, z.core.$ZodType>>;
  readonly catchall?: z.core.$ZodType;
  readonly innerType?: z.core.$ZodType;
  readonly element?: z.core.$ZodType;
  readonly options?: readonly z.core.$ZodType[];
  readonly entries?: Readonly<Record<string, unknown>>;
  readonly values?: readonly unknown[];
  readonly keyType?: z.core.$ZodType;
  readonly valueType?: z.core.$ZodType;
};

type CheckDef = {
  readonly check: string;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly fn?: (value: unknown) => unknown;
  readonly when?: unknown;
  readonly value?: unknown;
  readonly inclusive?: boolean;
  readonly minimum?: number;
  readonly maximum?: number;
};

const defOf = (schema: z.core.$ZodType): Def => schema._zod.def as unknown as Def;

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  // Arrays, dates and class instances fail on their prototype; the library's copies pass.
  if (typeof v !== "object" || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === BARE_PROTOTYPE || proto === Object.prototype || proto === null;
};

/**
 * One check as a predicate, or `null` for a check the compiler does not know. It runs only
 * after the schema's own type test, and zod attaches each kind of check only to the types
 * it fits (bounds to numbers, regexes to strings, lengths to strings and arrays), so the
 * check's kind alone decides.
 */
function compileCheck(c: CheckDef): Guard | null {
  switch (c.check) {
    case "custom": {
      // A refinement with a `when` runs only when that says so; the compiler does not judge those.
      if (c.when !== undefined) return null;
      const fn = c.fn as (value: unknown) => unknown;
      return (v) => fn(v) === true;
    }
    case "greater_than": {
      const bound = c.value as number;
      return c.inclusive ? (v) => (v as number) >= bound : (v) => (v as number) > bound;
    }
    case "less_than": {
      const bound = c.value as number;
      return c.inclusive ? (v) => (v as number) <= bound : (v) => (v as number) < bound;
    }
    case "string_format": {
      const re = c.pattern;
      // Only regexes; and not global or sticky ones, whose test() keeps state between calls.
      if (c.format !== "regex" || !(re instanceof RegExp) || re.global || re.sticky) return null;
      return (v) => re.test(v as string);
    }
    // Length bounds (zod's `when` skips them for values without a length; the type test
    // has already run here, so they always apply).
    case "min_length": {
      const min = c.minimum as number;
      return (v) => (v as { length: number }).length >= min;
    }
    case "max_length": {
      const max = c.maximum as number;
      return (v) => (v as { length: number }).length <= max;
    }
    default:
      return null;
  }
}

/** All of a schema's checks as one predicate (run after its type test), or `null`. */
function compileChecks(def: Def): Guard | null {
  const checks: Guard[] = [];
  for (const c of def.checks ?? []) {
    const g = compileCheck(c._zod.def);
    if (g === null) return null;
    checks.push(g);
  }
  return (v) => {
    for (const g of checks) if (!g(v)) return false;
    return true;
  };
}

/**
 * Compiles a guard from a zod/mini schema, or returns `null` when the schema uses
 * something the compiler does not know (then zod alone validates). Known: strict objects,
 * optional, nullable, boolean, finite numbers and safe integers with bounds, strings with
 * a regex or refinements, enums, literals, arrays with length bounds, string-keyed records,
 * unions, unknown, and refinements on any of these.
 */
export function compileGuard(schema: z.core.$ZodType): Guard | null {
  const def = defOf(schema);
  if (def.coerce === true) return null;
  switch (def.type) {
    case "unknown":
      return def.checks?.length ? null : () => true;
    case "never":
      return () => false;
    case "boolean":
      return def.checks?.length ? null : (v) => typeof v === "boolean";
    case "optional":
    case "nullable": {
      const inner = compileGuard(def.innerType as z.core.$ZodType);
      if (inner === null || def.checks?.length) return null;
      return def.type === "optional" ? (v) => v === undefined || inner(v) : (v) => v === null || inner(v);
    }
    case "enum":
    case "literal": {
      const allowed = def.type === "enum" ? Object.values(def.entries as object) : (def.values as unknown[]);
      if (def.checks?.length) return null;
      return (v) => allowed.includes(v);
    }
    case "number": {
      if (def.format !== undefined && def.format !== "safeint") return null;
      const checks = compileChecks(def);
      if (checks === null) return null;
      const isNumber = def.format === "safeint" ? Number.isSafeInteger : Number.isFinite;
      // -0 is valid but not JSON (it reads back as 0): it takes the slow path, which turns it into 0.
      return (v) => isNumber(v) && !Object.is(v, -0) && checks(v);
    }
    case "string": {
      const checks = compileChecks(def);
      if (checks === null) return null;
      return (v) => typeof v === "string" && checks(v);
    }
    case "array": {
      const element = compileGuard(def.element as z.core.$ZodType);
      const checks = compileChecks(def);
      if (element === null || checks === null) return null;
      return (v) => Array.isArray(v) && v.every((x) => element(x)) && checks(v);
    }
    case "record": {
      const key = defOf(def.keyType as z.core.$ZodType);
      const value = compileGuard(def.valueType as z.core.$ZodType);
      const checks = compileChecks(def);
      if (key.type !== "string" || key.checks?.length || value === null || checks === null) return null;
      return (v) => isPlainObject(v) && Object.values(v).every((x) => value(x)) && checks(v);
    }
    case "object": {
      // Only strict objects: a stripping object would return something other than its input.
      if (def.catchall === undefined || defOf(def.catchall).type !== "never") return null;
      const shape = def.shape as Readonly<Record<string, z.core.$ZodType>>;
      const keys = Object.keys(shape);
      const guards: Guard[] = [];
      for (const key of keys) {
        const g = compileGuard(shape[key] as z.core.$ZodType);
        if (g === null) return null;
        guards.push(g);
      }
      const known = new Set(keys);
      const checks = compileChecks(def);
      if (checks === null) return null;
      return (v) => {
        if (!isPlainObject(v)) return false;
        // Own keys (zod's for-in also sees enumerable keys a polluted Object.prototype adds).
        const own = Object.keys(v);
        for (let i = 0; i < own.length; i++) if (!known.has(own[i] as string)) return false;
        for (let i = 0; i < keys.length; i++) if (!(guards[i] as Guard)(v[keys[i] as string])) return false;
        return checks(v);
      };
    }
    case "union": {
      const options = (def.options as z.core.$ZodType[]).map(compileGuard);
      if (options.some((g) => g === null) || def.checks?.length) return null;
      const gs = options as Guard[];
      return (v) => gs.some((g) => g(v));
    }
    default:
      return null;
  }
}

const GUARD = Symbol("ungrett.guard");
type WithGuard = { readonly [GUARD]?: Guard | null };

/**
 * Declares an input schema: compiles its guard once, beside the schema, so that every
 * call can try the fast check before zod. Returns the schema itself.
 */
export function guarded<S extends z.core.$ZodType>(schema: S): S {
  Object.defineProperty(schema, GUARD, { value: compileGuard(schema), enumerable: false });
  return schema;
}

/** The guard compiled by `guarded`, or `null` (zod alone validates). */
export function guardOf(schema: z.core.$ZodType): Guard | null {
  return (schema as WithGuard)[GUARD] ?? null;
}

/** The outcome of validating a copy: its data, or zod's issues. */
export type Parsed<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly z.core.$ZodIssue[] };

/**
 * Validates a copy made by `readOnce`, asking zod only when the schema's guard does not
 * say yes. The data is then the copy itself (the guard said yes) or zod's output read
 * once more onto the copy's prototype, so a rule never reads anything an inherited
 * property could supply.
 */
export function parseFast<S extends z.core.$ZodType>(
  schema: S,
  copy: unknown,
  guard: Guard | null = guardOf(schema),
): Parsed<z.output<S>> {
  let ok = false;
  if (guard !== null) {
    try {
      ok = guard(copy);
    } catch {
      // A refinement that throws: zod reports it as it would without the guard.
    }
  }
  if (ok) return { success: true, data: copy as z.output<S> };
  const issues = zodIssues(schema, copy);
  if (issues !== null) return { success: false, issues };
  const r = z.safeParse(schema, copy);
  return r.success
    ? { success: true, data: readOnce(r.data).value as z.output<S> }
    : { success: false, issues: r.error.issues };
}

/**
 * zod's issues for the fields of a strict object, each field parsed on its own, or
 * `null` when they have none (then zod parses the whole object, for its unknown keys and
 * refinements). zod gathers the issues of a field into its parent's with one spread call,
 * which overflows the stack for an array of some 100,000 bad items; field by field, the
 * largest spread is one item's issues.
 */
function zodIssues(schema: z.core.$ZodType, copy: unknown): z.core.$ZodIssue[] | null {
  const def = defOf(schema);
  if (def.type !== "object" || def.shape === undefined || !isRecord(copy)) return null;
  const issues: z.core.$ZodIssue[] = [];
  for (const [key, field] of Object.entries(def.shape)) {
    const r = z.safeParse(field, copy[key]);
    if (r.success) continue;
    for (const i of r.error.issues) issues.push({ ...i, path: [key, ...i.path] });
  }
  if (issues.length === 0) return null;
  if (def.catchall !== undefined && defOf(def.catchall).type === "never") {
    const unknown = Object.keys(copy).filter((k) => !Object.hasOwn(def.shape as object, k));
    if (unknown.length > 0)
      issues.push({ code: "unrecognized_keys", keys: unknown, path: [], message: "Invalid input" });
  }
  return issues;
}
