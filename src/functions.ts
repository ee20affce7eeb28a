import type * as z from "zod/mini";
import { CONSENT } from "./consent/area.js";
import { CONSENT_GUARDIAN_CONFIDENTIALITY, consentGuardianDisclosure } from "./consent/guardian-confidentiality.js";
import { consentGuardianDisclosureSchema, consentTimelineSchema, consentToShareSchema } from "./consent/schemas.js";
import { CONSENT_SHARE_WITH_AGENCY, consentToShare } from "./consent/share-with-agency.js";
import { CONSENT_TIMELINE, consentTimeline } from "./consent/timeline.js";
import type { Decision } from "./core/decision.js";
import type { AreaRuntime, EvaluationOptions, PreparedOptions } from "./core/evaluation.js";
import { deepFreeze } from "./core/freeze.js";
import type { RuleDef } from "./core/rule.js";
import { NAV_APPROACH, navApproach } from "./nav/approach.js";
import { NAV } from "./nav/area.js";
import { NAV_CASELOAD, navCaseload } from "./nav/caseload.js";
import { NAV_CLOSE_FOLLOW_UP, navAssessCloseFollowUp } from "./nav/close-follow-up.js";
import { NAV_DUTIES, navDuties } from "./nav/duties.js";
import { NAV_INCLUSION_APPROACH, navInclusionApproach } from "./nav/inclusion-approach.js";
import { NAV_PARTNERS, navPartners } from "./nav/partners.js";
import { NAV_REACTION_TIME, navReactionTime } from "./nav/reaction-time.js";
import {
  navCaseloadSchema,
  navDutiesSchema,
  navEffortSchema,
  navFollowUpSchema,
  navInclusionSchema,
  navPartnersSchema,
  navReactionSchema,
} from "./nav/schemas.js";
import { OT_AGE_LIMIT, otCoverageEnd } from "./ot/age-limit.js";
import { OT } from "./ot/area.js";
import { OT_CONTACT_TRIGGERS, otContactTriggers } from "./ot/contact-triggers.js";
import { OT_DUTIES, otDuties } from "./ot/duties.js";
import { OT_NOTIFY_ON_DROPOUT, otNotifyOnDropout } from "./ot/notify-on-dropout.js";
import {
  otCoverageEndSchema,
  otDropoutNoticeSchema,
  otDutiesSchema,
  otPersonSchema,
  otSituationSchema,
  otYearlyContactSchema,
} from "./ot/schemas.js";
import { OT_TARGET_GROUP, otTargetGroup } from "./ot/target-group.js";
import { OT_YEARLY_CONTACT, otYearlyContact } from "./ot/yearly-contact.js";
import { OUTREACH_AGE_BAND, outreachAgeBand } from "./outreach/age-band.js";
import { OUTREACH } from "./outreach/area.js";
import { OUTREACH_ASSESSMENT, outreachAssessService } from "./outreach/assessment.js";
import { OUTREACH_DOCUMENTATION, outreachDocumentation } from "./outreach/documentation.js";
import { OUTREACH_FIELD_TIME, outreachFieldTimeShare } from "./outreach/field-time.js";
import { OUTREACH_PREVALENCE, outreachPrevalence } from "./outreach/prevalence.js";
import {
  outreachAgeBandSchema,
  outreachDocumentationSchema,
  outreachFieldTimeShareSchema,
  outreachPersonSchema,
  outreachPrevalenceSchema,
  outreachServiceSchema,
  outreachStaffingSchema,
  outreachVoluntarySchema,
} from "./outreach/schemas.js";
import { OUTREACH_STAFFING, outreachStaffing } from "./outreach/staffing.js";
import { OUTREACH_TARGET_GROUP, outreachTargetGroup } from "./outreach/target-group.js";
import { OUTREACH_VOLUNTARY, outreachVoluntaryFollowUp } from "./outreach/voluntary.js";

