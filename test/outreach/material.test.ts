import { describe, expect, it } from "vitest";
import { OUTREACH_MATERIAL, OUTREACH_MATERIAL_CRITERIA } from "../../src/outreach/index.js";
import { assess, item, reason } from "../helpers/outreach-service.js";

const all = (value: boolean | null) => Object.fromEntries(OUTREACH_MATERIAL_CRITERIA.map((c) => [c.fact, value]));

describe("outreach.material: the material minimum standards", () => {
  it("holds the service against every criterion, each its own item", () => {
    const ids = assess({})
      .details.items.filter((i) => i.rule === OUTREACH_MATERIAL.id)
      .map((i) => i.id);
    expect(ids).toEqual(OUTREACH_MATERIAL_CRITERIA.map((c) => `material.${c.id}`));
    expect(ids.length).toBeGreaterThanOrEqual(5);
  });

  it("meets a criterion stated true, falls short of one stated false, and asks for one not stated", () => {
    for (const c of OUTREACH_MATERIAL_CRITERIA) {
      const id = `material.${c.id}`;
      expect(item({ material: all(true) }, id)?.status, c.id).toBe("meets");
      expect(item({ material: { ...all(true), [c.fact]: false } }, id)?.status, c.id).toBe("falls-short");
      expect(item({ material: null }, id), c.id).toMatchObject({ status: "unknown", needs: [`material.${c.fact}`] });
    }
  });

  it("records each criterion's fact as given, null when unknown", () => {
    for (const c of OUTREACH_MATERIAL_CRITERIA) {
      expect(reason({ material: all(true) }, c.id, OUTREACH_MATERIAL.id).facts).toEqual({ [c.fact]: true });
      expect(reason({}, c.id, OUTREACH_MATERIAL.id).facts).toEqual({ [c.fact]: null });
    }
  });
});
