import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ageOn } from "../../src/core/dates.js";
import { explain, type NavDutiesInput, type NavDuty, navDuties } from "../../src/nav/index.js";
import { compact, isoDateBetween, maybeOf } from "../helpers/arbitraries.js";
import { TEXTS } from "../helpers/texts.js";

const HISTORY = [
  "needsAssessmentOn",
  "workAbilityAssessmentOn",
  "activityPlanOn",
  "individualPlanOn",
  "cooperationOn",
  "contactPersonOn",
] as const;
type HistoryField = (typeof HISTORY)[number];
const DUTY_OF: Readonly<Record<HistoryField, NavDuty>> = {
  needsAssessmentOn: "needs-assessment",
  workAbilityAssessmentOn: "work-ability-assessment",
  activityPlanOn: "activity-plan",
  individualPlanOn: "individual-plan",
  cooperationOn: "cooperation",
  contactPersonOn: "contact-person",
};
const FACTS = [
  "soughtWorkHelp",
  "needsHelp",
  "needsBroaderAssessment",
  "needsLongTermCoordinatedServices",
  "needsOtherServices",
] as const;

/** A day from 2021 to 2031, around both dated changes, and an input whose dates are all on or before it. */
const caseOn = isoDateBetween("2021-01-01", "2031-12-31").chain((asOf) =>
  fc
    .record({
      birthDate: maybeOf(isoDateBetween("1985-01-01", asOf)),
      soughtWorkHelp: maybeOf(fc.boolean()),
      needsHelp: maybeOf(fc.boolean()),
      needsBroaderAssessment: maybeOf(fc.boolean()),
      needsLongTermCoordinatedServices: maybeOf(fc.boolean()),
      needsOtherServices: maybeOf(fc.boolean()),
      history: maybeOf(
        fc.record({
          needsAssessmentOn: maybeOf(isoDateBetween("2015-01-01", asOf)),
          workAbilityAssessmentOn: maybeOf(isoDateBetween("2015-01-01", asOf)),
          activityPlanOn: maybeOf(isoDateBetween("2015-01-01", asOf)),
          individualPlanOn: maybeOf(isoDateBetween("2015-01-01", asOf)),
          cooperationOn: maybeOf(isoDateBetween("2015-01-01", asOf)),
          contactPersonOn: maybeOf(isoDateBetween("2015-01-01", asOf)),
        }),
      ),
    })
    .map((r) => ({ asOf, input: compact(r) as NavDutiesInput })),
);

const statusOf = (d: ReturnType<typeof navDuties>, duty: NavDuty) =>
  d.details.duties.find((x) => x.duty === duty)?.status;

/** The heading each status is listed under in the outcome, in each language. */
const HEADINGS = {
  nb: { due: "Skal gjøres:", unknown: "Uavklart:", done: "Gjort:", "not-owed": "Gjelder ikke:" },
  nn: { due: "Skal gjerast:", unknown: "Uavklart:", done: "Gjort:", "not-owed": "Gjeld ikkje:" },
  en: { due: "To do:", unknown: "Not settled:", done: "Done:", "not-owed": "Not owed:" },
} as const;

describe("navDuties: a duty is never owed outside the group it is for", () => {
  it("owes no § 14 a duty and no contact person to someone who has not sought help with work, whatever the history", () => {
    fc.assert(
      fc.property(caseOn, ({ asOf, input }) => {
        const d = navDuties({ ...input, soughtWorkHelp: false }, { asOf });
        for (const duty of ["needs-assessment", "work-ability-assessment", "activity-plan", "contact-person"] as const)
          expect(statusOf(d, duty)).toBe("not-owed");
      }),
    );
  });

  it("owes no individual plan without a need for long-term, coordinated services, and no cooperation without other services or before 2022-08-01", () => {
    fc.assert(
      fc.property(caseOn, ({ asOf, input }) => {
        const d = navDuties({ ...input, needsLongTermCoordinatedServices: false }, { asOf });
        expect(statusOf(d, "individual-plan")).toBe("not-owed");
        if (input.needsOtherServices === false || asOf < "2022-08-01")
          expect(statusOf(d, "cooperation")).toBe("not-owed");
      }),
    );
  });

  it("owes no contact person before 2023-07-01, or outside the 16th birthday to the day before the 30th", () => {
    fc.assert(
      fc.property(caseOn, ({ asOf, input }) => {
        const d = navDuties(input, { asOf });
        const age = input.birthDate == null ? null : ageOn(input.birthDate, asOf);
        if (asOf < "2023-07-01" || (age !== null && (age < 16 || age >= 30)))
          expect(statusOf(d, "contact-person")).toBe("not-owed");
      }),
    );
  });

  it("calls a duty due only when every fact it rests on is known to hold", () => {
    fc.assert(
      fc.property(caseOn, ({ asOf, input }) => {
        const d = navDuties(input, { asOf });
        if (statusOf(d, "needs-assessment") === "due") expect(input.soughtWorkHelp).toBe(true);
        if (statusOf(d, "work-ability-assessment") === "due") expect(input.needsBroaderAssessment).toBe(true);
        if (statusOf(d, "activity-plan") === "due") expect(input.needsHelp).toBe(true);
        if (statusOf(d, "individual-plan") === "due") expect(input.needsLongTermCoordinatedServices).toBe(true);
        if (statusOf(d, "cooperation") === "due") expect(input.needsOtherServices).toBe(true);
        if (statusOf(d, "contact-person") === "due") {
          expect([input.soughtWorkHelp, input.needsHelp]).toEqual([true, true]);
          expect(typeof input.birthDate).toBe("string");
        }
      }),
    );
  });
});

