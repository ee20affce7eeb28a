import { argError } from "./args.js";
import { describeValue } from "./describe.js";
import { UngrettInputError } from "./errors.js";
import type { Msg } from "./explain.js";
import { deepFreeze } from "./freeze.js";
import { LOCALES, type Locale, STRENGTHS, type Strength } from "./types.js";

/**
 * The texts of one language, as `explain` reads them: the words every area formats with
 * (`core`) and each area's catalogue. Import one from `ungrett/locale/nb`, `…/nn` or
 * `…/en` (every area), the way date-fns locales work; a program pays only for the
 * languages it imports. To carry fewer areas, make one with `defineTexts`.
 */
export interface Texts extends TextsInput {
  /** Set by `defineTexts`: texts that were checked once and frozen. */
  readonly [CHECKED]: true;
}

/** What `defineTexts` takes: a language's core words and the areas it should explain. */
export interface TextsInput {
  /** The language's code. */
  readonly locale: Locale;
  readonly core: CoreTexts;
  readonly ot?: AreaTexts;
  readonly consent?: AreaTexts;
  readonly outreach?: AreaTexts;
  readonly nav?: AreaTexts;
}

/** The names of the areas a `Texts` may carry. */
export type AreaName = "ot" | "consent" | "outreach" | "nav";

/** A rule's name, as an explanation gives it. */
export interface RuleText {
  readonly title: string;
  /** A qualifier for the strength, e.g. where a statute is applied by a guide. */
  readonly strengthNote?: string;
}

/** A parameter's name. */
export interface ParameterText {
  readonly title: string;
}

/**
 * What a rulebook says beyond an explanation, in one language: each rule's summary and
 * the readings of ambiguous sources. Kept apart from `Texts` so that a program that only
 * explains decisions does not carry it.
 */
export interface RulebookTexts<R extends string = string, P extends string = string> {
  readonly rules: {
    readonly [id in R]: {
      /** What the rule says, in a sentence or three. */
      readonly summary: string;
      /** Readings of ambiguous sources, quoting the words they interpret. */
      readonly interpretation?: string;
    };
  };
  /** Where a parameter's source is ambiguous: the reading chosen and the alternative the value selects. */
  readonly parameters: { readonly [id in P]?: { readonly interpretation: string } };
}

/**
 * One area's texts in one language. Typed by the area's message keys and ids, so a
 * catalogue that misses a message, a rule, a parameter or a version does not compile.
 */
export interface AreaTexts<
  K extends string = string,
  R extends string = string,
  P extends string = string,
  V extends string = string,
  C extends string = ConditionOf<K>,
