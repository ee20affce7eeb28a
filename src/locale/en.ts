/**
 * English: every area's texts, for `explain`, the way date-fns locales work.
 *
 * @example
 * import { explain, otTargetGroup } from "ungrett";
 * import { en } from "ungrett/locale/en";
 * explain(otTargetGroup({ birthYear: 2005, hasYouthRight: true, inEducation: false, inWork: false }, { asOf: "2026-04-15" }), en);
 *
 * A program that explains one area only can carry just that area's texts:
 * `explain(decision, defineTexts({ locale: "en", core: coreEn, ot: otEn }))`.
 * @module locale/en
 */
import { consentEn, consentRulebookEn } from "../consent/messages/en.js";
import { coreEn } from "../core/messages/en.js";
import { type AreaName, defineTexts, type RulebookTexts, type Texts } from "../core/texts.js";
import { navEn, navRulebookEn } from "../nav/messages/en.js";
import { otEn, otRulebookEn } from "../ot/messages/en.js";
import { outreachEn, outreachRulebookEn } from "../outreach/messages/en.js";

/** Every area's texts in English: pass it to `explain`. */
export const en: Texts = /* @__PURE__ */ defineTexts({
  locale: "en",
  core: coreEn,
  ot: otEn,
  consent: consentEn,
  outreach: outreachEn,
  nav: navEn,
});

/** What the rulebook says beyond an explanation (each rule's summary, the readings of ambiguous sources), by area, in English. */
export const enRulebook: Readonly<Record<AreaName, RulebookTexts>> = /* @__PURE__ */ Object.freeze({
  ot: otRulebookEn,
  consent: consentRulebookEn,
  outreach: outreachRulebookEn,
  nav: navRulebookEn,
});

export { consentEn, coreEn, navEn, otEn, outreachEn };
