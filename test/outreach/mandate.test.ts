import { describe, expect, it } from "vitest";
import { OUTREACH_MANDATE, OUTREACH_MANDATE_CRITERIA } from "../../src/outreach/index.js";
import { assess, item, reason } from "../helpers/outreach-service.js";

const all = (value: boolean | null) => Object.fromEntries(OUTREACH_MANDATE_CRITERIA.map((c) => [c.fact, value]));

describe("outreach.mandate: what the mandate states", () => {
  it("holds the service against every criterion, each its own item", () => {
    const ids = assess({})
      .details.items.filter((i) => i.rule === OUTREACH_MANDATE.id)
      .map((i) => i.id);
    expect(ids).toEqual(OUTREACH_MANDATE_CRITERIA.map((c) => `mandate.${c.id}`));
    expect(ids.length).toBeGreaterThanOrEqual(5);
  });

  it("meets a criterion stated true, falls short of one stated false, and asks for one not stated", () => {
    for (const c of OUTREACH_MANDATE_CRITERIA) {
      const id = `mandate.${c.id}`;
      expect(item({ mandate: all(true) }, id)?.status, c.id).toBe("meets");
      expect(item({ mandate: { ...all(true), [c.fact]: false } }, id)?.status, c.id).toBe("falls-short");
      expect(item({ mandate: null }, id), c.id).toMatchObject({ status: "unknown", needs: [`mandate.${c.fact}`] });
    }
  });

  it("records each criterion's fact as given, null when unknown", () => {
    for (const c of OUTREACH_MANDATE_CRITERIA) {
      expect(reason({ mandate: all(true) }, c.id, OUTREACH_MANDATE.id).facts).toEqual({ [c.fact]: true });
      expect(reason({}, c.id, OUTREACH_MANDATE.id).facts).toEqual({ [c.fact]: null });
    }
  });
});
