/**
 * Confidentiality and consent by age: `ungrett/consent`. Who consents before a young
 * person is discussed with another agency, what the guardians may be told, and the age
 * thresholds that matter to a youth service, with the date each is reached.
 * @module consent
 */
import { createExplain } from "../core/explain.js";
import { coreNb } from "../core/messages/nb.js";
import { defineTexts } from "../core/texts.js";
import { consentNb } from "./messages/nb.js";

export * from "../core/public.js";
export { CONSENT_AFTERCARE } from "./aftercare.js";
export { CONSENT_ANONYMOUS_FORUM } from "./anonymous-forum.js";
export { CONSENT_AREA, consentPrepare } from "./area.js";
export { CONSENT_CHILD_VIEWS } from "./child-views.js";
export { CONSENT_DUTY_TO_REPORT } from "./duty-to-report.js";
export { CONSENT_EDUCATION_CHOICE } from "./education-choice.js";
export {
  CONSENT_GUARDIAN_CONFIDENTIALITY,
  CONSENT_INFORMATION_KINDS,
  type ConsentAgeBand,
  type ConsentGuardianDisclosureDetails,
  type ConsentGuardianDisclosureOutcome,
  type ConsentInformationKindDef,
  consentGuardianConfidentialityAge,
  consentGuardianDisclosure,
} from "./guardian-confidentiality.js";
export { CONSENT_HEALTH } from "./health.js";
export { CONSENT_INFORMATION_SOCIETY } from "./information-society.js";
export { CONSENT_MAJORITY } from "./majority.js";
export type {
  ConsentMessageKey,
  ConsentParameterId,
  ConsentRulebook,
  ConsentRuleId,
  ConsentTexts,
  ConsentVersionId,
} from "./messages/keys.js";
export {
  CONSENT_OTHER_LEGAL_BASES,
  CONSENT_OTHER_LEGAL_BASIS,
  type ConsentOtherLegalBasisDef,
  type ConsentSharingLimit,
} from "./other-legal-basis.js";
export {
  CONSENT_AFTERCARE_UPPER_AGE,
  CONSENT_EDUCATION_CHOICE_AGE,
  CONSENT_GREAT_WEIGHT_AGE,
  CONSENT_GUARDIAN_CONFIDENTIALITY_AGES,
  CONSENT_GUARDIAN_CONFIDENTIALITY_FROM,
  CONSENT_HEALTH_CONSENT_AGE,
  CONSENT_HEALTH_PRIVACY_AGE,
  CONSENT_HEARD_AGE,
  CONSENT_INFORMATION_SOCIETY_AGE,
  CONSENT_MAJORITY_AGE,
  CONSENT_PARAMETERS,
  CONSENT_SHARE_AGE,
  CONSENT_VITAL_INFORMATION,
  type ConsentGuardianConfidentialityFrom,
  type ConsentVitalInformationReading,
} from "./parameters.js";
export { CONSENT_RULES } from "./rules.js";
export {
  type ConsentGuardianDisclosureInput,
  type ConsentInformationKind,
  type ConsentOtherLegalBasis,
  type ConsentTimelineInput,
  type ConsentToShareInput,
  consentGuardianDisclosureSchema,
  consentInformationKindSchema,
  consentOtherLegalBasisSchema,
  consentTimelineSchema,
  consentToShareSchema,
} from "./schemas.js";
export {
  CONSENT_SHARE_WITH_AGENCY,
  type ConsentExemption,
  type ConsentToShareDetails,
  type ConsentToShareOutcome,
  consentToShare,
} from "./share-with-agency.js";
export {
  CONSENT_THRESHOLD_RULE,
  CONSENT_THRESHOLDS,
  CONSENT_TIMELINE,
  type ConsentThreshold,
  type ConsentThresholdDef,
  type ConsentThresholdId,
  type ConsentTimelineDetails,
  type ConsentTimelineNext,
  type ConsentTimelineOutcome,
  consentTimeline,
} from "./timeline.js";
export { CONSENT_2006, CONSENT_VERSIONS } from "./versions.js";

/**
 * Explains a decision of this area, in Bokmål unless you pass another language's texts
 * (`import { nn } from "ungrett/locale/nn"`). Messages are formatted only when this is called.
 *
 * @example
 * explain(consentToShare({ birthDate: "2010-09-01", identifiable: true, dutyToReport: false, otherLegalBasis: "none" }, { asOf: "2026-08-31" }))
 * // "Samtykke til å drøfte en ung person med andre instanser (consent.share-with-agency): de foresatte må samtykke …"
 */
export const explain = /* @__PURE__ */ createExplain(
  /* @__PURE__ */ defineTexts({ locale: "nb", core: coreNb, consent: consentNb }),
);
