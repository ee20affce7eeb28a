import * as z from "zod/mini";
import { guarded } from "../core/guard.js";
import { birthDateSchema } from "../core/person.js";
import { maybe, maybeBoolean } from "../core/schema.js";

/**
 * Legal bases other than consent, the duty to report and anonymisation on which a public
 * service may share confidential information: `none`; `public-body`, forvaltningsloven
 * § 13 b første ledd nr. 5 (to other public bodies: a person's connection with the
 * service, decisions made); `report-offence`, nr. 6 (reporting breaches of the law to the
 * prosecuting or supervisory authority); `avert-danger`, nr. 7 (as far as necessary to
 * avert danger to life or health); `duty-to-avert`, straffeloven § 196 (the duty to avert
 * certain serious crimes). Each basis's limit is in `CONSENT_OTHER_LEGAL_BASES`.
 */
export const consentOtherLegalBasisSchema = z.enum([
  "none",
  "public-body",
  "report-offence",
  "avert-danger",
  "duty-to-avert",
]);

/** The facts `consentToShare` reads. Every fact may be absent or `null` (unknown). */
export const consentToShareSchema = /* @__PURE__ */ guarded(
  z.strictObject({
    /** Birth date; the age decides who consents. */
    birthDate: maybe(birthDateSchema),
    /** The young person is named or can be identified in what is discussed. */
    identifiable: maybeBoolean,
    /** The duty to report to child welfare (opplysningsplikt) has been triggered. */
    dutyToReport: maybeBoolean,
    /**
     * Another legal basis for sharing without consent, as the service judges it: `none`,
     * `public-body` (forvaltningsloven § 13 b første ledd nr. 5), `report-offence` (nr. 6),
     * `avert-danger` (nr. 7) or `duty-to-avert` (straffeloven § 196).
     */
    otherLegalBasis: maybe(consentOtherLegalBasisSchema),
  }),
);

/**
 * The kinds of information a service may be asked to pass on to the guardians:
 * `vital` (livsviktig), `whereabouts` (where the young person is staying), `serious`
 * (not vital, but serious enough to weigh), `other`, and `agreed` (what the young person
 * has agreed may be discussed with the parents). Each kind's source is in
 * `CONSENT_INFORMATION_KINDS`.
 */
export const consentInformationKindSchema = z.enum(["vital", "whereabouts", "serious", "other", "agreed"]);

/** The facts `consentGuardianDisclosure` reads. Every fact may be absent or `null` (unknown). */
export const consentGuardianDisclosureSchema = /* @__PURE__ */ guarded(
  z.strictObject({
    /** Birth date; the age band decides what the guardians may be told. */
    birthDate: maybe(birthDateSchema),
    /** The kind of information the guardians might be told. */
    information: maybe(consentInformationKindSchema),
  }),
);

/** The facts `consentTimeline` reads: the birth date, which it cannot do without. */
export const consentTimelineSchema = /* @__PURE__ */ guarded(
  z.strictObject({
    /** Birth date; every threshold is reached on a birthday. */
    birthDate: birthDateSchema,
  }),
);

export type ConsentToShareInput = z.input<typeof consentToShareSchema>;
export type ConsentInformationKind = z.output<typeof consentInformationKindSchema>;
export type ConsentOtherLegalBasis = z.output<typeof consentOtherLegalBasisSchema>;
export type ConsentGuardianDisclosureInput = z.input<typeof consentGuardianDisclosureSchema>;
export type ConsentTimelineInput = z.input<typeof consentTimelineSchema>;
