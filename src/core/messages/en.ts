import { deepFreeze } from "../freeze.js";
import type { CoreTexts } from "../texts.js";

/** The words every area formats with, in English. */
export const coreEn: CoreTexts = /* @__PURE__ */ deepFreeze({
  months: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
  and: "and",
  or: "or",
  decimal: ".",
  group: ",",
  percentSpace: "",
  dateOrder: "dmy",
  strengths: {
    statute: "statute",
    regulation: "regulation",
    guidance: "guidance",
    recommendation: "recommendation",
    estimate: "estimate",
  },
  headings: {
    status: {
      holds: "Met",
      fails: "Not met",
      unknown: "Unknown",
    },
    asOf: "Assessed as of",
    under: "under",
    validFrom: "in force from",
    reasons: "Reasons",
    needs: "Missing facts",
    parameters: "Values used",
    overridden: "overridden in the call",
    from: "from",
    noText: "(no text for this reason)",
    unverified: "unverified",
    yes: "yes",
    no: "no",
    none: "none",
  },
  parameters: {
    "core.school-year-start": {
      title: "First day of the school year",
    },
  },
});