describe("navDuties: what a done task changes", () => {
  /*
   * The real invariant: the history never decides whether a duty is owed. Whether each duty
   * is owed rests on facts only, so recording a task done changes that task's status (due
   * or unknown becomes done; not owed stays not owed) and nothing else. Where a finding
   * legitimately makes another duty owed (an assessment showing that help is needed makes
   * the activity plan owed), the finding is a fact (`needsHelp`), not a date in the history.
   */
  it("adding a done date changes only that duty: due or unknown becomes done, not owed stays not owed", () => {
    fc.assert(
      fc.property(caseOn, fc.constantFrom(...HISTORY), ({ asOf, input }, field) => {
        const before = navDuties({ ...input, history: { ...input.history, [field]: null } }, { asOf });
        const after = navDuties({ ...input, history: { ...input.history, [field]: asOf } }, { asOf });
        for (const x of before.details.duties) {
          const y = after.details.duties.find((e) => e.duty === x.duty);
          if (x.duty !== DUTY_OF[field]) expect(y).toEqual(x);
          else expect(y?.status).toBe(x.status === "not-owed" ? "not-owed" : "done");
        }
        // So no duty becomes owed, and the outcome never gets worse.
        const rank = { "not-owed": 0, "up-to-date": 1, unknown: 2, due: 3 } as const;
        expect(rank[after.outcome]).toBeLessThanOrEqual(rank[before.outcome]);
      }),
    );
  });

  it("learning a fact settles only what was open: unknown may become anything, done may turn out not owed, due and not owed stay", () => {
    fc.assert(
      fc.property(caseOn, fc.constantFrom(...FACTS), fc.boolean(), ({ asOf, input }, fact, value) => {
        const before = navDuties({ ...input, [fact]: null }, { asOf });
        const after = navDuties({ ...input, [fact]: value }, { asOf });
        for (const x of before.details.duties) {
          const y = after.details.duties.find((e) => e.duty === x.duty);
          if (x.status === "unknown") continue;
          // A duty done while it was not known whether it was owed is not owed once that is known.
          if (x.status === "done") expect(["done", "not-owed"]).toContain(y?.status);
          else expect(y?.status).toBe(x.status);
          // A duty not owed may then name another failing condition.
          if (x.status === "not-owed") expect(y?.because).not.toBeNull();
        }
      }),
    );
  });
});

describe("navDuties: every decision", () => {
  it("asks for facts exactly when some duty is unknown, and its outcome follows from the duties", () => {
    fc.assert(
      fc.property(caseOn, ({ asOf, input }) => {
        const d = navDuties(input, { asOf });
        const st = d.details.duties.map((x) => x.status);
        expect(d.needs.length > 0).toBe(st.includes("unknown"));
        const expected = st.includes("due")
          ? "due"
          : st.includes("unknown")
            ? "unknown"
            : st.includes("done")
              ? "up-to-date"
              : "not-owed";
        expect(d.outcome).toBe(expected);
        for (const x of d.details.duties) {
          expect(x.because === null).toBe(x.status === "done" || x.status === "due");
          expect(x.doneOn === null).toBe(x.status !== "done");
        }
      }),
    );
  });

  it("is explained in nb, nn and en without a placeholder, listing every duty", () => {
    fc.assert(
      fc.property(caseOn, ({ asOf, input }) => {
        const d = navDuties(input, { asOf });
        for (const t of [TEXTS.nb, TEXTS.nn, TEXTS.en]) {
          const text = explain(d, t);
          expect(text).not.toMatch(/undefined|NaN|\[object/);
          // The outcome's line lists the duties under the heading of each status they have, and no other.
          const first = text.split("\n")[0] ?? "";
          const statuses = new Set(d.details.duties.map((x) => x.status));
          for (const [status, heading] of Object.entries(HEADINGS[t.locale]))
            expect(first.includes(heading), `${t.locale} ${heading}`).toBe(statuses.has(status as never));
        }
      }),
      { numRuns: 50 },
    );
  });
});
