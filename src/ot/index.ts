/**
 * The follow-up service (Oppfølgingstjenesten, OT): `ungrett/ot`.
 * @module ot
 */
import { createExplain } from "../core/explain.js";
import { coreNb } from "../core/messages/nb.js";
import { defineTexts } from "../core/texts.js";
import { otNb } from "./messages/nb.js";

export * from "../core/public.js";
export { OT_AGE_LIMIT, type OtCoverageEndDetails, type OtCoverageEndOutcome, otCoverageEnd } from "./age-limit.js";
export { OT_AREA, otPrepare } from "./area.js";
export {
  OT_CONTACT_TRIGGERS,
  OT_TRIGGERS_BY_VERSION,
  type OtContactTrigger,
  type OtContactTriggersDetails,
  type OtContactTriggersOutcome,
  otContactTriggers,
} from "./contact-triggers.js";
export { OT_COORDINATION } from "./coordination.js";
export {
  OT_DUTIES,
  OT_DUTY_IDS,
  OT_GUARDIAN_CONFIDENTIALITY,
  type OtCollision,
  type OtDutiesDetails,
  type OtDutiesOutcome,
  type OtDuty,
  type OtDutyBecause,
  otDuties,
} from "./duties.js";
export type { OtMessageKey, OtParameterId, OtRuleId, OtTexts, OtVersionId } from "./messages/keys.js";
export {
  OT_NOTIFY_ON_DROPOUT,
  type OtNotifyOnDropoutDetails,
  type OtNotifyOnDropoutOutcome,
  otNotifyOnDropout,
} from "./notify-on-dropout.js";
export { OT_OFFER_AIMS, OT_OFFER_KINDS, OT_OFFER_QUALIFICATIONS } from "./offer-aims.js";
export {
  OT_EACH_SCHOOL_YEAR,
  OT_FOLLOW_UP_AFTER,
  OT_GUARDIAN_COLLISION,
  OT_GUARDIAN_INFORMATION_AGE,
  OT_LOST_RIGHT_GROUNDS,
  OT_NOTIFY_MAX_DAYS,
  OT_OWN_EDUCATION_AGE,
  OT_PARAMETERS,
  OT_UPPER_AGE,
} from "./parameters.js";
export {
  OT_CASE_TOOL_ACCESS,
  OT_COOPERATION_MEETINGS,
  OT_FIXED_YEARLY_LISTS,
  OT_FULL_TIME_POSITIONS,
} from "./recommendations.js";
export { OT_RULES } from "./rules.js";
export {
  type OtContact,
  type OtContactTriggersInput,
  type OtCoverageEndInput,
  type OtDutiesHistory,
  type OtDutiesInput,
  type OtLostRight,
  type OtNotifyOnDropoutInput,
  type OtOffer,
  type OtTargetGroupInput,
  type OtTargetGroupValidatedInput,
  type OtYearlyContactInput,
  otContactSchema,
  otCoverageEndSchema,
  otDropoutNoticeSchema,
  otDutiesHistorySchema,
  otDutiesSchema,
  otLostRightSchema,
  otOfferSchema,
  otPersonSchema,
  otSituationSchema,
  otYearlyContactSchema,
} from "./schemas.js";
export { OT_FACTS, OT_SERVICE_FACTS } from "./service-facts.js";
export {
  OT_TARGET_GROUP,
  type OtTargetGroupDetails,
  type OtTargetGroupOutcome,
  otTargetGroup,
  otTargetGroupValidated,
} from "./target-group.js";
export { OT_2006, OT_2024, OT_VERSIONS } from "./versions.js";
export {
  OT_YEARLY_CONTACT,
  type OtYearlyContactDetails,
  type OtYearlyContactOutcome,
  otSchoolYearOf,
  otYearlyContact,
} from "./yearly-contact.js";

/**
 * Explains an OT decision, in Bokmål unless you pass another language's texts
 * (`import { nn } from "ungrett/locale/nn"`). Messages are formatted only when this is called.
 *
 * @example
 * import { en } from "ungrett/locale/en";
 * explain(otTargetGroup({ birthYear: 2007, inEducation: true }, { asOf: "2025-10-01" }), en)
 * // "Target group of the follow-up service (ot.target-group): not in the target group …"
 */
export const explain = /* @__PURE__ */ createExplain(
  /* @__PURE__ */ defineTexts({ locale: "nb", core: coreNb, ot: otNb }),
);
