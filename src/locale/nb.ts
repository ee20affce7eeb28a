/**
 * Bokmål: every area's texts, for `explain`, the way date-fns locales work.
 *
 * @example
 * import { explain, otTargetGroup } from "ungrett";
 * import { nb } from "ungrett/locale/nb";
 * explain(otTargetGroup({ birthYear: 2005, hasYouthRight: true, inEducation: false, inWork: false }, { asOf: "2026-04-15" }), nb);
 *
 * A program that explains one area only can carry just that area's texts:
 * `explain(decision, defineTexts({ locale: "nb", core: coreNb, ot: otNb }))`.
 * @module locale/nb
 */
import { consentNb, consentRulebookNb } from "../consent/messages/nb.js";
import { coreNb } from "../core/messages/nb.js";
import { type AreaName, defineTexts, type RulebookTexts, type Texts } from "../core/texts.js";
import { navNb, navRulebookNb } from "../nav/messages/nb.js";
import { otNb, otRulebookNb } from "../ot/messages/nb.js";
import { outreachNb, outreachRulebookNb } from "../outreach/messages/nb.js";

/** Every area's texts in Bokmål: pass it to `explain`. */
export const nb: Texts = /* @__PURE__ */ defineTexts({
  locale: "nb",
  core: coreNb,
  ot: otNb,
  consent: consentNb,
  outreach: outreachNb,
  nav: navNb,
});

/** What the rulebook says beyond an explanation (each rule's summary, the readings of ambiguous sources), by area, in Bokmål. */
export const nbRulebook: Readonly<Record<AreaName, RulebookTexts>> = /* @__PURE__ */ Object.freeze({
  ot: otRulebookNb,
  consent: consentRulebookNb,
  outreach: outreachRulebookNb,
  nav: navRulebookNb,
});

export { consentNb, coreNb, navNb, otNb, outreachNb };
