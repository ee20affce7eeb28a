import * as z from "zod/mini";
import { guarded } from "../core/guard.js";
import { birthDateSchema } from "../core/person.js";
import { finiteNumber, given, maybe, maybeBoolean } from "../core/schema.js";

/** A municipality's population: a whole number of inhabitants, at least 1. */
export const outreachPopulationSchema = z.int().check(z.minimum(1));

/** A count of persons: a whole number, 0 or more. */
const countSchema = z.int().check(z.minimum(0));

/** The facts `outreachTargetGroup` reads. Every fact may be absent or `null` (unknown). */
export const outreachPersonSchema = /* @__PURE__ */ guarded(
  z.strictObject({
    /** Birth date; age is counted in completed years on `asOf`. */
    birthDate: maybe(birthDateSchema),
    /** (a) At risk of developing problems that threaten social and/or mental functioning. */
    atRisk: maybeBoolean,
    /** Problem-burdened (problembelastet): the premise of categories (b) and (c). */
    hasProblems: maybeBoolean,
    /** Has established contact with the ordinary help services. */
    inContactWithServices: maybeBoolean,
    /** Needs the outreach service as a supplement to the ordinary services (read only when in contact with them). */
    needsSupplement: maybeBoolean,
  }),
);

/** The facts `outreachAgeBand` reads. */
export const outreachAgeBandSchema = /* @__PURE__ */ guarded(
  z.strictObject({
    /** Birth date; age is counted in completed years on `asOf`. */
    birthDate: birthDateSchema,
  }),
);

/** The facts `outreachPrevalence` reads: a population, a 13–23 cohort, or both. */
export const outreachPrevalenceSchema = /* @__PURE__ */ guarded(
  z
    .strictObject({
      /** Inhabitants of the municipality. */
      population: maybe(outreachPopulationSchema),
      /** Inhabitants aged 13 to 23. */
      cohort13to23: maybe(countSchema),
    })
    .check(
      z.refine((p) => p.population != null || p.cohort13to23 != null, {
        error: "is required (a whole number), or give cohort13to23",
        path: ["population"],
        params: { code: "required", jsonSchema: { anyOf: [given("population"), given("cohort13to23")] } },
      }),
      z.refine(
        (p) => typeof p.population !== "number" || typeof p.cohort13to23 !== "number" || p.cohort13to23 <= p.population,
        {
          error: "is larger than population: the cohort aged 13–23 is part of the population",
          path: ["cohort13to23"],
          // JSON Schema cannot compare two fields.
          params: { code: "above_population", jsonSchema: null },
        },
      ),
    ),
);

/** The facts `outreachStaffing` reads. */
export const outreachStaffingSchema = /* @__PURE__ */ guarded(
  z.strictObject({
    /** Inhabitants of the municipality. */
    population: outreachPopulationSchema,
    /**
     * Team work is secured in another way (so a single position need not be split). Absent
     * or `null`: not secured, and the recommendation to split applies.
     */
    teamWorkSecuredOtherwise: maybeBoolean,
  }),
);

const hoursSchema = finiteNumber.check(z.minimum(0));

/** One period (a week, a month) of working time: hours in the field and hours in all. */
export const outreachFieldTimePeriodSchema = /* @__PURE__ */ guarded(
  z
    .strictObject({
      /** A name for the period, such as `2025-W03` or `January`. */
      label: maybe(z.string().check(z.minLength(1))),
      /** Hours of outreach (field) work. */
      fieldHours: hoursSchema,
      /** All working hours in the period (more than 0). */
      totalHours: finiteNumber.check(z.positive()),
    })
    .check(
      z.refine(
        // Compared only when both are valid hours: an invalid total is its own issue, not a second one here.
        (p) =>
          !(Number.isFinite(p.fieldHours) && Number.isFinite(p.totalHours) && p.fieldHours >= 0 && p.totalHours > 0) ||
          p.fieldHours <= p.totalHours,
        {
          error: "is more than totalHours: field time is part of working time",
          path: ["fieldHours"],
          // JSON Schema cannot compare two fields.
          params: { code: "above_total", jsonSchema: null },
        },
      ),
    ),
);

/** Periods judged as a whole (at least one). */
export const outreachFieldTimePeriodsSchema = /* @__PURE__ */ guarded(
  z.array(outreachFieldTimePeriodSchema).check(z.minLength(1)),
);

/**
 * What `outreachFieldTimeShare` takes: one period or a list of periods. For a host's edge and for
 * JSON Schema; the function itself dispatches on the shape, so that its errors name the bad
 * field rather than "no union member matched".
 */
export const outreachFieldTimeShareSchema = z.union([outreachFieldTimePeriodSchema, outreachFieldTimePeriodsSchema]);

/** The facts `outreachVoluntaryFollowUp` reads. */
export const outreachVoluntarySchema = /* @__PURE__ */ guarded(
  z.strictObject({
    /** The young person has agreed to follow-up. */
    agreed: maybeBoolean,
  }),
);

/** A kind of information: a non-blank text. */
const itemSchema = z
  .string()
  // \S is what trim() removes: JavaScript's white space and line terminators.
  .check(
    z.refine((s) => s.trim().length > 0, {
      error: "must not be blank",
      params: { code: "too_small", jsonSchema: { pattern: "\\S" } },
    }),
  );

/** The facts `outreachDocumentation` reads: what is documented and what the client consented to. */
export const outreachDocumentationSchema = /* @__PURE__ */ guarded(
  z.strictObject({
    /** The kinds of information documented about the client (the host system's own vocabulary). */
    documented: z.array(itemSchema),
    /** The kinds of information the client consented to; absent or `null` when not known. */
    consentedTo: maybe(z.array(itemSchema)),
  }),
);

