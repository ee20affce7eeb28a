import type { DutyStatus } from "./duties.js";
import type { Msg } from "./explain.js";
import { dateOf, type Formatter } from "./format.js";
import { own } from "./texts.js";

/*
 * The words of a list of duties in one language, and the messages built from them: every
 * area that reports duties (`otDuties`, `navDuties`) words them the same way.
 */

/** A language's words for the duties of one rule. */
export interface DutyWords<D extends string, B extends string> {
  /** Each duty as a statement of it being done ("Tilbud er gitt"): its condition statement. */
  readonly done: Readonly<Record<D, string>>;
  /** Each duty as a noun phrase for lists ("tilbud"). */
  readonly name: Readonly<Record<D, string>>;
  /** Each reason a duty is not owed or not known, as a clause ("personen er myndig"). */
  readonly because: Readonly<Record<B, string>>;
  /**
   * Where a reason's code names a condition rather than its outcome, its words when the
   * condition is not known ("det er ikke kjent om …"); `because` then words it failing.
   */
  readonly becauseUnknown?: Readonly<Record<B, string>>;
  /** The group headings of the list, by status ("Skal gjøres", "Gjort", …). */
  readonly heading: Readonly<Record<DutyStatus, string>>;
  /** "innen 31. juli 2026": a due date in a list. */
  readonly dueBy: (date: string) => string;
  /** The sentence for a duty owed and not done, with or without a due date. */
  readonly notDone: (dueBy: string | null) => string;
  /** The sentence for a duty not known to be owed: its name, and the reason it is not known. */
  readonly notKnown: (name: string, because: string) => string;
}

type Entry = { duty?: unknown; status?: unknown; dueBy?: unknown; doneOn?: unknown; because?: unknown };
const ORDER: readonly DutyStatus[] = ["due", "unknown", "done", "not-owed"];

/** A table's own entry for a key read from a stored decision (which may be of any type). */
const entry = <T>(table: Readonly<Record<string, T>>, k: unknown): T | undefined =>
  typeof k === "string" ? own(table, k) : undefined;

/**
 * The duties of a decision grouped by status, in one sentence per group: "Skal gjøres:
 * kontakt (innen 31. juli 2026) og tilbud. Gjort: oversikt (1. september 2025). …".
 */
export function dutyList<D extends string, B extends string>(w: DutyWords<D, B>, f: Formatter, v: unknown): string {
  const list = Array.isArray(v) ? (v as Entry[]) : [];
  const out: string[] = [];
  for (const status of ORDER) {
    const items = list
      .filter((d) => d.status === status)
      .map((d) => {
        const name = entry(w.name, d.duty) ?? String(d.duty);
        const why = entry(status === "unknown" ? (w.becauseUnknown ?? w.because) : w.because, d.because);
        if (status === "due") return typeof d.dueBy === "string" ? `${name} (${w.dueBy(f.date(d.dueBy))})` : name;
        if (status === "done") return `${name} (${dateOf(f, d.doneOn)})`;
        return why === undefined ? name : `${name} (${why})`;
      });
    if (items.length > 0) out.push(`${w.heading[status]}: ${f.list(items)}.`);
  }
  return out.join(" ");
}

/** The rule of each duty: one rule for all, or a rule per duty. */
type RuleOf<R extends string, D extends string> = R | Readonly<Record<D, R>>;
const ruleOf = <R extends string, D extends string>(rule: RuleOf<R, D>, d: D): R =>
  typeof rule === "string" ? rule : rule[d];

/** The messages of each duty's reason: done, due (not done) and unknown, keyed `rule/duty/status`. */
export function dutyMessages<const R extends string, D extends string, B extends string>(
  rule: R,
  w: DutyWords<D, B>,
): Record<`${R}/${D}/${"holds" | "fails" | "unknown"}`, Msg>;
/** The same, for duties that rest on different rules (keyed by each duty's own rule). */
export function dutyMessages<R extends string, D extends string, B extends string>(
  rule: Readonly<Record<D, R>>,
  w: DutyWords<D, B>,
): Record<string, Msg>;
export function dutyMessages<R extends string, D extends string, B extends string>(
  rule: RuleOf<R, D>,
  w: DutyWords<D, B>,
): Record<`${R}/${D}/${"holds" | "fails" | "unknown"}`, Msg> {
  const out = {} as Record<`${R}/${D}/${"holds" | "fails" | "unknown"}`, Msg>;
  for (const d of Object.keys(w.done) as D[]) {
    const r = ruleOf(rule, d);
    out[`${r}/${d}/holds`] = (x, f) => `${w.done[d]} (${dateOf(f, x.doneOn)}).`;
    out[`${r}/${d}/fails`] = (x, f) => w.notDone(typeof x.dueBy === "string" ? f.date(x.dueBy) : null);
    out[`${r}/${d}/unknown`] = (x) => w.notKnown(w.name[d], entry(w.becauseUnknown ?? w.because, x.because) ?? "—");
  }
  return out;
}

/** Each duty's condition statement, keyed `rule/duty`. */
export function dutyConditions<const R extends string, D extends string, B extends string>(
  rule: R,
  w: DutyWords<D, B>,
): Record<`${R}/${D}`, string>;
/** The same, for duties that rest on different rules. */
export function dutyConditions<R extends string, D extends string, B extends string>(
  rule: Readonly<Record<D, R>>,
  w: DutyWords<D, B>,
): Record<string, string>;
export function dutyConditions<R extends string, D extends string, B extends string>(
  rule: RuleOf<R, D>,
  w: DutyWords<D, B>,
): Record<`${R}/${D}`, string> {
  const out = {} as Record<`${R}/${D}`, string>;
  for (const d of Object.keys(w.done) as D[]) out[`${ruleOf(rule, d)}/${d}`] = w.done[d];
  return out;
}