/** A public rule function, by name: what the CLI, the conformance runner and the schemas use. */
export interface FunctionEntry {
  /** The function's name: its rule's `evaluatedBy`. */
  readonly name: string;
  /** The rule's area. */
  readonly area: string;
  /** The rule id its decisions carry. */
  readonly rule: string;
  /** The input schema (the options are common to every function). */
  readonly schema: z.ZodMiniType;
  readonly evaluate: (input: never, options: EvaluationOptions) => Decision;
  /** Validates options once for many calls; the result is accepted as `options` by `evaluate`. */
  readonly prepare: (options: EvaluationOptions) => PreparedOptions;
}

const RUNTIMES: ReadonlyMap<string, AreaRuntime> = /* @__PURE__ */ new Map(
  [OT, CONSENT, OUTREACH, NAV].map((r) => [r.area.id, r]),
);

/** A rule that exactly one public function evaluates: the rule whose id that function's decisions carry. */
type EvaluatedRule = RuleDef & { readonly evaluatedBy: string };

/** The entry of the function that evaluates `rule`: its name, area and rule id are the rule's own. */
const entry = <I>(
  rule: EvaluatedRule,
  schema: z.ZodMiniType,
  evaluate: (input: I, options: EvaluationOptions) => Decision,
): FunctionEntry => ({
  name: rule.evaluatedBy,
  area: rule.area,
  rule: rule.id,
  schema,
  evaluate: evaluate as FunctionEntry["evaluate"],
  prepare: (options) => (RUNTIMES.get(rule.area) as AreaRuntime).prepare(options, rule.evaluatedBy),
});

/** Every public rule function of the library, in catalogue order. */
export const FUNCTIONS: readonly FunctionEntry[] = /* @__PURE__ */ deepFreeze([
  entry(OT_TARGET_GROUP, otPersonSchema, otTargetGroup),
  entry(OT_AGE_LIMIT, otCoverageEndSchema, otCoverageEnd),
  entry(OT_CONTACT_TRIGGERS, otSituationSchema, otContactTriggers),
  entry(OT_YEARLY_CONTACT, otYearlyContactSchema, otYearlyContact),
  entry(OT_NOTIFY_ON_DROPOUT, otDropoutNoticeSchema, otNotifyOnDropout),
  entry(OT_DUTIES, otDutiesSchema, otDuties),
  entry(CONSENT_SHARE_WITH_AGENCY, consentToShareSchema, consentToShare),
  entry(CONSENT_GUARDIAN_CONFIDENTIALITY, consentGuardianDisclosureSchema, consentGuardianDisclosure),
  entry(CONSENT_TIMELINE, consentTimelineSchema, consentTimeline),
  entry(OUTREACH_TARGET_GROUP, outreachPersonSchema, outreachTargetGroup),
  entry(OUTREACH_AGE_BAND, outreachAgeBandSchema, outreachAgeBand),
  entry(OUTREACH_PREVALENCE, outreachPrevalenceSchema, outreachPrevalence),
  entry(OUTREACH_STAFFING, outreachStaffingSchema, outreachStaffing),
  entry(OUTREACH_FIELD_TIME, outreachFieldTimeShareSchema, outreachFieldTimeShare),
  entry(OUTREACH_VOLUNTARY, outreachVoluntarySchema, outreachVoluntaryFollowUp),
  entry(OUTREACH_DOCUMENTATION, outreachDocumentationSchema, outreachDocumentation),
  entry(OUTREACH_ASSESSMENT, outreachServiceSchema, outreachAssessService),
  entry(NAV_APPROACH, navEffortSchema, navApproach),
  entry(NAV_PARTNERS, navPartnersSchema, navPartners),
  entry(NAV_INCLUSION_APPROACH, navInclusionSchema, navInclusionApproach),
  entry(NAV_REACTION_TIME, navReactionSchema, navReactionTime),
  entry(NAV_CASELOAD, navCaseloadSchema, navCaseload),
  entry(NAV_CLOSE_FOLLOW_UP, navFollowUpSchema, navAssessCloseFollowUp),
  entry(NAV_DUTIES, navDutiesSchema, navDuties),
]);

/** The function with this name, or `undefined`. */
export function findFunction(name: string): FunctionEntry | undefined {
  return FUNCTIONS.find((f) => f.name === name);
}
