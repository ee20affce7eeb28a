import { deepFreeze } from "../core/freeze.js";
import { CONSENT_AFTERCARE } from "./aftercare.js";
import { CONSENT_ANONYMOUS_FORUM } from "./anonymous-forum.js";
import { CONSENT_CHILD_VIEWS } from "./child-views.js";
import { CONSENT_DUTY_TO_REPORT } from "./duty-to-report.js";
import { CONSENT_EDUCATION_CHOICE } from "./education-choice.js";
import { CONSENT_GUARDIAN_CONFIDENTIALITY } from "./guardian-confidentiality.js";
import { CONSENT_HEALTH } from "./health.js";
import { CONSENT_INFORMATION_SOCIETY } from "./information-society.js";
import { CONSENT_MAJORITY } from "./majority.js";
import { CONSENT_OTHER_LEGAL_BASIS } from "./other-legal-basis.js";
import { CONSENT_SHARE_WITH_AGENCY } from "./share-with-agency.js";
import { CONSENT_TIMELINE } from "./timeline.js";

/** Every rule object of the consent area, including those that compute nothing. */
export const CONSENT_RULES = /* @__PURE__ */ deepFreeze([
  CONSENT_SHARE_WITH_AGENCY,
  CONSENT_DUTY_TO_REPORT,
  CONSENT_OTHER_LEGAL_BASIS,
  CONSENT_ANONYMOUS_FORUM,
  CONSENT_GUARDIAN_CONFIDENTIALITY,
  CONSENT_MAJORITY,
  CONSENT_TIMELINE,
  CONSENT_CHILD_VIEWS,
  CONSENT_INFORMATION_SOCIETY,
  CONSENT_EDUCATION_CHOICE,
  CONSENT_HEALTH,
  CONSENT_AFTERCARE,
] as const);
