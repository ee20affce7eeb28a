import { defineRule } from "../core/rule.js";

/** `ot.offer-aims`: what OT's offers aim at. Computes nothing; carried by the rulebook. */
export const OT_OFFER_AIMS = /* @__PURE__ */ defineRule({
  id: "ot.offer-aims",
  area: "ot",
  strength: "regulation",
  sources: [
    { ref: "forskrift-opplaringslova-2006/13-1", versions: ["ot-2006"] },
    { ref: "opplaringsforskrifta-2024/8-3", versions: ["ot-2024"] },
    {
      ref: "ot-numedal-kongsberg",
      locator:
        "«først og fremst ta sikte på å føre fram til studiekompetanse, yrkeskompetanse eller kompetanse på lavere nivå»",
    },
    { ref: "ung-no-ot", locator: "«studiekompetanse, yrkeskompetanse eller grunnkompetanse»" },
  ],
  parameters: [],
});

/** The qualifications OT's offers aim at, in the order of the sources. */
export const OT_OFFER_QUALIFICATIONS = ["study-competence", "vocational-competence", "basic-competence"] as const;

/** The kinds of offer OT makes. */
export const OT_OFFER_KINDS = ["education", "work", "competence-building", "combination"] as const;
