import * as z from "zod/mini";
import { guarded } from "../core/guard.js";
import { birthDateSchema, birthYearSchema } from "../core/person.js";
import { isoDateSchema, maybe, maybeBoolean } from "../core/schema.js";

/** A count of young people: a whole number, zero or more (NaN, negatives and fractions are errors). */
export const youthCountSchema = z.int().check(z.minimum(0));

/** A number of days: a whole number, zero or more. */
export const dayCountSchema = z.int().check(z.minimum(0));

/** The facts `navCaseload` reads. */
export const navCaseloadSchema = /* @__PURE__ */ guarded(
  z.strictObject({
    /** The number of young people one counsellor follows up («på benken»). */
    youthPerCounsellor: youthCountSchema,
  }),
);

/** The facts `navReactionTime` reads. */
export const navReactionSchema = /* @__PURE__ */ guarded(
  z.strictObject({
    /** The day the young person made contact (or the need arose). */
    contactDate: isoDateSchema,
    /** The day a measure was triggered or follow-up offered; absent or `null` while none yet. */
    responseDate: maybe(isoDateSchema),
  }),
);

/** Whom an effort is directed at, in the words of the three approaches. */
export const navTargetSchema = z.enum([
  "all-youth-in-area",
  "groups-at-elevated-risk",
  "individuals-with-signs-of-difficulty",
]);

/** The facts `navApproach` reads. */
export const navEffortSchema = /* @__PURE__ */ guarded(
  z.strictObject({
    /**
     * Whom the effort is directed at: all young people in an area (a school, a district, the
     * municipality), groups known to have elevated risk but perhaps no clear problems yet
     * (selected classes, age groups, housing areas, a youth club), or individuals who show
     * signs of difficulty. An effort may combine them. Absent or `null` when not known.
     */
    targets: maybe(z.array(navTargetSchema).check(z.minLength(1))),
  }),
);

/** The problem types the report lists («Hvor er de sentrale utfordringene lokalt?»). */
export const navProblemSchema = z.enum([
  "substance-use-or-crime",
  "mental-ill-health",
  "lack-of-motivation-or-dropout",
  "learning-difficulties",
  "poor-finances-or-living-conditions",
]);

/** The facts `navPartners` reads. */
export const navPartnersSchema = /* @__PURE__ */ guarded(
  z.strictObject({
    /** Birth date; the age bands need the age in completed years. */
    birthDate: maybe(birthDateSchema),
    /** The problem types present; `[]` when none is, absent or `null` when not known. */
    problems: maybe(z.array(navProblemSchema)),
  }),
);

/** The three follow-up models of the report's typology. */
export const navFollowUpModelSchema = z.enum(["los", "motivation", "maturation"]);

/** The facts `navInclusionApproach` reads. */
export const navInclusionSchema = /* @__PURE__ */ guarded(
  z.strictObject({
    /** The follow-up model: `los` (pilot), `motivation` or `maturation`. */
    model: maybe(navFollowUpModelSchema),
  }),
);

/** Whom the follow-up reaches besides the young person. */
export const navActorSchema = z.enum(["youth", "employer", "school", "family"]);
/** What the follow-up covers. */
export const navThemeSchema = z.enum(["social-inclusion", "tasks", "health", "life-otherwise"]);
/** When the follow-up is given, relative to starting school or work. */
export const navPhaseSchema = z.enum(["before", "during", "after"]);
/** Where young people meet the follow-up. */
export const navMeetingPlaceSchema = z.enum([
  "ordinary-reception",
  "youth-branch",
  "youth-reception",
  "youth-counsellor",
  "other-safe-place",
]);
/** How early the follow-up comes in. */
export const navPreventionSchema = z.enum(["reactive", "proactive", "health-promoting"]);

/**
 * A case's or a whole service's follow-up, described by the facts behind the ten
 * qualities of close individual follow-up. Every fact may be absent or `null` (unknown);
 * a list that is given is taken as complete.
 */
