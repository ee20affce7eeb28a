import type * as z from "zod/mini";
import { CONSENT } from "./consent/area.js";
import { consentGuardianDisclosure } from "./consent/guardian-confidentiality.js";
import { consentGuardianDisclosureSchema, consentTimelineSchema, consentToShareSchema } from "./consent/schemas.js";
import { consentToShare } from "./consent/share-with-agency.js";
import { consentTimeline } from "./consent/timeline.js";
import type { Decision } from "./core/decision.js";
import type { AreaRuntime, EvaluationOptions, PreparedOptions } from "./core/evaluation.js";
import { deepFreeze } from "./core/freeze.js";
import { navApproach } from "./nav/approach.js";
import { NAV } from "./nav/area.js";
import { navCaseload } from "./nav/caseload.js";
import { navAssessCloseFollowUp } from "./nav/close-follow-up.js";
import { navInclusionApproach } from "./nav/inclusion-approach.js";
import { navPartners } from "./nav/partners.js";
import { navReactionTime } from "./nav/reaction-time.js";
import {
  navCaseloadSchema,
  navEffortSchema,
  navFollowUpSchema,
  navInclusionSchema,
  navPartnersSchema,
  navReactionSchema,
} from "./nav/schemas.js";
import { otCoverageEnd } from "./ot/age-limit.js";
import { OT } from "./ot/area.js";
import { otContactTriggers } from "./ot/contact-triggers.js";
import { otNotifyOnDropout } from "./ot/notify-on-dropout.js";
import {
  otCoverageEndSchema,
  otDropoutNoticeSchema,
  otPersonSchema,
  otSituationSchema,
  otYearlyContactSchema,
} from "./ot/schemas.js";
import { otTargetGroup } from "./ot/target-group.js";
import { otYearlyContact } from "./ot/yearly-contact.js";
import { outreachAgeBand } from "./outreach/age-band.js";
import { OUTREACH } from "./outreach/area.js";
import { outreachAssessService } from "./outreach/assessment.js";
import { outreachDocumentation } from "./outreach/documentation.js";
import { outreachFieldTimeShare } from "./outreach/field-time.js";
import { outreachPrevalence } from "./outreach/prevalence.js";
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
import { outreachStaffing } from "./outreach/staffing.js";
import { outreachTargetGroup } from "./outreach/target-group.js";
import { outreachVoluntaryFollowUp } from "./outreach/voluntary.js";

/** A public rule function, by name: what the CLI, the conformance runner and the schemas use. */
export interface FunctionEntry {
  readonly name: string;
  readonly area: string;
  /** The rule id its decisions carry. */
  readonly rule: string;
  /** The input schema (the options are common to every function). */
  readonly schema: z.ZodMiniType;
  readonly evaluate: (input: never, options: EvaluationOptions) => Decision;
  /** Validates options once for many calls; the result is accepted as `options` by `evaluate`. */
  readonly prepare: (options: EvaluationOptions) => PreparedOptions;
}

const RUNTIMES: Readonly<Record<string, AreaRuntime>> = { ot: OT, consent: CONSENT, outreach: OUTREACH, nav: NAV };

const entry = <I>(
  name: string,
  area: string,
  rule: string,
  schema: z.ZodMiniType,
  evaluate: (input: I, options: EvaluationOptions) => Decision,
): FunctionEntry => ({
  name,
  area,
  rule,
  schema,
  evaluate: evaluate as FunctionEntry["evaluate"],
  prepare: (options) => (RUNTIMES[area] as AreaRuntime).prepare(options, name),
});

/** Every public rule function of the library, in catalogue order. */
export const FUNCTIONS: readonly FunctionEntry[] = /* @__PURE__ */ deepFreeze([
  entry("otTargetGroup", "ot", "ot.target-group", otPersonSchema, otTargetGroup),
  entry("otCoverageEnd", "ot", "ot.age-limit", otCoverageEndSchema, otCoverageEnd),
  entry("otContactTriggers", "ot", "ot.contact-triggers", otSituationSchema, otContactTriggers),
  entry("otYearlyContact", "ot", "ot.yearly-contact", otYearlyContactSchema, otYearlyContact),
  entry("otNotifyOnDropout", "ot", "ot.notify-on-dropout", otDropoutNoticeSchema, otNotifyOnDropout),
  entry("consentToShare", "consent", "consent.share-with-agency", consentToShareSchema, consentToShare),
  entry(
    "consentGuardianDisclosure",
    "consent",
    "consent.guardian-confidentiality",
    consentGuardianDisclosureSchema,
    consentGuardianDisclosure,
  ),
  entry("consentTimeline", "consent", "consent.timeline", consentTimelineSchema, consentTimeline),
  entry("outreachTargetGroup", "outreach", "outreach.target-group", outreachPersonSchema, outreachTargetGroup),
  entry("outreachAgeBand", "outreach", "outreach.age-band", outreachAgeBandSchema, outreachAgeBand),
  entry("outreachPrevalence", "outreach", "outreach.prevalence", outreachPrevalenceSchema, outreachPrevalence),
  entry("outreachStaffing", "outreach", "outreach.staffing", outreachStaffingSchema, outreachStaffing),
  entry(
    "outreachFieldTimeShare",
    "outreach",
    "outreach.field-time",
    outreachFieldTimeShareSchema,
    outreachFieldTimeShare,
  ),
  entry(
    "outreachVoluntaryFollowUp",
    "outreach",
    "outreach.voluntary",
    outreachVoluntarySchema,
    outreachVoluntaryFollowUp,
  ),
  entry(
    "outreachDocumentation",
    "outreach",
    "outreach.documentation",
    outreachDocumentationSchema,
    outreachDocumentation,
  ),
  entry("outreachAssessService", "outreach", "outreach.assessment", outreachServiceSchema, outreachAssessService),
  entry("navApproach", "nav", "nav.approach", navEffortSchema, navApproach),
  entry("navPartners", "nav", "nav.partners", navPartnersSchema, navPartners),
  entry("navInclusionApproach", "nav", "nav.inclusion-approach", navInclusionSchema, navInclusionApproach),
  entry("navReactionTime", "nav", "nav.reaction-time", navReactionSchema, navReactionTime),
  entry("navCaseload", "nav", "nav.caseload", navCaseloadSchema, navCaseload),
  entry("navAssessCloseFollowUp", "nav", "nav.close-follow-up", navFollowUpSchema, navAssessCloseFollowUp),
]);

/** The function with this name, or `undefined`. */
export function findFunction(name: string): FunctionEntry | undefined {
  return FUNCTIONS.find((f) => f.name === name);
}
