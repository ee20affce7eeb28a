import { withMessageAliases } from "../core/message-aliases.js";
import type { Facts } from "../core/types.js";
import { OUTREACH_MESSAGES as CATALOGUES } from "./messages.js";

/** The checklist's counts under the name the catalogues still read (`summary`). */
const asSummary = (x: Facts): Facts => ({ ...x, summary: x.counts ?? null });

/**
 * The outreach explanations in `nb`, `nn` and `en`. `outreach.assessment` reports its
 * checklist's counts as `details.counts` (it said `details.summary`); until the catalogues
 * read `counts` themselves, its outcome messages are given the counts as `summary`.
 */
export const OUTREACH_MESSAGES = /* @__PURE__ */ withMessageAliases(CATALOGUES, {
  "outreach.assessment/outcome/meets-all": { from: "outreach.assessment/outcome/meets-all", facts: asSummary },
  "outreach.assessment/outcome/falls-short": { from: "outreach.assessment/outcome/falls-short", facts: asSummary },
  "outreach.assessment/outcome/incomplete": { from: "outreach.assessment/outcome/incomplete", facts: asSummary },
});
