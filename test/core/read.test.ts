import { describe, expect, it } from "vitest";
import type * as z from "zod/mini";
import { optionsOf, VECTORS, type Vector } from "../../src/conformance/index.js";
import {
  BARE_PROTOTYPE,
  READ_LIMITS,
  readOnce,
  TOO_DEEP,
  TOO_LARGE,
  TOO_LONG,
  toPlain,
  UNREADABLE,
} from "../../src/core/read.js";
import { ALL_PARAMETERS, explain, FUNCTIONS, UngrettInputError } from "../../src/index.js";
import { nest } from "../helpers/hostile.js";

/*
 * Input is read once: validation and the rules read one copy of it, so a getter or a
 * Proxy cannot pass validation with one value and hand the rule another, and a polluted
 * Object.prototype is never a fact or an option.
 */

describe("readOnce", () => {
  it("copies own enumerable properties onto a prototype without Object.prototype, arrays as arrays", () => {
    const proto = { inherited: true };
    const value = Object.assign(Object.create(proto), { a: 1, list: [{ b: "x" }] });
    Object.defineProperty(value, "hidden", { value: 2, enumerable: false });
    const copy = readOnce(value);
    expect(copy.marks).toBe(0);
    expect(copy.values).toBe(4);
    const c = copy.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(c)).toBe(BARE_PROTOTYPE);
    expect(Object.getPrototypeOf(BARE_PROTOTYPE)).toBeNull();
    expect(Object.isFrozen(BARE_PROTOTYPE)).toBe(true);
    expect(Object.keys(c)).toEqual(["a", "list"]);
    expect(c.inherited).toBeUndefined();
    expect(c.toString).toBeUndefined();
    expect(Array.isArray(c.list)).toBe(true);
    expect(c.list).not.toBe(value.list);
    expect(toPlain(c)).toEqual({ a: 1, list: [{ b: "x" }] });
    expect(Object.getPrototypeOf(toPlain(c))).toBe(Object.prototype);
  });

  it("keeps a __proto__ key from JSON as a field, and never writes to the caller's value", () => {
    const value = JSON.parse('{"__proto__": {"inWork": true}, "a": -0}');
    const frozen = Object.freeze(value);
    const c = readOnce(frozen).value as Record<string, unknown>;
    expect(Object.keys(c)).toEqual(["__proto__", "a"]);
    expect(c.inWork).toBeUndefined();
    expect(Object.is(c.a, 0)).toBe(true);
  });

  it("asks each getter once, and marks one that throws as unreadable", () => {
    let reads = 0;
    const value = {
      get counted() {
        reads++;
        return reads;
      },
      get broken(): never {
        throw new Error("Kari Nordmann");
      },
    };
    const copy = readOnce(value);
    expect(reads).toBe(1);
    expect(copy.value).toEqual({ counted: 1, broken: UNREADABLE });
    expect(copy.marks).toBe(1);
  });

  it("marks a Proxy whose traps throw, and a revoked one, as unreadable; never throws", () => {
    const throwing = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("trap");
        },
      },
    );
    const r = Proxy.revocable({}, {});
    r.revoke();
    expect(readOnce(throwing).value).toBe(UNREADABLE);
    expect(readOnce({ a: r.proxy }).value).toEqual({ a: UNREADABLE });
    const liar = new Proxy([], { get: (t, k) => (k === "length" ? "7" : Reflect.get(t, k)) });
    expect(readOnce(liar).value).toBe(UNREADABLE);
  });

  it(`stops ${READ_LIMITS.depth} levels down, past ${READ_LIMITS.items} items, and past ${READ_LIMITS.values} values, without recursing further`, () => {
    let c: unknown = readOnce(nest(10_000)).value;
    for (let i = 0; i < READ_LIMITS.depth; i++) c = (c as { a: unknown }).a;
    expect(c).toBe(TOO_DEEP);
    expect(readOnce(nest(READ_LIMITS.depth - 1)).marks).toBe(0);
    expect(readOnce(new Array(READ_LIMITS.items + 1).fill(0)).value).toBe(TOO_LONG);
    expect(readOnce(new Array(2 ** 32 - 1)).value).toBe(TOO_LONG);
    const wide = Array.from({ length: 11 }, () => new Array(READ_LIMITS.items).fill(0));
    const copy = readOnce(wide).value as unknown[];
    expect(copy.slice(0, 9).every((x) => Array.isArray(x))).toBe(true);
    expect(copy[10]).toBe(TOO_LARGE);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(readOnce(cyclic).marks).toBe(1);
  });

  it("reads a hole in an array as undefined, not through Array.prototype", () => {
    const proto = Array.prototype as unknown as Record<number, unknown>;
    proto[1] = "polluted";
    try {
      const holey = [1, 2, 3];
      delete holey[1];
      expect(readOnce(holey).value).toEqual([1, undefined, 3]);
    } finally {
      delete proto[1];
    }
  });
});

