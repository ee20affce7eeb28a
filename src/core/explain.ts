import type { Decision } from "./decision.js";
import { describeValue } from "./describe.js";
import { boundedText, UngrettInputError } from "./errors.js";
import { type Formatter, formatter, lower } from "./format.js";
import { BARE_PROTOTYPE } from "./read.js";
import type { Reason } from "./rule.js";
import { readDecision } from "./stored.js";
import { AREA_NAMES, areaOf, checkedTexts, own, TEXTS_WANTED, type Texts, titleIn } from "./texts.js";
import type { Facts, Json, Locale } from "./types.js";

/** A message: formatted from the facts a reason read, only when `explain` is called. */
export type Msg = (facts: Facts, f: Formatter) => string;

/**
 * A catalogue of messages for one language, keyed by `rule/condition/status` for reasons
 * and `rule/outcome/<outcome>` (or `rule/outcome` for non-text outcomes) for outcomes.
 * Typed by the area's key union, so a missing translation fails the build.
 */
export type Catalogue<K extends string> = { readonly [k in K]: Msg };

/**
 * Explains a decision in the language of `texts` (by default the one this `explain`
 * carries: Bokmål). Pass another language's texts, imported from `ungrett/locale/nn` or
 * `ungrett/locale/en`; the code of the default (`"nb"`) is accepted too.
 */
export type Explain = (decision: Decision, texts?: Texts | Locale) => string;

/** The sentence with its first letter in lower case, unless it starts a name or an abbreviation ("OT", "NAV"). */
const lowerUnlessName = (s: string): string => (/^\p{Lu}\p{Ll}/u.test(s) ? lower(s) : s);

function valueText(v: Json, f: Formatter, t: Texts, paramId: string): string {
  if (typeof v === "number") return f.number(v, 4);
  if (typeof v === "boolean") return v ? t.core.headings.yes : t.core.headings.no;
  if (typeof v === "string") {
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return f.date(v);
    if (/^\d{2}-\d{2}$/.test(v)) return f.monthDay(v);
    return own(own(areaOf(t, paramId)?.values, paramId), v) ?? v;
  }
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) {
    return v.length === 0 ? t.core.headings.none : f.list(v.map((x) => valueText(x, f, t, paramId)));
  }
  return JSON.stringify(v);
}

/** The message key of a reason. */
export const reasonKey = (r: Pick<Reason, "rule" | "condition" | "status">): string =>
  `${r.rule}/${r.condition}/${r.status}`;

/** The message key of an outcome. */
export const outcomeKey = (rule: string, outcome: Json): string =>
  typeof outcome === "string" ? `${rule}/outcome/${outcome}` : `${rule}/outcome`;

// What coercing a missing or mistyped fact into text leaves behind (capitalised where a message starts with it).
const GARBAGE = /[Uu]ndefined|NaN|Infinity|\[object /;

/** The strings a part of a decision holds (they may say anything, and are shown as they are). */
function stringsIn(v: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof v === "string") out.add(v);
  else if (v !== null && typeof v === "object") for (const x of Object.values(v)) stringsIn(x, out);
  return out;
}

/**
 * A line of the explanation, from a message that reads facts of `path`: a message that
 * throws, or text that shows a missing or mistyped fact (`undefined`, `NaN`, …) where no
 * string of the decision says so, is an input error on `path`.
 */
function line(path: string, key: string, facts: unknown, render: () => string): string {
  let text: string;
  try {
    text = render();
  } catch {
    text = "undefined";
  }
  if (!GARBAGE.test(text)) return text;
  // Rare: the words may come from a string of the decision itself, shown as it is.
  let bare = text;
  for (const s of stringsIn(facts)) if (GARBAGE.test(s)) bare = bare.split(s).join("");
  if (GARBAGE.test(bare)) {
    throw new UngrettInputError(
      [
        {
          path,
          code: "facts_mismatch",
          message: `do not fit the message ${boundedText(key, 120)}: a fact it reads is missing or has the wrong type`,
        },
      ],
      "explain",
    );
  }
  return text;
}

/** The texts a call asked for: `texts` itself, or the default for no texts or its code. */
function textsOf(given: unknown, defaults: Texts): Texts {
  if (given === undefined || given === defaults.locale) return defaults;
  const t = checkedTexts(given);
  if (t !== undefined) return t;
  throw new UngrettInputError(
    [
      {
        path: "texts",
        code: "invalid_value",
        message: `${TEXTS_WANTED}, or "${defaults.locale}", the language this explain carries`,
      },
    ],
    "explain",
  );
}