export const navFollowUpSchema = /* @__PURE__ */ guarded(
  z.strictObject({
    /** 1. The follow-up models used (`los` is the pilot function). */
    models: maybe(z.array(navFollowUpModelSchema)),
    /** 2. Who is followed up: the young person, the employer, the school, the family. */
    actors: maybe(z.array(navActorSchema)),
    /** 3. The themes covered: social inclusion, tasks or subject, health, life otherwise. */
    themes: maybe(z.array(navThemeSchema)),
    /** 4. The phases covered: before, during (around the start) and after starting school or work. */
    phases: maybe(z.array(navPhaseSchema)),
    /** 4. Natural support (naturlig bistand) at school or work is arranged for lasting follow-up. */
    naturalSupport: maybeBoolean,
    /** 5. Youth counsellors can be reached by mobile phone and text message. */
    reachableByMobile: maybeBoolean,
    /** 5. Days it takes to trigger a measure or offer follow-up (usually, or at most). */
    reactionDays: maybe(dayCountSchema),
    /** 6. Where young people are met. */
    meetingPlace: maybe(navMeetingPlaceSchema),
    /** 7. Young people per counsellor. */
    youthPerCounsellor: maybe(youthCountSchema),
    /** 7. One-to-one follow-up can be offered for short periods (a few days). */
    oneToOnePeriods: maybeBoolean,
    /** 8. Young people who do not turn up are actively sought out. */
    activeOutreach: maybeBoolean,
    /** 9. The follow-up's angle: reactive (fire-fighting), proactive, or health-promoting. */
    prevention: maybe(navPreventionSchema),
    /** 10. Works with the situation here and now (problem focus). */
    problemFocus: maybeBoolean,
    /** 10. Works with possibilities and resources for the future. */
    futureFocus: maybeBoolean,
  }),
);

/**
 * The days NAV did what it owes a young person, as its case system records them. Each
 * date is on or before `asOf`; absent or `null` while not done (or not known to be).
 */
export const navDutyHistorySchema = z.strictObject({
  /** The day NAV assessed the need for help to get or keep work (behovsvurdering, the § 14 a decision). */
  needsAssessmentOn: maybe(isoDateSchema),
  /** The day NAV completed a work-ability assessment (arbeidsevnevurdering). */
  workAbilityAssessmentOn: maybe(isoDateSchema),
  /** The day an activity plan (aktivitetsplan) was drawn up. */
  activityPlanOn: maybe(isoDateSchema),
  /** The day work on an individual plan (individuell plan) was started. */
  individualPlanOn: maybe(isoDateSchema),
  /** The day NAV began cooperating with the other services the young person needs. */
  cooperationOn: maybe(isoDateSchema),
  /** The day the young person was given a fixed contact person in NAV under the youth guarantee. */
  contactPersonOn: maybe(isoDateSchema),
});

/**
 * The facts `navDuties` reads about a young person known to NAV. Every fact may be absent
 * or `null` (not known): a duty that depends on it is then `unknown`, never guessed.
 */
export const navDutiesSchema = /* @__PURE__ */ guarded(
  z.strictObject({
    /** Birth date; the youth guarantee's age band needs it to the day. */
    birthDate: maybe(birthDateSchema),
    /** Birth year, when the date is not known: settles the age band except in the years of the birthdays that bound it. */
    birthYear: maybe(birthYearSchema),
    /** The young person has come to NAV wanting or needing help to get or keep work. */
    soughtWorkHelp: maybeBoolean,
    /** NAV's assessment found that the young person needs help from NAV to get or keep work. */
    needsHelp: maybeBoolean,
    /** The young person needs a broader assessment of that need than a needs assessment (a work-ability assessment). */
    needsBroaderAssessment: maybeBoolean,
    /** The young person needs long-term, coordinated services. */
    needsLongTermCoordinatedServices: maybeBoolean,
    /** The young person also needs services from other public bodies or service providers (school, health, child welfare, …). */
    needsOtherServices: maybeBoolean,
    /** What NAV has done, and when. */
    history: maybe(navDutyHistorySchema),
  }),
);

export type NavCaseloadInput = z.input<typeof navCaseloadSchema>;
export type NavReactionTimeInput = z.input<typeof navReactionSchema>;
export type NavApproachInput = z.input<typeof navEffortSchema>;
export type NavTarget = z.output<typeof navTargetSchema>;
export type NavProblem = z.output<typeof navProblemSchema>;
export type NavPartnersInput = z.input<typeof navPartnersSchema>;
export type NavFollowUpModel = z.output<typeof navFollowUpModelSchema>;
export type NavInclusionApproachInput = z.input<typeof navInclusionSchema>;
export type NavActor = z.output<typeof navActorSchema>;
export type NavTheme = z.output<typeof navThemeSchema>;
export type NavPhase = z.output<typeof navPhaseSchema>;
export type NavMeetingPlace = z.output<typeof navMeetingPlaceSchema>;
export type NavPrevention = z.output<typeof navPreventionSchema>;
export type NavAssessCloseFollowUpInput = z.input<typeof navFollowUpSchema>;
export type NavDutiesInput = z.input<typeof navDutiesSchema>;
export type NavDutyHistory = z.input<typeof navDutyHistorySchema>;

/** Every problem type, in the report's order. */
export const NAV_PROBLEMS: readonly NavProblem[] = navProblemSchema.options;
/** Every target of an effort, from the widest to the narrowest. */
export const NAV_TARGETS: readonly NavTarget[] = navTargetSchema.options;
