import { describe, expect, it } from "vitest";
import type { Decision } from "../../src/core/decision.js";
import type { Locale } from "../../src/core/types.js";
import { explain, navPartners } from "../../src/nav/index.js";
import { TEXTS } from "../helpers/texts.js";

const reasonTexts = (d: Decision, l: Locale): string[] =>
  explain(d, TEXTS[l])
    .split("\n")
    .filter((line) => line.startsWith("- "))
    .map((line) => line.slice(2).replace(/ \[[^\]]*\]$/, ""));

describe("nav.partners-by-age: the aftercare band explained", () => {
  const d = navPartners({ birthDate: "2004-03-01", problems: [] }, { asOf: "2025-06-01" });

  it("explains that child welfare may matter through aftercare, with the band's limits, in every locale", () => {
    expect(d.details.ageBands).toEqual(["aftercare", "20-and-over"]);
    expect(reasonTexts(d, "nb")).toContain(
      "Oppfylt: 21 år, fylt 18 og under 25 år: barnevernet kan være aktuelt for noen gjennom ettervern.",
    );
    expect(reasonTexts(d, "nn")).toContain(
      "Oppfylt: 21 år, fylt 18 og under 25 år: barnevernet kan vere aktuelt for nokre gjennom ettervern.",
    );
    expect(reasonTexts(d, "en")).toContain(
      "Met: 21 years old, 18 or over and under 25: child welfare may be relevant for some through aftercare.",
    );
  });

  it("names the end of aftercare that applied before 2021", () => {
    const before = navPartners({ birthDate: "1998-03-01", problems: [] }, { asOf: "2020-06-01" });
    expect(reasonTexts(before, "en")).toContain(
      "Met: 22 years old, 18 or over and under 23: child welfare may be relevant for some through aftercare.",
    );
  });

  it("says when the person is past aftercare", () => {
    const past = navPartners({ birthDate: "1999-03-01", problems: [] }, { asOf: "2025-06-01" });
    expect(past.details.ageBands).toEqual(["20-and-over"]);
    expect(reasonTexts(past, "en")).toContain(
      "Not met: In the band aftercare (over 18) – 26 years old: not in the band aftercare (over 18).",
    );
  });
});
