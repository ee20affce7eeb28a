import type { Evaluation } from "./evaluation.js";
import type { Reason, RuleDef } from "./rule.js";
import type { Facts, IsoDate, Status, Strength } from "./types.js";

/*
 * What a service owes a young person now: a list of duties, each done, due, not owed or
 * not known, and one outcome for the whole. `otDuties` and `navDuties` both report this
 * way, in these words.
 */

/**
 * How one duty stands on `asOf`: `done` (owed, and the history shows it done), `due`
 * (owed and not done), `not-owed` (and `because` says why), `unknown` (whether it is owed
 * depends on a fact not given; `because` names what decides it).
 */
export type DutyStatus = "done" | "due" | "not-owed" | "unknown";

/**
 * The outcome of a list of duties: `due` when any duty is due (something to do now, even
 * if other facts are unknown), `unknown` when none is due but some are unknown,
 * `up-to-date` when every owed duty is done, `not-owed` when nothing is owed at all.
 */
export type DutiesOutcome = "due" | "unknown" | "up-to-date" | "not-owed";

/** One duty in a decision's `details.duties`. */
export type Duty<D extends string = string, B extends string = string> = {
  /** The duty, e.g. `written-information`. */
  readonly duty: D;
  /** The rule the duty rests on (its sources and strength are the rule's). */
  readonly rule: string;
  /** How binding the duty is: a statute's duty, or a recommendation. */
  readonly strength: Strength;
  readonly status: DutyStatus;
  /**
   * The last day to do it, where the law or a dated parameter gives one; `null` when
   * none is given or the duty is not due.
   */
  readonly dueBy: IsoDate | null;
  /** The day the history shows it done (the latest that counts); `null` when not done. */
  readonly doneOn: IsoDate | null;
  /** Why it is not owed, or what leaves it unknown (a code each language words); `null` when done or due. */
  readonly because: B | null;
};

/**
 * A duty's status from whether it is owed and whether it is done. A duty done counts as
 * `done` when it is owed or may be owed (the caseworker did it); one that is not owed is
 * `not-owed` however the history reads.
 */
export function dutyStatus(owed: Status, doneOn: IsoDate | null): DutyStatus {
  if (owed === "fails") return "not-owed";
  if (doneOn !== null) return "done";
  return owed === "holds" ? "due" : "unknown";
}

/** The outcome of a list of duties (see {@link DutiesOutcome}). */
export function dutiesOutcome(duties: readonly { readonly status: DutyStatus }[]): DutiesOutcome {
  let unknown = false;
  let done = false;
  for (const d of duties) {
    if (d.status === "due") return "due";
    if (d.status === "unknown") unknown = true;
    else if (d.status === "done") done = true;
  }
  return unknown ? "unknown" : done ? "up-to-date" : "not-owed";
}

/** The reason's status for a duty that is owed or may be: done holds, due fails, unknown stays unknown. */
const REASON_STATUS: Readonly<Record<Exclude<DutyStatus, "not-owed">, Status>> = {
  done: "holds",
  due: "fails",
  unknown: "unknown",
};

/**
 * A duty as a decision carries it, and the reason that explains it (none for a duty not
 * owed: the reasons that make it so explain it). The reason's condition is the duty's id,
 * "met" reads as the duty being done, and its facts are the entry's dates and `because`.
 */
export function dutyEntry<D extends string, B extends string>(
  ev: Evaluation,
  rule: RuleDef,
  duty: D,
  status: DutyStatus,
  at: { readonly dueBy?: IsoDate | null; readonly doneOn?: IsoDate | null; readonly because?: B | null },
  needs: readonly string[] = [],
): { duty: Duty<D, B>; reason: Reason | null } {
  const entry: Duty<D, B> = {
    duty,
    rule: rule.id,
    strength: rule.strength,
    status,
    dueBy: status === "due" ? (at.dueBy ?? null) : null,
    doneOn: status === "done" ? (at.doneOn ?? null) : null,
    because: status === "not-owed" || status === "unknown" ? (at.because ?? null) : null,
  };
  const facts: Facts = { doneOn: entry.doneOn, dueBy: entry.dueBy, because: entry.because };
  const reason = status === "not-owed" ? null : ev.reason(rule, duty, REASON_STATUS[status], facts, needs);
  return { duty: entry, reason };
}

/** The latest of the dates on or after `from` (`null` when none). */
export function latestFrom(dates: readonly IsoDate[], from: IsoDate | null = null): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const d of dates) if ((from === null || d >= from) && (latest === null || d > latest)) latest = d;
  return latest;
}

/**
 * The history a host recorded, or, when it gave none, an empty one on no prototype: a
 * polluted `Object.prototype` is never read as a date done.
 */
export function historyOf<H extends object>(history: H | null | undefined): Partial<H> {
  return history ?? (Object.create(null) as Partial<H>);
}