const byFunction = FUNCTIONS.map((f) => {
  const vectors = VECTORS.filter((v) => v.function === f.name && !("error" in v.expected));
  return [f.name, f, vectors] as const;
});

/**
 * `value` with every property of every object and array turned into a getter that gives
 * the real value on its first read and `later` on every read after it.
 */
function flip(value: unknown, later: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  const out = (Array.isArray(value) ? new Array(value.length) : {}) as Record<string | number, unknown>;
  for (const [k, v] of Object.entries(value)) {
    const first = flip(v, later);
    let read = false;
    Object.defineProperty(out, k, {
      enumerable: true,
      get() {
        if (read) return later;
        read = true;
        return first;
      },
    });
  }
  return out;
}

/** `value` behind Proxies that count the reads of each field, by path. */
function watch(value: unknown, reads: Map<string, number>, path = ""): unknown {
  if (typeof value !== "object" || value === null) return value;
  return new Proxy(value, {
    get(target, key, receiver) {
      const v = Reflect.get(target, key, receiver);
      if (typeof key !== "string" || key === "length") return v;
      const p = `${path}.${key}`;
      reads.set(p, (reads.get(p) ?? 0) + 1);
      return watch(v, reads, p);
    },
  });
}

describe.each(byFunction)("%s reads its input once", (name, f, vectors) => {
  it(`${name}: a getter that changes its value on the second read changes nothing`, () => {
    for (const v of vectors) {
      const expected = f.evaluate(v.input as never, optionsOf(v));
      for (const later of [10n, "garbage", null, { nested: true }]) {
        const input = flip(v.input, later);
        const options = flip(optionsOf(v), later);
        expect(f.evaluate(input as never, options as never), v.id).toEqual(expected);
      }
    }
  });

  it(`${name}: a getter that is valid only from the second read is an input error`, () => {
    for (const v of vectors.slice(0, 3)) {
      if (typeof v.input !== "object" || v.input === null || Object.keys(v.input).length === 0) continue;
      // The first read is garbage: whatever the rule would read next, validation saw garbage.
      const input = Object.fromEntries(Object.keys(v.input).map((k) => [k, undefined]));
      for (const k of Object.keys(v.input)) {
        let read = false;
        Object.defineProperty(input, k, {
          enumerable: true,
          get() {
            const first = !read;
            read = true;
            return first ? 10n : (v.input as Record<string, unknown>)[k];
          },
        });
      }
      expect(() => f.evaluate(input as never, optionsOf(v)), v.id).toThrow(UngrettInputError);
    }
  });

  it(`${name}: a Proxy over the input and the options sees each field read once`, () => {
    for (const v of vectors) {
      const expected = f.evaluate(v.input as never, optionsOf(v));
      const reads = new Map<string, number>();
      // A copy: the vectors are frozen, and a Proxy may not hand out another value for a frozen field.
      const input = JSON.parse(JSON.stringify(v.input));
      const d = f.evaluate(watch(input, reads, "input") as never, watch(optionsOf(v), reads, "options") as never);
      expect(d).toEqual(expected);
      for (const [path, n] of reads) expect(n, `${v.id}: ${path}`).toBe(1);
    }
  });
});

