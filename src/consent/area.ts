import { type AreaDef, areaRuntime, type EvaluationOptions, type PreparedOptions } from "../core/evaluation.js";
import { deepFreeze } from "../core/freeze.js";
import { CONSENT_PARAMETERS } from "./parameters.js";
import { CONSENT_VERSIONS } from "./versions.js";

/** Confidentiality and consent by age: its versions and parameters. */
export const CONSENT_AREA: AreaDef = /* @__PURE__ */ deepFreeze({
  id: "consent",
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
