/**
 * Nynorsk: every area's texts, for `explain`, the way date-fns locales work.
 *
 * @example
 * import { explain, otTargetGroup } from "ungrett";
 * import { nn } from "ungrett/locale/nn";
 * explain(otTargetGroup({ birthYear: 2005, hasYouthRight: true, inEducation: false, inWork: false }, { asOf: "2026-04-15" }), nn);
 *
 * A program that explains one area only can carry just that area's texts:
 * `explain(decision, defineTexts({ locale: "nn", core: coreNn, ot: otNn }))`.
 * @module locale/nn
 */
import { consentNn, consentRulebookNn } from "../consent/messages/nn.js";
import { coreNn } from "../core/messages/nn.js";
import { type AreaName, defineTexts, type RulebookTexts, type Texts } from "../core/texts.js";
import { navNn, navRulebookNn } from "../nav/messages/nn.js";
import { otNn, otRulebookNn } from "../ot/messages/nn.js";
import { outreachNn, outreachRulebookNn } from "../outreach/messages/nn.js";

/** Every area's texts in Nynorsk: pass it to `explain`. */
export const nn: Texts = /* @__PURE__ */ defineTexts({
  locale: "nn",
  core: coreNn,
  ot: otNn,
  consent: consentNn,
  outreach: outreachNn,
  nav: navNn,
});

/** What the rulebook says beyond an explanation (each rule's summary, the readings of ambiguous sources), by area, in Nynorsk. */
export const nnRulebook: Readonly<Record<AreaName, RulebookTexts>> = /* @__PURE__ */ Object.freeze({
  ot: otRulebookNn,
  consent: consentRulebookNn,
  outreach: outreachRulebookNn,
  nav: navRulebookNn,
});

export { consentNn, coreNn, navNn, otNn, outreachNn };