/** One member of staff. Only what the norms need: no gender or ethnicity per person. */
export const outreachStaffMemberSchema = z.strictObject({
  /** The post's share of a full-time position (0 < fte ≤ 1). */
  fte: maybe(finiteNumber.check(z.positive(), z.maximum(1))),
  /** Has social-work education (sosialfaglig utdanning). */
  socialWorkEducation: maybeBoolean,
});

/** The five structural success criteria, as facts about the service. */
export const outreachStructureSchema = z.strictObject({
  /** 1. Mandate and tasks defined by political guidelines or at chief-executive level. */
  mandateDefined: maybeBoolean,
  /** 2. A clear frame for the balance between outreach and follow-up work. */
  fieldTimeFrame: maybeBoolean,
  /** 3. Room and time to work on an independent professional basis. */
  independentBasis: maybeBoolean,
  /** 4. Staff cannot be drawn in as case workers for child welfare or other agencies. */
  notCaseWorkers: maybeBoolean,
  /** 5. Responsibilities and authority clarified between the service's leader and management. */
  responsibilitiesClarified: maybeBoolean,
});

/** The five material minimum standards, as facts about the service. */
export const outreachMaterialSchema = z.strictObject({
  /** 1. Its own operating budget. */
  operatingBudget: maybeBoolean,
  /** 2. Its own municipal car, or fixed agreements to borrow one. */
  car: maybeBoolean,
  /** 3. Its own suitable premises apart from other municipal offices. */
  premises: maybeBoolean,
  /** 4. A mobile phone for every employee. */
  mobilePhones: maybeBoolean,
  /** 5. Its own data storage tool for sensitive user data. */
  dataStorage: maybeBoolean,
});

/** What the service's mandate states. */
export const outreachMandateSchema = z.strictObject({
  /** The mandate names the target groups. */
  targetGroups: maybeBoolean,
  /** The mandate states the service's responsibilities. */
  responsibilities: maybeBoolean,
  /** The mandate states the staffing and operating conditions. */
  staffingAndOperatingConditions: maybeBoolean,
  /** The mandate states how confidentiality (taushetsplikt) is applied. */
  confidentiality: maybeBoolean,
  /** The mandate states the age span served. */
  ageSpan: maybeBoolean,
  /** The mandate is politically anchored. */
  politicallyAnchored: maybeBoolean,
});

/**
 * The facts `outreachAssessService` reads. Every fact may be absent or `null`: its items
 * are then `unknown`. Give the staff as a list (`staff`) or as counts (`headcount`,
 * `socialWorkEducated`), not both. Gender and ethnicity are asked for only at team level
 * (`mixedGender`, `ethnicityConsidered`): the norm needs nothing about single persons.
 */
export const outreachServiceSchema = /* @__PURE__ */ guarded(
  z.strictObject({
    /** Inhabitants of the municipality (or the area the service covers). */
    population: maybe(outreachPopulationSchema),
    /** The service's positions in full-time equivalents; the sum of `staff[].fte` when absent. */
    fte: maybe(finiteNumber.check(z.minimum(0))),
    /** The staff, one entry per person. */
    staff: maybe(z.array(outreachStaffMemberSchema)),
    /** Number of outreach workers (instead of `staff`). */
    headcount: maybe(countSchema),
    /** How many of them have social-work education (instead of `staff`). */
    socialWorkEducated: maybe(countSchema),
    /** Working time over one or more periods, judged as a whole. */
    fieldTime: maybe(outreachFieldTimePeriodsSchema),
    /** Field work is done in pairs, never alone. */
    workInPairs: maybeBoolean,
    /** With a single person, team work is secured some other way. */
    teamWorkSecuredOtherwise: maybeBoolean,
    /** A professional leader, or one with leadership or defined coordinator functions. */
    leaderOrCoordinator: maybeBoolean,
    /** The team has more than one gender. */
    mixedGender: maybeBoolean,
    /** Ethnicity was taken into account when composing the team. */
    ethnicityConsidered: maybeBoolean,
    /** Staff have access to supervision (veiledning) and reflection. */
    supervision: maybeBoolean,
    /** The five structural success criteria. */
    structure: maybe(outreachStructureSchema),
    /** The five material minimum standards. */
    material: maybe(outreachMaterialSchema),
    /** What the service's mandate states. */
    mandate: maybe(outreachMandateSchema),
  }),
);

export type OutreachTargetGroupInput = z.input<typeof outreachPersonSchema>;
export type OutreachAgeBandInput = z.input<typeof outreachAgeBandSchema>;
export type OutreachPrevalenceInput = z.input<typeof outreachPrevalenceSchema>;
export type OutreachStaffingInput = z.input<typeof outreachStaffingSchema>;
export type OutreachFieldTimePeriod = z.input<typeof outreachFieldTimePeriodSchema>;
/** One period, or a list of periods judged as a whole. */
export type OutreachFieldTimeShareInput = OutreachFieldTimePeriod | readonly OutreachFieldTimePeriod[];
export type OutreachVoluntaryFollowUpInput = z.input<typeof outreachVoluntarySchema>;
export type OutreachDocumentationInput = z.input<typeof outreachDocumentationSchema>;
export type OutreachStaffMember = z.input<typeof outreachStaffMemberSchema>;
export type OutreachStructure = z.input<typeof outreachStructureSchema>;
export type OutreachMaterial = z.input<typeof outreachMaterialSchema>;
export type OutreachMandate = z.input<typeof outreachMandateSchema>;
export type OutreachAssessServiceInput = z.input<typeof outreachServiceSchema>;