> {
  readonly area: AreaName;
  readonly title: string;
  /** Messages, keyed by `rule/condition/status` for reasons and `rule/outcome/<outcome>` for outcomes. */
  readonly messages: { readonly [k in K]: Msg };
  readonly rules: { readonly [id in R]: RuleText };
  readonly parameters: { readonly [id in P]: ParameterText };
  readonly versions: { readonly [id in V]: string };
  /**
   * Each condition as a statement (`rule/condition` → "The person is not in education"):
   * what "met" asserts. A reason that is not met reads "Not met: <statement> – <what the
   * facts show>", so the label and the sentence never contradict each other.
   */
  readonly conditions: { readonly [c in C]: string };
  /** Labels of input fields, for the facts a decision still needs. */
  readonly facts: Readonly<Record<string, string>>;
  /** Labels of parameter values that are words (`15th-birthday`), by parameter id and value. */
  readonly values: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** The conditions (`rule/condition`) of a union of message keys. */
export type ConditionOf<K extends string> = K extends `${infer R}/${infer C}/${"holds" | "fails" | "unknown"}`
  ? C extends "outcome"
    ? never
    : `${R}/${C}`
  : never;

/** The headings and fixed words of an explanation. */
export interface Headings {
  readonly status: Readonly<Record<"holds" | "fails" | "unknown", string>>;
  readonly asOf: string;
  readonly under: string;
  readonly validFrom: string;
  readonly reasons: string;
  readonly needs: string;
  readonly parameters: string;
  readonly overridden: string;
  readonly from: string;
  readonly noText: string;
  /** Beside a citation whose text was not read. */
  readonly unverified: string;
  /** Words for `true` and `false` as parameter values. */
  readonly yes: string;
  readonly no: string;
  /** An empty list as a parameter value. */
  readonly none: string;
}

/** The words a language formats every area's messages with. */
export interface CoreTexts {
  readonly months: readonly string[];
  /** The last joint of a list: `a, b og c`. */
  readonly and: string;
  /** The last joint of an alternative: `a, b eller c`. */
  readonly or: string;
  readonly decimal: string;
  /** Between groups of thousands. */
  readonly group: string;
  /** Between a number and `%`. */
  readonly percentSpace: string;
  readonly dateOrder: "dmy-dot" | "dmy";
  readonly strengths: Readonly<Record<Strength, string>>;
  readonly headings: Headings;
  /** The core's own parameters (`core.school-year-start`). */
  readonly parameters: Readonly<Record<string, ParameterText>>;
}

/** Every area a `Texts` may carry. */
export const AREA_NAMES: readonly AreaName[] = ["ot", "consent", "outreach", "nav"];

/** An own entry of a table of texts (a key is a decision's word, and Object.prototype may hold anything). */
export function own<T>(table: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The texts of the area an id (`ot.target-group`, `ot-2006`, `ot.upper-age`) belongs to. */
export function areaOf(texts: Texts, id: string): AreaTexts | undefined {
  for (const a of AREA_NAMES) {
    if (id.startsWith(`${a}.`) || id.startsWith(`${a}-`)) return Object.hasOwn(texts, a) ? texts[a] : undefined;
  }
  return undefined;
}

/**
 * The title of a rule, parameter, version or area by its id, in the language of `texts`
 * (`undefined` when the texts have none).
 *
 * @example
 * titleOf(en, "ot.upper-age") // "Upper age limit of the follow-up service"
 */
export function titleOf(texts: Texts, id: string): string | undefined {
  const t = checkedTexts(texts);
  if (t === undefined) throw argError("titleOf", "texts", "invalid_value", TEXTS_WANTED);
  if (typeof id !== "string")
    throw argError("titleOf", "id", "invalid_type", `must be a string, got ${describeValue(id)}`);
  return titleIn(t, id);
}

/** What a texts argument must be, as an error says it. */
export const TEXTS_WANTED =
  'must be a language\'s texts, imported like date-fns locales (import { nn } from "ungrett/locale/nn") or made by defineTexts';

/** `titleOf` for texts already checked. */
export function titleIn(texts: Texts, id: string): string | undefined {
  if (id.startsWith("core.")) return own(texts.core.parameters, id)?.title;
  const area = AREA_NAMES.find((a) => a === id);
  if (area !== undefined) return Object.hasOwn(texts, area) ? texts[area]?.title : undefined;
  const a = areaOf(texts, id);
  return own(a?.rules, id)?.title ?? own(a?.parameters, id)?.title ?? own(a?.versions, id);
}

/** Marks texts that `defineTexts` checked; private to the library, so it cannot be forged. */
declare const CHECKED: unique symbol;
const MARK: symbol = Symbol("ungrett.texts");

/** A check of one part of a texts object; throws the input error naming the part. */
type Check = (v: unknown, path: string) => unknown;

const fail = (path: string, what: string, v: unknown): never => {
  throw argError("defineTexts", path, "invalid_value", `must be ${what}, got ${describeValue(v)}`);
};
const str: Check = (v, path) => (typeof v === "string" ? v : fail(path, "a string", v));
const fn: Check = (v, path) => (typeof v === "function" ? v : fail(path, "a message (a function)", v));
const obj = (v: unknown, path: string): Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : fail(path, "an object", v);

/** A table of entries, each checked by `entry`, copied. */
const table =
  (entry: Check): Check =>
  (v, path) => {
    const o = obj(v, path);
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(o)) out[k] = entry(o[k], `${path}.${k}`);
    return out;
  };
/** An object with these fields (optional ones may be absent), copied; other fields are left out. */
const record =
  (fields: Readonly<Record<string, Check>>, optional: readonly string[] = []): Check =>
  (v, path) => {
    const o = obj(v, path);
    const out: Record<string, unknown> = {};
    for (const [k, check] of Object.entries(fields)) {
      const x = Object.hasOwn(o, k) ? o[k] : undefined;
      if (x === undefined && optional.includes(k)) continue;
      out[k] = check(x, `${path}.${k}`);
    }
    return out;
  };
const oneOf =
  (values: readonly string[]): Check =>
  (v, path) =>
    typeof v === "string" && values.includes(v) ? v : fail(path, `one of ${values.map((x) => `"${x}"`).join(", ")}`, v);

const HEADINGS = [
  "asOf",
  "under",
  "validFrom",
  "reasons",
  "needs",
  "parameters",
  "overridden",
  "from",
  "noText",
  "unverified",
  "yes",
  "no",
  "none",
] as const;

const coreCheck: Check = record({
  months: (v, path) =>
    Array.isArray(v) && v.length === 12 ? v.map((m, i) => str(m, `${path}[${i}]`)) : fail(path, "12 month names", v),
  and: str,
  or: str,
  decimal: str,
  group: str,
  percentSpace: str,
  dateOrder: oneOf(["dmy-dot", "dmy"]),
  strengths: record(Object.fromEntries(STRENGTHS.map((s) => [s, str]))),
  headings: record({
    status: record({ holds: str, fails: str, unknown: str }),
    ...Object.fromEntries(HEADINGS.map((h) => [h, str])),
  }),
  parameters: table(record({ title: str })),
});

const areaCheck = (name: AreaName): Check =>
  record({
    area: oneOf([name]),
    title: str,
    messages: table(fn),
    rules: table(record({ title: str, strengthNote: str }, ["strengthNote"])),
    parameters: table(record({ title: str })),
    versions: table(str),
    conditions: table(str),
    facts: table(str),
    values: table(table(str)),
  });

/**
 * Checks a language's texts once and freezes a copy that `explain` and `titleOf` accept:
 * how a program makes texts with fewer areas than `ungrett/locale/nb` (or its own
 * wording). A part that is not what it should be is an `UngrettInputError` naming it.
 *
 * @example
 * import { coreNn, otNn } from "ungrett/locale/nn";
 * const nnOt = defineTexts({ locale: "nn", core: coreNn, ot: otNn });
 * explain(decision, nnOt);
 */
export function defineTexts(texts: TextsInput): Texts {
  let copy: Record<string, unknown>;
  try {
    copy = record(
      {
        locale: oneOf(LOCALES),
        core: coreCheck,
        ...Object.fromEntries(AREA_NAMES.map((a) => [a, areaCheck(a)])),
      },
      AREA_NAMES,
    )(texts, "texts") as Record<string, unknown>;
  } catch (e) {
    if (e instanceof UngrettInputError) throw e;
    // A getter or a proxy that throws: the texts cannot be read.
    throw argError("defineTexts", "texts", "invalid_value", "could not be read");
  }
  Object.defineProperty(copy, MARK, { value: true });
  return deepFreeze(copy) as unknown as Texts;
}

/** The texts themselves when `defineTexts` made them, otherwise `undefined` (never throws). */
export function checkedTexts(v: unknown): Texts | undefined {
  try {
    return v !== null && typeof v === "object" && Object.hasOwn(v, MARK) ? (v as Texts) : undefined;
  } catch {
    return undefined;
  }
}
