import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explain, type OtDutiesInput, otDuties, otTargetGroup } from "../../src/index.js";
import { en } from "../../src/locale/en.js";
import { nn } from "../../src/locale/nn.js";
import { compact, isoDateBetween, maybeOf } from "../helpers/arbitraries.js";

const FIRST = "2006-08-01";

/** A date from FIRST to `asOf`. */
const before = (asOf: string) => isoDateBetween(FIRST, asOf);

/** A person, a history dated on or before asOf, and asOf. */
const caseOn = isoDateBetween(FIRST, "2040-12-31").chain((asOf) =>
  fc
    .record({
      birthDate: maybeOf(isoDateBetween("1980-01-01", asOf)),
      hasYouthRight: maybeOf(fc.boolean()),
      inEducation: maybeOf(fc.boolean()),
      inWork: maybeOf(fc.boolean()),
      needsFollowUp: maybeOf(fc.boolean()),
      history: fc.record(
        {
          registeredOn: before(asOf),
          informedOn: before(asOf),
          guardiansInformedOn: before(asOf),
          contacts: fc.array(fc.record({ date: before(asOf), established: fc.boolean() }), { maxLength: 3 }),
          offers: fc.array(fc.record({ date: before(asOf), accepted: maybeOf(fc.boolean()) }), { maxLength: 2 }),
          followUps: fc.array(before(asOf), { maxLength: 2 }),
        },
        { requiredKeys: [] },
      ),
    })
    .map((p) => ({ input: compact(p) as OtDutiesInput, asOf })),
);

/** One more record of a task done, dated on or before asOf. */
type Added =
  | { kind: "registeredOn" | "informedOn" | "guardiansInformedOn"; date: string }
  | { kind: "contact"; date: string }
  | { kind: "offer"; date: string }
  | { kind: "followUp"; date: string };

const recordOn = (asOf: string): fc.Arbitrary<Added> =>
  fc.record({
    kind: fc.constantFrom("registeredOn", "informedOn", "guardiansInformedOn", "contact", "offer", "followUp"),
    date: before(asOf),
  }) as fc.Arbitrary<Added>;

/** The duty a record shows done. */
const DUTY_OF: Record<Added["kind"], string> = {
  registeredOn: "overview",
  informedOn: "written-information",
  guardiansInformedOn: "guardian-information",
  contact: "contact",
  offer: "offer",
  followUp: "follow-up",
};

function withRecord(input: OtDutiesInput, r: Added): OtDutiesInput {
  const h = { ...(input.history ?? {}) };
  if (r.kind === "contact") h.contacts = [...(h.contacts ?? []), { date: r.date, established: true }];
  else if (r.kind === "offer") h.offers = [...(h.offers ?? []), { date: r.date, accepted: true }];
  else if (r.kind === "followUp") h.followUps = [...(h.followUps ?? []), r.date];
  else h[r.kind] = r.date;
  return { ...input, history: h };
}

const statuses = (input: OtDutiesInput, asOf: string) =>
  new Map(otDuties(input, { asOf }).details.duties.map((d) => [d.duty, d.status]));

describe("ot.duties properties", () => {
  it("never owes a task to someone outside the target group", () => {
    fc.assert(
      fc.property(caseOn, ({ input, asOf }) => {
        const { history: _history, needsFollowUp: _need, ...person } = input;
        const inGroup = otTargetGroup(person, { asOf }).outcome;
        const d = otDuties(input, { asOf });
        if (inGroup === "not-in-target-group") {
          expect(d.outcome).toBe("not-owed");
          expect(d.details.duties.every((x) => x.status === "not-owed")).toBe(true);
          expect(d.details.collisions).toEqual([]);
        }
        // And the other way: a task is due only to someone known to be in it.
        if (d.details.duties.some((x) => x.status === "due")) expect(inGroup).toBe("in-target-group");
      }),
    );
  });

  it("recording a task done changes no other task, except that a new offer can make follow-up owed again", () => {
    fc.assert(
      fc.property(
        caseOn.chain((c) => recordOn(c.asOf).map((r) => ({ ...c, r }))),
        ({ input, asOf, r }) => {
          const before = statuses(input, asOf);
          const after = statuses(withRecord(input, r), asOf);
          const own = DUTY_OF[r.kind];
          for (const [duty, status] of after) {
            const was = before.get(duty);
            if (duty === own) {
              // The task recorded is done now, or stays as it was (not owed, or done already).
              expect(status === was || status === "done").toBe(true);
            } else if (r.kind === "offer" && duty === "follow-up") {
              // An offer is what follow-up is owed after: it can make follow-up owed, never stop it being owed.
              if (was !== "not-owed") expect(status).not.toBe("not-owed");
            } else {
              expect(status).toBe(was);
            }
          }
        },
      ),
    );
  });

  it("sets the outcome from the tasks: due if any is due, else unknown if any is, else up to date if any is done", () => {
    fc.assert(
      fc.property(caseOn, ({ input, asOf }) => {
        const d = otDuties(input, { asOf });
        const s = d.details.duties.map((x) => x.status);
        const expected = s.includes("due")
          ? "due"
          : s.includes("unknown")
            ? "unknown"
            : s.includes("done")
              ? "up-to-date"
              : "not-owed";
        expect(d.outcome).toBe(expected);
        // A due date is given only to a task that is due, and never after the last day of coverage.
        for (const x of d.details.duties) {
          if (x.dueBy !== null) expect(x.status).toBe("due");
          if (x.dueBy !== null && d.details.coveredThrough !== null)
            expect(x.dueBy <= d.details.coveredThrough).toBe(true);
          if (x.doneOn !== null) expect(x.doneOn <= asOf).toBe(true);
        }
      }),
    );
  });

  it("explains every decision in Bokmål, Nynorsk and English", () => {
    fc.assert(
      fc.property(caseOn, ({ input, asOf }) => {
        const d = otDuties(input, { asOf });
        for (const text of [explain(d), explain(d, nn), explain(d, en)]) {
          expect(text.split("\n")[0]).toMatch(/^[^:]+ \(ot\.duties\): /);
          expect(text).not.toMatch(/undefined|NaN|\[object/);
        }
      }),
      { numRuns: 50 },
    );
  });
});
