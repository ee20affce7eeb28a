import { describe, expect, it } from "vitest";
import { UngrettInputError } from "../../src/core/errors.js";
import { explain, otNotifyOnDropout } from "../../src/index.js";
import { TEXTS } from "../helpers/texts.js";

describe("ot.notify-on-dropout", () => {
  it("is timely on the last allowed day and late the day after", () => {
    expect(
      otNotifyOnDropout({ quitDate: "2025-10-01", notifiedDate: "2025-10-08" }, { asOf: "2025-11-01" }),
    ).toMatchObject({ outcome: "timely", details: { days: 7, maxDays: 7, deadline: "2025-10-08" } });
    expect(
      otNotifyOnDropout({ quitDate: "2025-10-01", notifiedDate: "2025-10-09" }, { asOf: "2025-11-01" }).outcome,
    ).toBe("late");
  });

  it("is pending until the deadline and overdue after it while OT is not told", () => {
    expect(otNotifyOnDropout({ quitDate: "2025-10-01" }, { asOf: "2025-10-08" }).outcome).toBe("pending");
    expect(otNotifyOnDropout({ quitDate: "2025-10-01", notifiedDate: null }, { asOf: "2025-10-09" }).outcome).toBe(
      "overdue",
    );
  });

  it("follows the county's own threshold", () => {
    const d = otNotifyOnDropout(
      { quitDate: "2025-10-01", notifiedDate: "2025-10-20" },
      { asOf: "2025-11-01", parameters: { "ot.notify-max-days": 30 } },
    );
    expect(d.outcome).toBe("timely");
    expect(d.reasons[0]?.strength).toBe("recommendation");
  });

  it("rejects a notice before the pupil quit and dates after asOf", () => {
    expect(() =>
      otNotifyOnDropout({ quitDate: "2025-10-01", notifiedDate: "2025-09-30" }, { asOf: "2025-11-01" }),
    ).toThrow(/notifiedDate: is before quitDate: OT cannot be told before the pupil quits$/);
    expect(() => otNotifyOnDropout({ quitDate: "2025-12-01" }, { asOf: "2025-11-01" })).toThrow(UngrettInputError);
  });

  it("explains the delay", () => {
    const d = otNotifyOnDropout({ quitDate: "2025-10-01", notifiedDate: "2025-10-20" }, { asOf: "2025-11-01" });
    expect(explain(d, TEXTS.en)).toContain("19 days after the pupil quit on 1 October 2025; at most 7 is recommended");
  });
});
