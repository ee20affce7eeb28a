import type { Decision } from "./decision.js";
import { describeValue } from "./describe.js";
import { boundedText, UngrettInputError } from "./errors.js";
import { type Formatter, formatter } from "./format.js";
import type { ParameterDef } from "./parameters.js";
import { BARE_PROTOTYPE } from "./read.js";
import type { Reason, RuleDef } from "./rule.js";
import { readDecision } from "./stored.js";
import type { Facts, Json, Locale, Localized, Status } from "./types.js";
import type { VersionDef } from "./versions.js";

/** A message: formatted from the facts a reason read, only when `explain` is called. */
export type Msg = (facts: Facts, f: Formatter) => string;

/**
 * A catalogue of messages for one locale, keyed by `rule/condition/status` for reasons
 * and `rule/outcome/<outcome>` (or `rule/outcome` for non-text outcomes) for outcomes.
 * Typed by the area's key union, so a missing translation fails the build.
 */
export type Catalogue<K extends string> = { readonly [k in K]: Msg };

/** An area's explanations: a catalogue per locale and the labels of its input fields. */
export interface AreaMessages<K extends string = string> {
  readonly area: string;
  readonly catalogues: Readonly<Record<Locale, Catalogue<K>>>;
  /** Labels of input fields, for the facts a decision still needs. */
  readonly facts: Readonly<Record<string, Localized>>;
  readonly rules: readonly RuleDef[];
  readonly versions: readonly VersionDef[];
  readonly parameters: readonly ParameterDef[];
}

type Headings = {
  readonly status: Readonly<Record<Status, string>>;
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
};

const HEADINGS: Readonly<Record<Locale, Headings>> = {
  nb: {
    status: { holds: "Oppfylt", fails: "Ikke oppfylt", unknown: "Ukjent" },
    asOf: "Vurdert per",
    under: "etter",
    validFrom: "gjelder fra",
    reasons: "Begrunnelse",
    needs: "Mangler opplysning om",
    parameters: "Verdier brukt",
    overridden: "overstyrt i kallet",
    from: "fra",
    noText: "(ingen tekst for denne begrunnelsen)",
    unverified: "ikke kontrollert",
  },
  nn: {
    status: { holds: "Oppfylt", fails: "Ikkje oppfylt", unknown: "Ukjent" },
    asOf: "Vurdert per",
    under: "etter",
    validFrom: "gjeld frå",
    reasons: "Grunngiving",
    needs: "Manglar opplysning om",
    parameters: "Verdiar brukte",
    overridden: "overstyrt i kallet",
    from: "frå",
    noText: "(ingen tekst for denne grunngivinga)",
    unverified: "ikkje kontrollert",
  },
  en: {
    status: { holds: "Met", fails: "Not met", unknown: "Unknown" },
    asOf: "Assessed as of",
    under: "under",
    validFrom: "in force from",
    reasons: "Reasons",
    needs: "Missing facts",
    parameters: "Values used",
    overridden: "overridden in the call",
    from: "from",
    noText: "(no text for this reason)",
    unverified: "unverified",
  },
};

/** Explains decisions in `nb`, `nn` or `en`. */
export type Explain = (decision: Decision, locale?: Locale) => string;

const isLocale = (l: unknown): l is Locale => l === "nb" || l === "nn" || l === "en";

const jsonText = (v: Json, f: Formatter): string => {
  if (typeof v === "number") return f.number(v, 4);
  if (typeof v === "string") return /^\d{4}-\d{2}-\d{2}$/.test(v) ? f.date(v) : v;
  return JSON.stringify(v);
};

/** The message key of a reason. */
export const reasonKey = (r: Pick<Reason, "rule" | "condition" | "status">): string =>
  `${r.rule}/${r.condition}/${r.status}`;

/** The message key of an outcome. */
export const outcomeKey = (rule: string, outcome: Json): string =>
  typeof outcome === "string" ? `${rule}/outcome/${outcome}` : `${rule}/outcome`;

