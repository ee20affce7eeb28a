import { describe, expect, it } from "vitest";
import { OUTREACH_STRUCTURE, OUTREACH_STRUCTURE_CRITERIA } from "../../src/outreach/index.js";
import { assess, item, reason } from "../helpers/outreach-service.js";

const all = (value: boolean | null) => Object.fromEntries(OUTREACH_STRUCTURE_CRITERIA.map((c) => [c.fact, value]));

describe("outreach.structure: the structural success criteria", () => {
  it("holds the service against every criterion, each its own item", () => {
    const ids = assess({})
      .details.items.filter((i) => i.rule === OUTREACH_STRUCTURE.id)
      .map((i) => i.id);
    expect(ids).toEqual(OUTREACH_STRUCTURE_CRITERIA.map((c) => `structure.${c.id}`));
    expect(ids.length).toBeGreaterThanOrEqual(5);
  });

  it("meets a criterion stated true, falls short of one stated false, and asks for one not stated", () => {
    for (const c of OUTREACH_STRUCTURE_CRITERIA) {
      const id = `structure.${c.id}`;
      expect(item({ structure: all(true) }, id)?.status, c.id).toBe("meets");
      expect(item({ structure: { ...all(true), [c.fact]: false } }, id)?.status, c.id).toBe("falls-short");
      expect(item({ structure: null }, id), c.id).toMatchObject({ status: "unknown", needs: [`structure.${c.fact}`] });
    }
  });

  it("records each criterion's fact as given, null when unknown", () => {
    for (const c of OUTREACH_STRUCTURE_CRITERIA) {
      expect(reason({ structure: all(true) }, c.id, OUTREACH_STRUCTURE.id).facts).toEqual({ [c.fact]: true });
      expect(reason({}, c.id, OUTREACH_STRUCTURE.id).facts).toEqual({ [c.fact]: null });
    }
  });
});
