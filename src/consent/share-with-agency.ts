import { match } from "ts-pattern";
import { ageOn, birthdayOrNull } from "../core/dates.js";
import type { Decision } from "../core/decision.js";
import type { EvaluationOptions } from "../core/evaluation.js";
import { birthCheck } from "../core/person.js";
import { anyOf, defineRule, factIs, needsOf, type Reason } from "../core/rule.js";
import type { IsoDate } from "../core/types.js";
import { CONSENT_ANONYMOUS_FORUM } from "./anonymous-forum.js";
import { CONSENT } from "./area.js";
import { CONSENT_DUTY_TO_REPORT } from "./duty-to-report.js";
import { CONSENT_OTHER_LEGAL_BASES, CONSENT_OTHER_LEGAL_BASIS, type ConsentSharingLimit } from "./other-legal-basis.js";
import { CONSENT_SHARE_AGE } from "./parameters.js";
import { type ConsentOtherLegalBasis, type ConsentToShareInput, consentToShareSchema } from "./schemas.js";

/** `consent.share-with-agency`: who consents before a named young person is discussed with another agency. */
export const CONSENT_SHARE_WITH_AGENCY = defineRule({
  id: "consent.share-with-agency",
  area: "consent",
  strength: "recommendation",
  sources: [
    {
      ref: "losu-korus-veileder",
      locator:
        "«Så lenge meldeplikten ikke er utløst, gjelder lovverkets krav om taushetsplikt. Det betyr at hvis navngitte unge skal diskuteres, er det en forutsetning at det foreligger samtykke fra ungdommen det gjelder eller dennes foresatte dersom ungdommen er under 16 år.»",
    },
    { ref: "forvaltningsloven/13a-1", locator: "consent lifts the duty of confidentiality; names no age" },
    {
      ref: "losu-korus-veileder",
      locator: "«det som dokumenteres, er i samsvar med det klienten har samtykket til» (outreach.documentation)",
    },
    { ref: "pasient-og-brukerrettighetsloven/4-3", locator: "statutory analogue: consent to health care from 16" },
    { ref: "pasient-og-brukerrettighetsloven/3-4", locator: "statutory analogue: what parents are told, 12 and 16" },
  ],
  parameters: [CONSENT_SHARE_AGE],
  evaluatedBy: "consentToShare",
});

/**
 * Who must consent: `youth` (from the 16th birthday), `guardians` (before it),
 * `not-needed` (not identifiable, the duty to report applies, or another legal basis
 * does), or `unknown` while a fact that could change the answer is missing (`needs` names it).
 */
export type ConsentToShareOutcome = "youth" | "guardians" | "not-needed" | "unknown";

/** Why consent is not needed. */
export type ConsentExemption = "not-identifiable" | "duty-to-report" | "other-legal-basis";

/** What `consentToShare` reports beside the outcome. */
export type ConsentToShareDetails = {
  /** Completed years on `asOf` (`null` when the birth date is unknown). */
  readonly age: number | null;
  /** The age from which the young person consents (`consent.share-consent-age`). */
  readonly consentAge: number;
  /** The birthday from which the young person consents themselves. */
  readonly youthConsentsFrom: IsoDate | null;
  /**
   * Who consents if the sharing rests on consent: the outcome when it is `youth` or
   * `guardians`; while the outcome is `unknown`, who would consent if no exemption
   * applies (`null` when the age is unknown too); `null` when consent is not needed.
   */
  readonly consentBy: "youth" | "guardians" | null;
  /** Why consent is not needed, when it is not. */
  readonly exemption: ConsentExemption | null;
  /** The other legal basis that makes consent unnecessary, when that is the exemption. */
  readonly legalBasis: Exclude<ConsentOtherLegalBasis, "none"> | null;
  /** How far the exemption reaches: `to-child-welfare` under the duty to report, the basis's limit otherwise. */
  readonly limit: ConsentSharingLimit | null;
};

