import { describe, expect, it } from "vitest";
import { consentTimeline, consentToShare } from "../../src/consent/index.js";
import { thrown } from "../helpers/errors.js";

const asOf = "2026-01-10";

describe("consent: input errors name the function called", () => {
  it("consentToShare and consentTimeline name themselves", () => {
    expect(thrown(() => consentToShare({ bogus: 1 } as never, { asOf })).message).toMatch(
      /^Invalid input to consentToShare: /,
    );
    expect(thrown(() => consentTimeline({ bogus: 1 } as never, { asOf })).message).toMatch(
      /^Invalid input to consentTimeline: /,
    );
  });
});

describe("consent.anonymous-forum in consentToShare", () => {
  it("records whether the young person is identifiable", () => {
    const facts = (identifiable: boolean | null) =>
      consentToShare({ birthDate: "2010-09-01", identifiable }, { asOf }).reasons.find(
        (r) => r.rule === "consent.anonymous-forum",
      )?.facts;
    expect(facts(true)).toEqual({ identifiable: true });
    expect(facts(false)).toEqual({ identifiable: false });
    expect(facts(null)).toEqual({ identifiable: null });
  });
});

describe("consentTimeline: order", () => {
  it("lists the thresholds by age even when an override moves one past the others", () => {
    for (const parameters of [
      {},
      { "consent.heard-age": 17 },
      { "consent.heard-age": 17, "consent.great-weight-age": 16 },
    ]) {
      const t = consentTimeline({ birthDate: "2010-09-01" }, { asOf, parameters });
      const ages = t.outcome.map((e) => e.age);
      expect(ages).toEqual([...ages].sort((a, b) => a - b));
      expect(t.reasons.map((r) => r.condition)).toEqual(t.outcome.map((e) => e.id));
    }
  });
});