/**
 * Builds an `explain` function that speaks `defaults` unless a call passes other texts.
 * `ungrett` exports one with every area's Bokmål; each subpath (`ungrett/ot`, …) one with
 * its own area's Bokmål, so importing one area never pulls in the others' texts or other
 * languages. A decision that is not one (a field missing or of the wrong type, an unknown
 * field, a value that is not JSON, a rule the texts do not know, facts that do not fit the
 * rule's messages) is an `UngrettInputError`.
 */
export function createExplain(defaults: Texts): Explain {
  return function explain(stored: Decision, given?: Texts | Locale): string {
    const t = textsOf(given, defaults);
    const decision = readDecision(stored, "explain");
    const area = areaOf(t, decision.rule);
    const rule = own(area?.rules, decision.rule);
    if (area === undefined || rule === undefined) {
      throw new UngrettInputError(
        [
          {
            path: "decision.rule",
            code: "unknown_rule",
            message: `is not a rule these texts know, got ${describeValue(decision.rule)} (import explain from "ungrett", or the texts of every area from "ungrett/locale/${t.locale}")`,
          },
        ],
        "explain",
      );
    }
    const f = formatter(t.locale, t.core);
    const h = t.core.headings;
    const lines: string[] = [];
    const outcomeMsg: Msg | undefined =
      own(area.messages, outcomeKey(decision.rule, decision.outcome)) ??
      own(area.messages, outcomeKey(decision.rule, null));
    const details = decision.details !== null && typeof decision.details === "object" ? decision.details : {};
    // On the copy's prototype, so a fact absent from the details reads as absent.
    const outcomeFacts: Facts = Object.assign(Object.create(BARE_PROTOTYPE), details, { outcome: decision.outcome });
    const outcomeText = line("decision.details", outcomeKey(decision.rule, decision.outcome), outcomeFacts, () =>
      outcomeMsg === undefined ? valueText(decision.outcome, f, t, decision.rule) : outcomeMsg(outcomeFacts, f),
    );
    lines.push(`${rule.title} (${decision.rule}): ${outcomeText}`);
    const versionTitle = titleIn(t, decision.version.id) ?? decision.version.id;
    lines.push(
      `${h.asOf} ${f.date(decision.asOf)} ${h.under} ${versionTitle} (${h.validFrom} ${f.date(decision.version.validFrom)}).`,
    );
    if (decision.reasons.length > 0) {
      lines.push(`${h.reasons}:`);
      for (const [i, r] of decision.reasons.entries()) {
        // The texts of the reason's own area (a reason may come from another area's rule).
        const texts = areaOf(t, r.rule);
        const m = own(texts?.messages, reasonKey(r));
        let text =
          m === undefined
            ? `${r.rule} ${r.condition}: ${h.noText}`
            : line(`decision.reasons[${i}].facts`, reasonKey(r), r.facts, () => m(r.facts, f));
        // Not met: the condition as a statement first, then what the facts show.
        const statement = r.status === "fails" ? own(texts?.conditions, `${r.rule}/${r.condition}`) : undefined;
        if (statement !== undefined) text = `${statement} – ${lowerUnlessName(text)}`;
        const refs = [
          ...new Set(r.sources.map((s) => (s.verified === false ? `${s.cite} (${h.unverified})` : s.cite))),
        ].join("; ");
        const note = own(texts?.rules, r.rule)?.strengthNote;
        const strength = note === undefined ? f.strength(r.strength) : `${f.strength(r.strength)} (${note})`;
        lines.push(`- ${h.status[r.status]}: ${text} [${strength}; ${refs}]`);
      }
    }
    if (decision.needs.length > 0) {
      const labels = decision.needs.map((n) => {
        // `history.offers[0].accepted` is labelled as the field `history.offers.accepted`.
        const field = n.replace(/\[\d+\]/g, "");
        const label = own(area.facts, field) ?? factLabel(t, field);
        return label === undefined ? n : `${label} (${n})`;
      });
      lines.push(`${h.needs}: ${f.list(labels)}.`);
    }
    if (decision.parameters.length > 0) {
      const items = decision.parameters.map((p) => {
        const when = p.overridden ? h.overridden : p.from === null ? "" : `${h.from} ${f.date(p.from)}`;
        return `${titleIn(t, p.id) ?? p.id} = ${valueText(p.value, f, t, p.id)}${when === "" ? "" : ` (${when})`}`;
      });
      lines.push(`${h.parameters}: ${items.join("; ")}.`);
    }
    return lines.join("\n");
  };
}

/** The label of an input field in any area of `texts`. */
function factLabel(texts: Texts, name: string): string | undefined {
  for (const a of AREA_NAMES) {
    const label = own(Object.hasOwn(texts, a) ? texts[a]?.facts : undefined, name);
    if (label !== undefined) return label;
  }
  return undefined;
}