// What coercing a missing or mistyped fact into text leaves behind.
const GARBAGE = /undefined|NaN|Infinity|\[object /;

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

/**
 * Builds an `explain` function over some areas' catalogues. `ungrett` exports one over
 * every area; each subpath (`ungrett/ot`, …) exports one over its own area, so importing
 * one area never pulls in the others' texts. A decision that is not one (a field missing
 * or of the wrong type, an unknown field, a value that is not JSON, a rule it does not
 * know, facts that do not fit the rule's messages) is an `UngrettInputError`.
 */
export function createExplain(areas: readonly AreaMessages[]): Explain {
  return function explain(stored: Decision, locale: Locale = "nb"): string {
    if (!isLocale(locale)) {
      throw new UngrettInputError(
        [{ path: "locale", code: "invalid_value", message: 'must be one of "nb", "nn", "en"' }],
        "explain",
      );
    }
    const decision = readDecision(stored, "explain");
    const rule = findRule(areas, decision.rule);
    if (rule === undefined) {
      throw new UngrettInputError(
        [
          {
            path: "decision.rule",
            code: "unknown_rule",
            message: `is not a rule this explain knows, got ${describeValue(decision.rule)} (import explain from "ungrett" for every area)`,
          },
        ],
        "explain",
      );
    }
    const f = formatter(locale);
    const h = HEADINGS[locale];
    const lookup = (key: string): Msg | undefined => {
      for (const a of areas) {
        const catalogue = a.catalogues[locale] as Record<string, Msg | undefined>;
        const m = Object.hasOwn(catalogue, key) ? catalogue[key] : undefined;
        if (m !== undefined) return m;
      }
      return undefined;
    };
    const lines: string[] = [];
    const outcomeMsg = lookup(outcomeKey(decision.rule, decision.outcome)) ?? lookup(outcomeKey(decision.rule, null));
    const details = decision.details !== null && typeof decision.details === "object" ? decision.details : {};
    // On the copy's prototype, so a fact absent from the details reads as absent.
    const outcomeFacts: Facts = Object.assign(Object.create(BARE_PROTOTYPE), details, { outcome: decision.outcome });
    const outcomeText = line("decision.details", outcomeKey(decision.rule, decision.outcome), outcomeFacts, () =>
      outcomeMsg === undefined ? jsonText(decision.outcome, f) : outcomeMsg(outcomeFacts, f),
    );
    lines.push(`${rule.title[locale]} (${rule.id}): ${outcomeText}`);
    const version = findVersion(areas, decision.version.id);
    const versionTitle = version === undefined ? decision.version.id : version.title[locale];
    lines.push(
      `${h.asOf} ${f.date(decision.asOf)} ${h.under} ${versionTitle} (${h.validFrom} ${f.date(decision.version.validFrom)}).`,
    );
    if (decision.reasons.length > 0) {
      lines.push(`${h.reasons}:`);
      for (const [i, r] of decision.reasons.entries()) {
        const m = lookup(reasonKey(r));
        const text =
          m === undefined
            ? `${r.rule} ${r.condition}: ${h.noText}`
            : line(`decision.reasons[${i}].facts`, reasonKey(r), r.facts, () => m(r.facts, f));
        const refs = [
          ...new Set(r.sources.map((s) => (s.verified === false ? `${s.cite} (${h.unverified})` : s.cite))),
        ].join("; ");
        const note = findRule(areas, r.rule)?.strengthNote;
        const strength = note === undefined ? f.strength(r.strength) : `${f.strength(r.strength)} (${note[locale]})`;
        lines.push(`- ${h.status[r.status]}: ${text} [${strength}; ${refs}]`);
      }
    }
    if (decision.needs.length > 0) {
      const labels = decision.needs.map((n) => {
        const label = findFact(areas, n);
        return label === undefined ? n : `${label[locale]} (${n})`;
      });
      lines.push(`${h.needs}: ${f.list(labels)}.`);
    }
    if (decision.parameters.length > 0) {
      const items = decision.parameters.map((p) => {
        const def = findParameter(areas, p.id);
        const title = def === undefined ? p.id : def.title[locale];
        const when = p.overridden ? h.overridden : p.from === null ? "" : `${h.from} ${f.date(p.from)}`;
        return `${title} = ${jsonText(p.value, f)}${when === "" ? "" : ` (${when})`}`;
      });
      lines.push(`${h.parameters}: ${items.join("; ")}.`);
    }
    return lines.join("\n");
  };
}

function findRule(areas: readonly AreaMessages[], id: unknown): RuleDef | undefined {
  for (const a of areas) for (const r of a.rules) if (r.id === id) return r;
  return undefined;
}
function findVersion(areas: readonly AreaMessages[], id: string): VersionDef | undefined {
  for (const a of areas) for (const v of a.versions) if (v.id === id) return v;
  return undefined;
}
function findParameter(areas: readonly AreaMessages[], id: string): ParameterDef | undefined {
  for (const a of areas) for (const p of a.parameters) if (p.id === id) return p;
  return undefined;
}
function findFact(areas: readonly AreaMessages[], name: string): Localized | undefined {
  for (const a of areas) {
    // Own labels only: a key is the decision's word, and Object.prototype may hold anything.
    const l = Object.hasOwn(a.facts, name) ? a.facts[name] : undefined;
    if (l !== undefined) return l;
  }
  return undefined;
}
