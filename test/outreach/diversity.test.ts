import { describe, expect, it } from "vitest";
import { reason, status } from "../helpers/outreach-service.js";

describe("outreach.diversity: a team of both genders that considers ethnicity", () => {
  it("diversity needs both facts; one false decides", () => {
    expect(status({ mixedGender: false }, "diversity")).toBe("falls-short");
    expect(status({ mixedGender: true }, "diversity")).toBe("unknown");
    expect(status({ mixedGender: true, ethnicityConsidered: true }, "diversity")).toBe("meets");
  });

  it("records both facts, null when unknown", () => {
    expect(reason({ mixedGender: true, ethnicityConsidered: false }, "team-composition").facts).toEqual({
      mixedGender: true,
      ethnicityConsidered: false,
    });
    expect(reason({}, "team-composition").facts).toEqual({ mixedGender: null, ethnicityConsidered: null });
  });
});
