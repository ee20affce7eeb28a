import * as z from "zod/mini";
import { guarded } from "../core/guard.js";
import { birthDateSchema, birthYearSchema } from "../core/person.js";
import { given, isoDateSchema, maybe, maybeBoolean } from "../core/schema.js";

/** How a young person lost the right under the old rules (bortvisning / heving av kontrakt), or `none`. */
export const otLostRightSchema = z.enum(["expulsion", "contract-termination", "none"]);

/** The facts `otTargetGroup` reads. Every fact may be absent or `null` (unknown). */
export const otPersonSchema = /* @__PURE__ */ guarded(
  z.strictObject({
    /** Birth year; the age limit needs nothing more. */
    birthYear: maybe(birthYearSchema),
    /** Birth date; its year is used when `birthYear` is absent. */
    birthDate: maybe(birthDateSchema),
    /** Holds the right to upper secondary education for youth (ungdomsrett). */
    hasYouthRight: maybeBoolean,
    /** In education (i opplæring). */
    inEducation: maybeBoolean,
    /** In work (i arbeid). */
    inWork: maybeBoolean,
    /** Lost the right through expulsion or contract termination (old rules only). */
    lostRight: maybe(otLostRightSchema),
  }),
);

/** The facts `otCoverageEnd` reads: a birth year, or a birth date to take it from. */
export const otCoverageEndSchema = /* @__PURE__ */ guarded(
  z
    .strictObject({
      /** Birth year; the coverage ends with the calendar year of the upper age. */
      birthYear: maybe(birthYearSchema),
      /** Birth date; its year is used when `birthYear` is absent. */
      birthDate: maybe(birthDateSchema),
    })
    .check(
      z.refine((p) => p.birthYear != null || p.birthDate != null, {
        error: "is required (a whole number), or give birthDate",
        path: ["birthYear"],
        params: { code: "required", jsonSchema: { anyOf: [given("birthYear"), given("birthDate")] } },
      }),
    ),
);

/**
 * The facts `otContactTriggers` reads. Every fact may be absent or `null` (unknown), but
 * `acceptedPlace` only when a place was offered: with `offeredPlace: false` it must be
 * absent or `null`.
 */
export const otSituationSchema = /* @__PURE__ */ guarded(
  z.strictObject({
    /** Birth year: OT owes contact only within the age limit. */
    birthYear: maybe(birthYearSchema),
    /** Birth date; its year is used when `birthYear` is absent. */
    birthDate: maybe(birthDateSchema),
    /** Applied for upper secondary education. */
    applied: maybeBoolean,
    /** Was offered a student place or apprenticeship (new rules list "no place offered"). */
    offeredPlace: maybeBoolean,
    /** Accepted the place assigned. */
    acceptedPlace: maybeBoolean,
    /** Broke off education before completing it. */
    droppedOut: maybeBoolean,
    /** In work. */
    inWork: maybeBoolean,
    /** Lost the right through expulsion or contract termination (old rules only). */
    lostRight: maybe(otLostRightSchema),
  }),
);

/** One contact or attempt: `established: false` is an attempt with no reply. */
export const otContactSchema = z.strictObject({
  /** The day of the contact or attempt. */
  date: isoDateSchema,
  /** Contact was established (`false`: an attempt with no reply). */
  established: z.boolean(),
});

/** The facts `otYearlyContact` reads: the contact history. */
export const otYearlyContactSchema = /* @__PURE__ */ guarded(
  z.strictObject({
    /** Birth year: the duty ends with the age limit, and `dueBy` never passes it. */
    birthYear: maybe(birthYearSchema),
    /** Birth date; its year is used when `birthYear` is absent. */
    birthDate: maybe(birthDateSchema),
    /** Every contact and attempt so far, in any order (none after `asOf`). */
    contacts: z.array(otContactSchema),
  }),
);

/** The facts `otNotifyOnDropout` reads. */
export const otDropoutNoticeSchema = /* @__PURE__ */ guarded(
  z.strictObject({
    /** The day the pupil quit. */
    quitDate: isoDateSchema,
    /** The day OT in the home municipality was told; absent or `null` while not yet told. */
    notifiedDate: maybe(isoDateSchema),
  }),
);

/** An offer OT made: the day, and whether the young person accepted it (unknown while open). */
export const otOfferSchema = z.strictObject({
  /** The day the offer was given. */
  date: isoDateSchema,
  /** Whether the young person accepted it; absent or `null` while not known. */
  accepted: maybeBoolean,
});

/**
 * What the host's records show OT has done for the young person, each dated (none after
 * `asOf`). Absent or empty: nothing recorded, so every owed task is still to do.
 */
export const otDutiesHistorySchema = z.strictObject({
  /** The day the young person was entered in OT's running overview of the target group. */
  registeredOn: maybe(isoDateSchema),
  /** The day written information about their rights was given to the young person. */
  informedOn: maybe(isoDateSchema),
  /** The day the same written information was given to their guardians. */
  guardiansInformedOn: maybe(isoDateSchema),
  /** Every contact and attempt (`established: false` is an attempt with no reply). */
  contacts: z.optional(z.array(otContactSchema)),
  /** Every offer given. */
  offers: z.optional(z.array(otOfferSchema)),
  /** The days of follow-up (a guidance conversation, a visit) after an offer. */
  followUps: z.optional(z.array(isoDateSchema)),
});

/** The facts `otDuties` reads: what `otTargetGroup` reads, and the history of what was done. */
export const otDutiesSchema = /* @__PURE__ */ guarded(
  z.strictObject({
    /** Birth year; the age limit needs nothing more. */
    birthYear: maybe(birthYearSchema),
    /** Birth date: whether the guardians are owed information, and whether the young person decides on their own education, turn on birthdays. */
    birthDate: maybe(birthDateSchema),
    /** Holds the right to upper secondary education for youth (ungdomsrett). */
    hasYouthRight: maybeBoolean,
    /** In education (i opplæring). */
    inEducation: maybeBoolean,
    /** In work (i arbeid). */
    inWork: maybeBoolean,
    /** Lost the right through expulsion or contract termination (old rules only). */
    lostRight: maybe(otLostRightSchema),
    /** OT has judged that the young person who got an offer needs follow-up: the regulation owes it «ved behov» (as needed). */
    needsFollowUp: maybeBoolean,
    /** What OT has done so far; absent: nothing recorded. */
    history: z.optional(otDutiesHistorySchema),
  }),
);

export type OtTargetGroupInput = z.input<typeof otPersonSchema>;
/** A person as `otPersonSchema` outputs it: what the validated path takes. */
export type OtTargetGroupValidatedInput = z.output<typeof otPersonSchema>;
export type OtCoverageEndInput = z.input<typeof otCoverageEndSchema>;
export type OtContactTriggersInput = z.input<typeof otSituationSchema>;
export type OtContact = z.input<typeof otContactSchema>;
export type OtYearlyContactInput = z.input<typeof otYearlyContactSchema>;
export type OtNotifyOnDropoutInput = z.input<typeof otDropoutNoticeSchema>;
export type OtLostRight = z.output<typeof otLostRightSchema>;
export type OtOffer = z.input<typeof otOfferSchema>;
export type OtDutiesHistory = z.input<typeof otDutiesHistorySchema>;
export type OtDutiesInput = z.input<typeof otDutiesSchema>;
