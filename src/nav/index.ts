/**
 * NAV's follow-up of young people: `ungrett/nav`. The AFI report's recommendations are
 * recommendations or estimates, not law, and their decisions say so (`details.strength`,
 * `details.legalDuty: false`, and each reason's strength). `navDuties` reports NAV's
 * statutory duties (NAV-loven §§ 14 a, 15 and 15 a) and the youth guarantee, a government
 * scheme; each duty carries its own strength.
 * @module nav
 */
import { createExplain } from "../core/explain.js";
import { coreNb } from "../core/messages/nb.js";
import { defineTexts } from "../core/texts.js";
import { navNb } from "./messages/nb.js";

export * from "../core/public.js";
export {
  NAV_AGENCIES,
  NAV_ROLES,
  type NavAgency,
  type NavPartnerEntry,
  type NavRole,
} from "./agencies.js";
export {
  NAV_APPROACH,
  NAV_APPROACH_BY_TARGET,
  type NavApproachDetails,
  type NavApproachKind,
  type NavApproachOutcome,
  navApproach,
} from "./approach.js";
export { NAV_AREA, navPrepare } from "./area.js";
export {
  NAV_CASELOAD,
  NAV_CASELOAD_CLASSES,
  type NavCaseloadClass,
  type NavCaseloadDetails,
  type NavCaseloadOutcome,
  navCaseload,
} from "./caseload.js";
export {
  NAV_CLOSE_FOLLOW_UP,
  NAV_QUALITIES,
  type NavAssessCloseFollowUpDetails,
  type NavAssessCloseFollowUpOutcome,
  type NavQuality,
  type NavQualityInfo,
  type NavQualityItem,
  navAssessCloseFollowUp,
} from "./close-follow-up.js";
export type { NavAdvisory } from "./common.js";
export {
  NAV_COOPERATION,
  NAV_DUTIES,
  NAV_DUTY_CONDITIONS,
  NAV_DUTY_LIST,
  NAV_INDIVIDUAL_PLAN,
  NAV_NEEDS_ASSESSMENT,
  NAV_YOUTH_GUARANTEE,
  type NavDutiesDetails,
  type NavDutiesOutcome,
  type NavDuty,
  type NavDutyBecause,
  navDuties,
} from "./duties.js";
export {
  NAV_FOLLOW_UP_MODELS,
  NAV_INCLUSION_APPROACH,
  NAV_INCLUSION_APPROACHES,
  type NavFollowUpModelInfo,
  type NavInclusionApproach,
  type NavInclusionApproachDetails,
  type NavInclusionApproachInfo,
  type NavInclusionApproachOutcome,
  navInclusionApproach,
} from "./inclusion-approach.js";
export type {
  NavMessageKey,
  NavParameterId,
  NavRulebook,
  NavRuleId,
  NavTexts,
  NavVersionId,
} from "./messages/keys.js";
export {
  NAV_ACTIVITY_PLAN_OWED_TO,
  NAV_AFTERCARE_FROM,
  NAV_AFTERCARE_UNTIL,
  NAV_BAND_16_FROM,
  NAV_BAND_20_FROM,
  NAV_CAPACITY_STANDARD,
  NAV_CASELOAD_CLOSE_MAX,
  NAV_CASELOAD_LIMITED_OVER,
  NAV_COOPERATION_IN_FORCE,
  NAV_PARAMETERS,
  NAV_REACTION_DAY_COUNT,
  NAV_REACTION_IDEAL_MAX_DAYS,
  NAV_REACTION_MAX_DAYS,
  NAV_YOUTH_GUARANTEE_FROM_AGE,
  NAV_YOUTH_GUARANTEE_UNTIL_AGE,
  type NavActivityPlanOwedTo,
  type NavCapacityStandard,
  type NavDayCount,
} from "./parameters.js";
export {
  NAV_PARTNERS,
  type NavPartner,
  type NavPartnerBasis,
  type NavPartnersDetails,
  type NavPartnersOutcome,
  navPartners,
} from "./partners.js";
export { NAV_AGE_BANDS, NAV_PARTNERS_BY_AGE, NAV_PARTNERS_FOR_BAND, type NavAgeBand } from "./partners-by-age.js";
export { NAV_PARTNERS_BY_PROBLEM, NAV_PARTNERS_FOR_PROBLEM } from "./partners-by-problem.js";
export {
  NAV_REACTION_CLASSES,
  NAV_REACTION_TIME,
  type NavReactionTimeDetails,
  type NavReactionTimeOutcome,
  navReactionTime,
} from "./reaction-time.js";
export { NAV_RULES } from "./rules.js";
export {
  NAV_PROBLEMS,
  NAV_TARGETS,
  type NavActor,
  type NavApproachInput,
  type NavAssessCloseFollowUpInput,
  type NavCaseloadInput,
  type NavDutiesInput,
  type NavDutyHistory,
  type NavFollowUpModel,
  type NavInclusionApproachInput,
  type NavMeetingPlace,
  type NavPartnersInput,
  type NavPhase,
  type NavPrevention,
  type NavProblem,
  type NavReactionTimeInput,
  type NavTarget,
  type NavTheme,
  navActorSchema,
  navCaseloadSchema,
  navDutiesSchema,
  navDutyHistorySchema,
  navEffortSchema,
  navFollowUpModelSchema,
  navFollowUpSchema,
  navInclusionSchema,
  navMeetingPlaceSchema,
  navPartnersSchema,
  navPhaseSchema,
  navPreventionSchema,
  navProblemSchema,
  navReactionSchema,
  navTargetSchema,
  navThemeSchema,
} from "./schemas.js";
export { NAV_2006, NAV_VERSIONS } from "./versions.js";
export { navEasterSunday, navPublicHolidays } from "./working-days.js";

/**
 * Explains a decision of this area, in Bokmål unless you pass another language's texts
 * (`import { nn } from "ungrett/locale/nn"`). Messages are formatted only when this is called.
 *
 * @example
 * explain(navCaseload({ youthPerCounsellor: 60 }, { asOf: "2026-03-02" }), en) // import { en } from "ungrett/locale/en"
 * // "Caseload per counsellor (nav.caseload): 60 young people per counsellor is intermediate (more than 25, not over 100) (an estimate, not a legal requirement). …"
 */
export const explain = /* @__PURE__ */ createExplain(
  /* @__PURE__ */ defineTexts({ locale: "nb", core: coreNb, nav: navNb }),
);
