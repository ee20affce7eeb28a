import { describe, expect, it } from "vitest";
import { explain, outreachDocumentation } from "../../src/outreach/index.js";
import { pathsOf } from "../helpers/errors.js";
import { TEXTS } from "../helpers/texts.js";

const asOf = "2026-01-01";

describe("outreach.documentation: what is documented matches the consent", () => {
  it("within the consent", () => {
    const d = outreachDocumentation(
      { documented: ["contact log"], consentedTo: ["contact log", "school situation"] },
      { asOf },
    );
    expect(d.outcome).toBe("within-consent");
    expect(d.details.beyondConsent).toEqual([]);
  });

  it("beyond the consent, listing what goes beyond", () => {
    const d = outreachDocumentation(
      {
        documented: ["contact log", "school situation", "substance use"],
        consentedTo: ["contact log", "school situation"],
      },
      { asOf },
    );
    expect(d.outcome).toBe("beyond-consent");
    expect(d.details.beyondConsent).toEqual(["substance use"]);
  });

  it("compares trimmed texts and lists each kind once", () => {
    const d = outreachDocumentation(
      { documented: [" contact log", "health", "health "], consentedTo: ["contact log "] },
      { asOf },
    );
    expect(d.details.beyondConsent).toEqual(["health"]);
  });

  it("an unknown consent leaves the outcome unknown, unless nothing is documented", () => {
    const d = outreachDocumentation({ documented: ["contact log"] }, { asOf });
    expect(d.outcome).toBe("unknown");
    expect(d.needs).toEqual(["consentedTo"]);
    expect(outreachDocumentation({ documented: [], consentedTo: null }, { asOf }).outcome).toBe("within-consent");
  });

  it("consent to nothing: anything documented is beyond it", () => {
    expect(outreachDocumentation({ documented: ["contact log"], consentedTo: [] }, { asOf }).outcome).toBe(
      "beyond-consent",
    );
  });

  it("rejects empty kinds and a missing list", () => {
    expect(pathsOf(() => outreachDocumentation({ documented: [""] }, { asOf }))).toEqual(["documented[0]:too_small"]);
    expect(pathsOf(() => outreachDocumentation({ documented: ["x"], consentedTo: ["  "] }, { asOf }))).toEqual([
      "consentedTo[0]:too_small",
    ]);
    expect(pathsOf(() => outreachDocumentation({} as never, { asOf }))).toEqual(["documented:required"]);
  });

  it("explains what goes beyond the consent", () => {
    const d = outreachDocumentation({ documented: ["rusbruk", "skole"], consentedTo: ["skole"] }, { asOf });
    expect(explain(d, TEXTS.nb)).toContain(
      "Alt som er dokumentert, dekkes av samtykket – dokumentert uten samtykke: rusbruk.",
    );
    expect(explain(d, TEXTS.nn)).toContain(
      "Alt som er dokumentert, er dekt av samtykket – dokumentert utan samtykke: rusbruk.",
    );
    expect(explain(d, TEXTS.en)).toContain(
      "Everything documented is covered by the consent – documented without consent: rusbruk.",
    );
  });
});

describe("outreach.documentation: the consent recorded", () => {
  it("records what was consented to", () => {
    const d = outreachDocumentation({ documented: ["name"], consentedTo: ["name", "school"] }, { asOf });
    expect(d.outcome).toBe("within-consent");
    expect(d.reasons[0]?.facts).toEqual({ documented: ["name"], consentedTo: ["name", "school"], beyondConsent: [] });
  });

  it("asks for the consent in its reason while it is unknown", () => {
    const d = outreachDocumentation({ documented: ["name"] }, { asOf });
    expect(d.outcome).toBe("unknown");
    expect(d.reasons[0]).toMatchObject({ status: "unknown", needs: ["consentedTo"], facts: { consentedTo: null } });
  });
});