/** Every field name of every input schema, the option names and the parameter ids. */
function fieldNames(): string[] {
  const names = new Set<string>(["asOf", "version", "parameters", ...ALL_PARAMETERS.map((p) => p.id)]);
  const walk = (s: z.core.$ZodType) => {
    const d = s._zod.def as unknown as Record<string, unknown>;
    for (const [k, x] of Object.entries((d.shape as Record<string, z.core.$ZodType> | undefined) ?? {})) {
      names.add(k);
      walk(x);
    }
    for (const k of ["innerType", "element"] as const) if (d[k] !== undefined) walk(d[k] as z.core.$ZodType);
    for (const o of (d.options as z.core.$ZodType[] | undefined) ?? []) walk(o);
  };
  for (const f of FUNCTIONS) walk(f.schema);
  return [...names];
}

describe("a polluted Object.prototype", () => {
  const names = fieldNames();

  it("knows the field names it pollutes", () => {
    expect(names).toEqual(expect.arrayContaining(["inWork", "asOf", "version", "parameters", "contacts", "date"]));
  });

  it.each([true, "2000-01-01", 1, ["x"], { asOf: "2000-01-01" }])(
    "is never read as a fact or an option (every field of every function polluted with %j)",
    (polluted) => {
      const cases = byFunction.flatMap(([, f, vectors]) => vectors.map((v) => [f, v] as const));
      const expected = cases.map(([f, v]) => JSON.stringify(f.evaluate(v.input as never, optionsOf(v))));
      const explained = cases.map(([f, v]) => explain(f.evaluate(v.input as never, optionsOf(v))));
      const proto = Object.prototype as Record<string, unknown>;
      const got: string[] = [];
      const texts: string[] = [];
      const errors: unknown[] = [];
      try {
        for (const n of names) proto[n] = polluted;
        for (const [f, v] of cases) {
          try {
            const d = f.evaluate(v.input as never, optionsOf(v) as never);
            got.push(JSON.stringify(d));
            texts.push(explain(d));
          } catch (e) {
            errors.push(e);
          }
        }
      } finally {
        for (const n of names) delete proto[n];
      }
      expect(errors).toEqual([]);
      expect(got).toEqual(expected);
      expect(texts).toEqual(explained);
    },
  );
});

describe("prepared options read once too", () => {
  it("a getter on the options changes nothing in a decision made under them", () => {
    const v = VECTORS.find((x) => x.function === "otTargetGroup" && x.parameters !== undefined) as Vector;
    const f = FUNCTIONS.find((x) => x.name === "otTargetGroup");
    const prepared = f?.prepare(flip(optionsOf(v), "garbage") as never);
    expect(f?.evaluate(v.input as never, prepared as never)).toEqual(f?.evaluate(v.input as never, optionsOf(v)));
  });
});

describe("a copy of a value of the wrong type", () => {
  it("converts to a primitive without throwing (NaN as a number), though it has no prototype of its own", () => {
    const copy = readOnce({ a: {} }).value as { a: object };
    expect(Number(copy.a)).toBeNaN();
    expect(String(copy.a)).toBe("[object Object]");
    expect((copy.a as unknown as number) >= 1).toBe(false);
    expect(Object.keys(copy.a)).toEqual([]);
  });

  it("is an input error naming the field, and only its type, where an object with a `length` field stands for a list", () => {
    let checked = 0;
    for (const f of FUNCTIONS) {
      const v = VECTORS.find((x) => x.function === f.name && !("error" in x.expected));
      if (v === undefined || typeof v.input !== "object" || v.input === null) continue;
      for (const [key, value] of Object.entries(v.input)) {
        if (!Array.isArray(value)) continue;
        let caught: unknown;
        try {
          f.evaluate({ ...v.input, [key]: { length: {} } } as never, optionsOf(v) as never);
        } catch (e) {
          caught = e;
        }
        expect(caught, `${f.name}.${key}`).toBeInstanceOf(UngrettInputError);
        expect((caught as UngrettInputError).issues.map((i) => `${i.path}:${i.code}`)).toEqual([`${key}:invalid_type`]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(3);
  });
});
