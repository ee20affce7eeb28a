import { describe, expect, it } from "vitest";
import { navPartners } from "../../src/nav/index.js";

const asOf = "2026-03-02";

describe("nav.partners-by-age: child welfare for minors", () => {
  it("names child welfare only once, as central, for a 14-year-old", () => {
    const d = navPartners({ birthDate: "2011-06-01" }, { asOf });
    expect(d.details.ageBands).toEqual(["under-16"]);
    const cw = d.details.partners.find((p) => p.agency === "child-welfare");
    expect(cw?.role).toBe("central");
    expect(cw?.reasons.map((r) => [r.by, r.basis, r.role])).toEqual([["age", "under-16", "central"]]);
  });
});
