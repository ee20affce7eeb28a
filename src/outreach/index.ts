/**
 * Outreach youth services (oppsøkende ungdomstjeneste): target group, age band,
 * prevalence, staffing, field time and a whole-service assessment: `ungrett/outreach`.
 * These are LOSU's professional recommendations and planning estimates, not law; every
 * decision says so.
 * @module outreach
 */
import { createExplain } from "../core/explain.js";
import { coreNb } from "../core/messages/nb.js";
import { defineTexts } from "../core/texts.js";
import { outreachNb } from "./messages/nb.js";

export * from "../core/public.js";
export {
  OUTREACH_AGE_BAND,
  type OutreachAgeBandDetails,
  type OutreachAgeBandOutcome,
  outreachAgeBand,
} from "./age-band.js";
export { OUTREACH_AREA, outreachPrepare } from "./area.js";
export {
  OUTREACH_ASSESSMENT,
  type OutreachAssessmentItem,
  type OutreachAssessServiceDetails,
  type OutreachAssessServiceOutcome,
  outreachAssessService,
} from "./assessment.js";
export type { OutreachCriterion } from "./criteria.js";
export { OUTREACH_DIVERSITY } from "./diversity.js";
export {
  OUTREACH_DOCUMENTATION,
  type OutreachDocumentationDetails,
  type OutreachDocumentationOutcome,
  outreachDocumentation,
} from "./documentation.js";
export {
  OUTREACH_FIELD_TIME,
  type OutreachFieldTimeBand,
  type OutreachFieldTimePeriodResult,
  type OutreachFieldTimeShareDetails,
  type OutreachFieldTimeShareOutcome,
  outreachFieldTimeBand,
  outreachFieldTimeShare,
} from "./field-time.js";
export { OUTREACH_LEADERSHIP } from "./leadership.js";
export { OUTREACH_MANDATE, OUTREACH_MANDATE_CRITERIA } from "./mandate.js";
export { OUTREACH_MATERIAL, OUTREACH_MATERIAL_CRITERIA } from "./material.js";
export type {
  OutreachMessageKey,
  OutreachParameterId,
  OutreachRulebook,
  OutreachRuleId,
  OutreachTexts,
  OutreachVersionId,
} from "./messages/keys.js";
export { OUTREACH_PAIRS } from "./pairs.js";
export {
  OUTREACH_AGE_MAX,
  OUTREACH_AGE_MIN,
  OUTREACH_FIELD_TIME_MAIN,
  OUTREACH_FIELD_TIME_MAX,
  OUTREACH_FIELD_TIME_MIN,
  OUTREACH_PAIR_SIZE,
  OUTREACH_PARAMETERS,
  OUTREACH_PREVALENCE_PER_10000,
  OUTREACH_RISK_SHARE_HIGH,
  OUTREACH_RISK_SHARE_LOW,
  OUTREACH_SOCIAL_WORK_MAJORITY,
  OUTREACH_STAFFING_INHABITANTS_PER_FTE,
  OUTREACH_STAFFING_MINIMUM_FTE,
  OUTREACH_STAFFING_ROUNDING,
  OUTREACH_VERY_VULNERABLE_FRACTION,
} from "./parameters.js";
export {
  OUTREACH_PREVALENCE,
  type OutreachPrevalenceDetails,
  type OutreachPrevalenceOutcome,
  outreachPrevalence,
} from "./prevalence.js";
export { OUTREACH_QUALIFICATIONS } from "./qualifications.js";
export { OUTREACH_RULES } from "./rules.js";
export {
  type OutreachAgeBandInput,
  type OutreachAssessServiceInput,
  type OutreachDocumentationInput,
  type OutreachFieldTimePeriod,
  type OutreachFieldTimeShareInput,
  type OutreachMandate,
  type OutreachMaterial,
  type OutreachPrevalenceInput,
  type OutreachStaffingInput,
  type OutreachStaffMember,
  type OutreachStructure,
  type OutreachTargetGroupInput,
  type OutreachVoluntaryFollowUpInput,
  outreachAgeBandSchema,
  outreachDocumentationSchema,
  outreachFieldTimePeriodSchema,
  outreachFieldTimePeriodsSchema,
  outreachFieldTimeShareSchema,
  outreachMandateSchema,
  outreachMaterialSchema,
  outreachPersonSchema,
  outreachPopulationSchema,
  outreachPrevalenceSchema,
  outreachServiceSchema,
  outreachStaffingSchema,
  outreachStaffMemberSchema,
  outreachStructureSchema,
  outreachVoluntarySchema,
} from "./schemas.js";
export {
  OUTREACH_STAFFING,
  type OutreachStaffingDetails,
  type OutreachStaffingOutcome,
  outreachStaffing,
} from "./staffing.js";
export { OUTREACH_STRUCTURE, OUTREACH_STRUCTURE_CRITERIA } from "./structure.js";
export { OUTREACH_SUPERVISION } from "./supervision.js";
export {
  OUTREACH_CATEGORY_PRECEDENCE,
  OUTREACH_TARGET_GROUP,
  type OutreachCategory,
  type OutreachTargetGroupDetails,
  type OutreachTargetGroupOutcome,
  outreachTargetGroup,
} from "./target-group.js";
export { OUTREACH_LOSU, OUTREACH_VERSIONS } from "./versions.js";
export {
  OUTREACH_VOLUNTARY,
  type OutreachVoluntaryFollowUpDetails,
  type OutreachVoluntaryFollowUpOutcome,
  outreachVoluntaryFollowUp,
} from "./voluntary.js";

/**
 * Explains a decision of this area, in Bokmål unless you pass another language's texts
 * (`import { nn } from "ungrett/locale/nn"`). Messages are formatted only when this is called.
 *
 * @example
 * explain(outreachStaffing({ population: 4_500 }, { asOf: "2026-01-01" }), en) // import { en } from "ungrett/locale/en"
 * // "Staffing of the outreach youth service (outreach.staffing): 1 FTE, at least 2 people, split so that …"
 */
export const explain = /* @__PURE__ */ createExplain(
  /* @__PURE__ */ defineTexts({ locale: "nb", core: coreNb, outreach: outreachNb }),
);