/**
 * Who must consent before an outreach or OT worker discusses a young person with another
 * agency (child welfare, police, school staff). The young person consents from their 16th
 * birthday, the guardians before it (the LOSU guide's age). Consent is `not-needed` when
 * the person is not identifiable (anonymised cases in forums such as SLT), when the duty
 * to report to child welfare applies (`details.limit` `"to-child-welfare"`: it covers what
 * is reported there), or when another legal basis applies (`otherLegalBasis`:
 * forvaltningsloven § 13 b første ledd nr. 5, 6 or 7, or straffeloven § 196; `details.limit`
 * says how far it reaches). Unknown facts give `unknown` with `needs`, unless a known fact
 * already decides; `details.consentBy` then still says who would consent. Rules
 * `consent.share-with-agency`, `consent.anonymous-forum`, `consent.duty-to-report`,
 * `consent.other-legal-basis`.
 *
 * @example
 * const named = { identifiable: true, dutyToReport: false, otherLegalBasis: "none" } as const;
 * consentToShare({ birthDate: "2010-09-01", ...named }, { asOf: "2026-08-31" }).outcome
 * // "guardians" (15 years old; details.youthConsentsFrom "2026-09-01")
 * consentToShare({ birthDate: "2010-09-01", ...named }, { asOf: "2026-09-01" }).outcome
 * // "youth"
 * consentToShare({ birthDate: "2012-03-14", identifiable: true, dutyToReport: true }, { asOf: "2026-01-10" })
 * // outcome "not-needed", details.exemption "duty-to-report", details.limit "to-child-welfare"
 * consentToShare({ birthDate: "2010-09-01", identifiable: true, dutyToReport: false }, { asOf: "2026-01-10" })
 * // outcome "unknown", needs ["otherLegalBasis"], details.consentBy "guardians"
 */
export function consentToShare(
  input: ConsentToShareInput,
  options: EvaluationOptions,
): Decision<ConsentToShareOutcome, ConsentToShareDetails> {
  const { ev, input: p } = CONSENT.begin("consentToShare", consentToShareSchema, input, options, birthCheck);
  const rule = CONSENT_SHARE_WITH_AGENCY;
  const consentAge = ev.param(CONSENT_SHARE_AGE);
  const birthDate = p.birthDate ?? null;
  const age = birthDate === null ? null : ageOn(birthDate, ev.asOf);
  const youthConsentsFrom = birthDate === null ? null : birthdayOrNull(birthDate, consentAge);
  const basis = p.otherLegalBasis ?? null;
  const basisDef = basis === null || basis === "none" ? null : CONSENT_OTHER_LEGAL_BASES[basis];

  const anonymous = ev.reason(
    CONSENT_ANONYMOUS_FORUM,
    "not-identifiable",
    factIs(p.identifiable, false),
    { identifiable: p.identifiable ?? null },
    ["identifiable"],
  );
  const duty = ev.reason(
    CONSENT_DUTY_TO_REPORT,
    "triggered",
    factIs(p.dutyToReport, true),
    { dutyToReport: p.dutyToReport ?? null },
    ["dutyToReport"],
  );
  const other = ev.reason(
    CONSENT_OTHER_LEGAL_BASIS,
    "applies",
    basis === null ? "unknown" : basisDef === null ? "fails" : "holds",
    { otherLegalBasis: basis, limit: basisDef?.limit ?? null },
    ["otherLegalBasis"],
  );
  const reasons: Reason[] = [anonymous, duty, other];
  const exempt = anyOf([anonymous.status, duty.status, other.status]);
  if (exempt === "holds") {
    // A basis that lets identifying information go somewhere is reported before
    // anonymisation: the duty to report first (a duty), then another legal basis.
    const exemption: ConsentExemption =
      duty.status === "holds" ? "duty-to-report" : basisDef !== null ? "other-legal-basis" : "not-identifiable";
    return ev.decide(rule, "not-needed", reasons, [], {
      age,
      consentAge,
      youthConsentsFrom,
      consentBy: null,
      exemption,
      legalBasis: exemption === "other-legal-basis" ? (basisDef?.basis ?? null) : null,
      limit:
        exemption === "duty-to-report"
          ? "to-child-welfare"
          : exemption === "other-legal-basis"
            ? (basisDef?.limit ?? null)
            : null,
    });
  }

  const youth = ev.reason(
    rule,
    "youth-consents",
    age === null ? "unknown" : age >= consentAge ? "holds" : "fails",
    { age, consentAge, youthConsentsFrom },
    ["birthDate"],
  );
  reasons.push(youth);
  const consentBy = match(youth.status)
    .with("holds", () => "youth" as const)
    .with("fails", () => "guardians" as const)
    .with("unknown", () => null)
    .exhaustive();
  const outcome: ConsentToShareOutcome = exempt === "unknown" || consentBy === null ? "unknown" : consentBy;
  const needs = outcome === "unknown" ? needsOf(reasons) : [];
  return ev.decide(rule, outcome, reasons, needs, {
    age,
    consentAge,
    youthConsentsFrom,
    consentBy,
    exemption: null,
    legalBasis: null,
    limit: null,
  });
}
