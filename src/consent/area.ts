import { type AreaDef, areaRuntime, type EvaluationOptions, type PreparedOptions } from "../core/evaluation.js";
import { deepFreeze } from "../core/freeze.js";
import type { Localized } from "../core/types.js";
import { CONSENT_PARAMETERS } from "./parameters.js";
import { CONSENT_VERSIONS } from "./versions.js";

/** Confidentiality and consent by age: its versions and parameters. */
export const CONSENT_AREA: AreaDef = /* @__PURE__ */ deepFreeze({
  id: "consent",
  title: {
    nb: "Taushetsplikt og samtykke etter alder",
    nn: "Teieplikt og samtykke etter alder",
    en: "Confidentiality and consent by age",
  },
  versions: CONSENT_VERSIONS,
  parameters: CONSENT_PARAMETERS,
});

export const CONSENT = areaRuntime(CONSENT_AREA);

/**
 * Validates consent options once for many calls (a timeline for every young person on a
 * list): every consent function takes the result in place of `{ asOf, … }`.
 *
 * @example
 * const prepared = consentPrepare({ asOf: "2026-08-31" });
 * consentTimeline({ birthDate: "2010-09-01" }, prepared).version.id
 * // "consent-2006"
 */
export function consentPrepare(options: EvaluationOptions): PreparedOptions {
  return CONSENT.prepare(options, "consentPrepare");
}

/**
 * The qualifier of a rule whose ages come from the LOSU guide: the consent age (16) and
 * confidentiality towards the guardians (15) are the guide's; no statute sets them for
 * outreach services or OT, so the rules are recommendations, not "statute as applied".
 */
export const GUIDE_AGES: Localized = {
  nb: "LOSU-veilederens regel; ingen lov setter aldersgrensene for disse tjenestene",
  nn: "regelen i LOSU-rettleiaren; inga lov set aldersgrensene for desse tenestene",
  en: "the LOSU guide's rule; no statute sets its ages for these services",
};
