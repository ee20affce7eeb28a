import { describe, expect, it } from "vitest";
import { explain, outreachVoluntaryFollowUp } from "../../src/outreach/index.js";
import { pathsOf } from "../helpers/errors.js";
import { TEXTS } from "../helpers/texts.js";

const asOf = "2026-01-01";

describe("outreach.voluntary: no follow-up without the young person's agreement", () => {
  it("agreement allows follow-up", () => {
    const d = outreachVoluntaryFollowUp({ agreed: true }, { asOf });
    expect(d.outcome).toBe("may-follow-up");
    expect(d.needs).toEqual([]);
  });

  it("no agreement, no follow-up", () => {
    expect(outreachVoluntaryFollowUp({ agreed: false }, { asOf }).outcome).toBe("no-follow-up");
  });

  it("unknown agreement is not agreement", () => {
    for (const agreed of [null, undefined]) {
      const d = outreachVoluntaryFollowUp({ agreed }, { asOf });
      expect(d.outcome).toBe("unknown");
      expect(d.needs).toEqual(["agreed"]);
    }
  });

  it("rejects anything but a boolean", () => {
    expect(pathsOf(() => outreachVoluntaryFollowUp({ agreed: "yes" } as never, { asOf }))).toEqual([
      "agreed:invalid_type",
    ]);
  });

  it("explains in three languages", () => {
    const d = outreachVoluntaryFollowUp({ agreed: false }, { asOf });
    expect(explain(d, TEXTS.nb)).toContain("ingen oppfølging: kontakten er frivillig");
    expect(explain(d, TEXTS.nn)).toContain("inga oppfølging: kontakten er friviljug");
    expect(explain(d, TEXTS.en)).toContain("no follow-up: contact is voluntary");
  });
});

describe("outreach.voluntary: the agreement", () => {
  it("records the agreement and asks for it while unknown", () => {
    const r = (agreed: boolean | null) => outreachVoluntaryFollowUp({ agreed }, { asOf }).reasons[0];
    expect(r(true)).toMatchObject({ status: "holds", facts: { agreed: true }, needs: [] });
    expect(r(false)).toMatchObject({ status: "fails", facts: { agreed: false }, needs: [] });
    expect(r(null)).toMatchObject({ status: "unknown", facts: { agreed: null }, needs: ["agreed"] });
  });
});
