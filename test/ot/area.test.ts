import { describe, expect, it } from "vitest";
import { otCoverageEnd, otNotifyOnDropout, otYearlyContact } from "../../src/ot/index.js";
import { thrown } from "../helpers/errors.js";

describe("ot: input errors name the function called", () => {
  it("otCoverageEnd, otNotifyOnDropout and otYearlyContact name themselves", () => {
    const asOf = "2026-01-10";
    expect(thrown(() => otCoverageEnd({ bogus: 1 } as never, { asOf })).message).toMatch(
      /^Invalid input to otCoverageEnd: /,
    );
    expect(thrown(() => otNotifyOnDropout({ bogus: 1 } as never, { asOf })).message).toMatch(
      /^Invalid input to otNotifyOnDropout: /,
    );
    expect(thrown(() => otYearlyContact({ bogus: 1 } as never, { asOf })).message).toMatch(
      /^Invalid input to otYearlyContact: /,
    );
  });

  it("otNotifyOnDropout rejects a notice before the quit date, with its code", () => {
    const e = thrown(() =>
      otNotifyOnDropout({ quitDate: "2026-01-05", notifiedDate: "2026-01-03" }, { asOf: "2026-01-10" }),
    );
    expect(e.message).toMatch(/^Invalid input to otNotifyOnDropout: /);
    expect(e.issues.map((i) => `${i.path}:${i.code}`)).toEqual(["notifiedDate:before_quit_date"]);
  });
});

describe("ot: decisions that need nothing more", () => {
  it("otCoverageEnd gives its one age-limit reason and needs nothing", () => {
    const d = otCoverageEnd({ birthYear: 2005 }, { asOf: "2026-01-10" });
    expect(d.needs).toEqual([]);
    expect(d.reasons.map((r) => [r.rule, r.condition])).toEqual([["ot.age-limit", "within-age-limit"]]);
  });

  it("otNotifyOnDropout needs nothing, notified or not", () => {
    expect(otNotifyOnDropout({ quitDate: "2026-01-05" }, { asOf: "2026-01-10" }).needs).toEqual([]);
    expect(
      otNotifyOnDropout({ quitDate: "2026-01-05", notifiedDate: "2026-01-06" }, { asOf: "2026-01-10" }).needs,
    ).toEqual([]);
  });

  it("otYearlyContact needs nothing", () => {
    expect(otYearlyContact({ contacts: [] }, { asOf: "2026-05-20" }).needs).toEqual([]);
  });
});
