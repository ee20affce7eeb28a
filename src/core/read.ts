/*
 * Reading a caller's value exactly once. Every public function copies its arguments with
 * `readOnce` before it looks at them; validation and the rules then read only the copy.
 * So a getter or a Proxy is asked once (it cannot pass validation with one value and
 * give the rule another), only own enumerable properties are read (a polluted
 * `Object.prototype` is never a fact or an option), and nothing is read without bound.
 */

/** How much of a value the library reads; past these limits a value is an input error. */
export const READ_LIMITS = {
  /** Levels of nesting below the argument itself. */
  depth: 32,
  /** Items of one array, or fields of one object. */
  items: 10_000,
  /** Values in one argument, all levels together. */
  values: 100_000,
} as const;

/** What stands in the copy for a value the library did not read. Symbols: every schema rejects them. */
export const UNREADABLE: unique symbol = Symbol("ungrett.unreadable");
export const TOO_DEEP: unique symbol = Symbol("ungrett.too-deep");
export const TOO_LONG: unique symbol = Symbol("ungrett.too-long");
export const TOO_LARGE: unique symbol = Symbol("ungrett.too-large");

/** Whether a value is one of the markers above. */
export const isMarker = (v: unknown): v is typeof UNREADABLE | typeof TOO_DEEP | typeof TOO_LONG | typeof TOO_LARGE =>
  v === UNREADABLE || v === TOO_DEEP || v === TOO_LONG || v === TOO_LARGE;

/**
 * The prototype of every object the copy is made of: an object without a prototype, so
 * reading an absent field gives `undefined`, never something a polluted
 * `Object.prototype` holds. (An object made with `Object.create(null)` directly would be
 * slower to read in V8; one level above it keeps the objects in fast mode.) It has one
 * symbol-keyed method, never read as a field: how the object converts to a primitive
 * (`NaN` as a number), so code that compares or prints a value of the wrong type (zod's
 * length check on an object with a `length` field, say) gets no value rather than a
 * `TypeError` from an object that cannot be converted.
 */
export const BARE_PROTOTYPE: object = /* @__PURE__ */ Object.freeze(
  Object.create(null, {
    [Symbol.toPrimitive]: {
      value: (hint: string): number | string => (hint === "number" ? Number.NaN : "[object Object]"),
    },
  }),
);

/** The result of reading a value once. */
export interface ReadCopy {
  /** The copy: primitives as they are (-0 as 0), arrays and objects copied, markers where the library stopped. */
  readonly value: unknown;
  /** How many markers the copy holds (0 when every value was read). */
  readonly marks: number;
  /** How many values were read. */
  readonly values: number;
}

type Budget = { left: number; marks: number };

function readValue(v: unknown, depth: number, budget: Budget): unknown {
  if (typeof v !== "object" || v === null) return typeof v === "number" && v === 0 ? 0 : v;
  if (depth >= READ_LIMITS.depth) {
    budget.marks++;
    return TOO_DEEP;
  }
  let out: unknown;
  try {
    out = Array.isArray(v) ? readArray(v, depth, budget) : readObject(v, depth, budget);
  } catch {
    // A Proxy trap or a revoked Proxy: what cannot be read is not guessed at.
    out = UNREADABLE;
  }
  if (isMarker(out)) budget.marks++;
  return out;
}

function readArray(v: readonly unknown[], depth: number, budget: Budget): unknown {
  const n: unknown = v.length;
  // A Proxy may report any length; one that is no array length cannot be read.
  if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 0) return UNREADABLE;
  if (n > READ_LIMITS.items) return TOO_LONG;
  if (n > budget.left) return TOO_LARGE;
  budget.left -= n;
  const out: unknown[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = Object.hasOwn(v, i) ? readField(v, i, depth, budget) : undefined;
  return out;
}

function readObject(v: object, depth: number, budget: Budget): unknown {
  const keys = Object.keys(v);
  if (keys.length > READ_LIMITS.items) return TOO_LONG;
  if (keys.length > budget.left) return TOO_LARGE;
  budget.left -= keys.length;
  const out = Object.create(BARE_PROTOTYPE) as Record<string, unknown>;
  for (const k of keys) out[k] = readField(v, k, depth, budget);
  return out;
}

function readField(v: object, key: string | number, depth: number, budget: Budget): unknown {
  let x: unknown;
  try {
    x = (v as Record<string | number, unknown>)[key];
  } catch {
    budget.marks++;
    return UNREADABLE;
  }
  return readValue(x, depth + 1, budget);
}

/**
 * Copies a value, reading each own enumerable property once: objects become objects on
 * {@link BARE_PROTOTYPE}, arrays dense arrays (a hole reads as `undefined`), -0 becomes 0.
 * A property whose getter throws becomes {@link UNREADABLE}; below {@link READ_LIMITS}.depth
 * levels, past `items` items or fields, or past `values` values in all, a marker stands for
 * the rest. Never throws.
 */
export function readOnce(value: unknown): ReadCopy {
  const budget: Budget = { left: READ_LIMITS.values, marks: 0 };
  const copy = readValue(value, 0, budget);
  return { value: copy, marks: budget.marks, values: READ_LIMITS.values - budget.left };
}

/** Whether a value is an object (not an array, not null) of the copy or of plain JSON. */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** A copy made by `readOnce` (or zod's output of one) as ordinary objects, to hand back to a caller. */
export function toPlain<T>(value: T): T {
  if (Array.isArray(value)) return value.map(toPlain) as T;
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) out[k] = toPlain(value[k]);
  return out as T;
}
