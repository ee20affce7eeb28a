import type { Status } from "./types.js";

/*
 * A checklist: items each met, falling short or unknown, counted, and one outcome for the
 * whole. `outreach.assessment` and `nav.close-follow-up` both report this way, in these words.
 */

/** How one item of a checklist fares. */
export type ChecklistStatus = "meets" | "falls-short" | "unknown";

/**
 * A checklist's outcome: `falls-short` when any item falls short (a known failure decides),
 * `incomplete` when none does but some are unknown, `meets-all` when every item is met.
 */
export type ChecklistOutcome = "meets-all" | "falls-short" | "incomplete";

/** How many items meet, fall short and are unknown, of `total`. */
export type ChecklistCounts = {
  readonly meets: number;
  readonly fallsShort: number;
  readonly unknown: number;
  readonly total: number;
};

/** An item's status from the status of the condition it stands for. */
export function checklistStatus(status: Status): ChecklistStatus {
  return status === "holds" ? "meets" : status === "fails" ? "falls-short" : "unknown";
}

/** The counts of a checklist's items and its outcome. */
export function checklistResult(items: readonly { readonly status: ChecklistStatus }[]): {
  counts: ChecklistCounts;
  outcome: ChecklistOutcome;
} {
  let meets = 0;
  let fallsShort = 0;
  let unknown = 0;
  for (const item of items) {
    if (item.status === "meets") meets++;
    else if (item.status === "falls-short") fallsShort++;
    else unknown++;
  }
  const outcome: ChecklistOutcome = fallsShort > 0 ? "falls-short" : unknown > 0 ? "incomplete" : "meets-all";
  return { counts: { meets, fallsShort, unknown, total: items.length }, outcome };
}
