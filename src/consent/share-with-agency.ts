import { match } from "ts-pattern";
import { ageOn, birthdayOrNull } from "../core/dates.js";
import type { Decision } from "../core/decision.js";
import type { EvaluationOptions } from "../core/evaluation.js";
import { birthCheck } from "../core/person.js";
import { anyOf, defineRule, factIs, needsOf, type Reason } from "../core/rule.js";
import type { IsoDate } from "../core/types.js";
import { CONSENT_ANONYMOUS_FORUM } from "./anonymous-forum.js";
import { CONSENT, GUIDE_AGES } from "./area.js";
import { CONSENT_DUTY_TO_REPORT } from "./duty-to-report.js";
import { CONSENT_OTHER_LEGAL_BASES, CONSENT_OTHER_LEGAL_BASIS, type ConsentSharingLimit } from "./other-legal-basis.js";
import { CONSENT_SHARE_AGE } from "./parameters.js";
import { type ConsentOtherLegalBasis, type ConsentToShareInput, consentToShareSchema } from "./schemas.js";

/** `consent.share-with-agency`: who consents before a named young person is discussed with another agency. */
export const CONSENT_SHARE_WITH_AGENCY = defineRule({
  id: "consent.share-with-agency",
  area: "consent",
  title: {
    nb: "Samtykke til å drøfte en ung person med andre instanser",
    nn: "Samtykke til å drøfte ein ung person med andre instansar",
    en: "Consent to discuss a young person with another agency",
  },
  summary: {
    nb: "Med mindre opplysningsplikten til barnevernet eller et annet lovlig grunnlag (consent.other-legal-basis) gir adgang til å dele, krever det samtykke å drøfte en navngitt eller identifiserbar ung person med andre instanser (barnevern, politi, ansatte på skolen): fra ungdommen selv fra 16 år, fra de foresatte under 16 år. Det som dokumenteres, skal samsvare med det som er samtykket til (outreach.documentation).",
    nn: "Med mindre opplysningsplikta til barnevernet eller eit anna lovleg grunnlag (consent.other-legal-basis) gir høve til å dele, krev det samtykke å drøfte ein namngitt eller identifiserbar ung person med andre instansar (barnevern, politi, tilsette på skulen): frå ungdommen sjølv frå 16 år, frå dei føresette under 16 år. Det som blir dokumentert, skal samsvare med det som er samtykt til (outreach.documentation).",
    en: "Unless the duty to report to child welfare or another legal basis (consent.other-legal-basis) allows sharing, discussing a named or identifiable young person with another agency (child welfare, police, school staff) requires consent: from the young person from 16, from the guardians under 16. What is documented must match what was consented to (outreach.documentation).",
  },
  strength: "recommendation",
  strengthNote: GUIDE_AGES,
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
  interpretation: {
    nb: "«Dersom ungdommen er under 16 år» leses i fullførte år: de foresatte samtykker til dagen før 16-årsdagen, ungdommen fra 16-årsdagen (parameteren `consent.share-consent-age`). Regelen er de oppsøkende tjenestenes praksis slik LOSU-veilederen beskriver den, og derfor en anbefaling; for OT er den en analogi. Ingen lov setter en alder for samtykke til deling for disse tjenestene: forvaltningsloven § 13 a nr. 1 lar den opplysningene gjelder samtykke, men nevner ingen alder. De nærmeste lovfestede aldersgrensene er i helseretten: pasient- og brukerrettighetsloven § 4-3 (samtykke til helsehjelp fra 16 år) og § 3-4 (hva foreldrene får vite: fra 12 år kan pasienten be om at de ikke får opplysninger, fra 16 år får de bare det som trengs for å ivareta foreldreansvaret). 16 år samsvarer med den helserettslige myndighetsalderen.",
    nn: "«Dersom ungdommen er under 16 år» er lese i fullførte år: dei føresette samtykkjer til dagen før 16-årsdagen, ungdommen frå 16-årsdagen (parameteren `consent.share-consent-age`). Regelen er praksisen til dei oppsøkjande tenestene slik LOSU-rettleiaren skildrar han, og difor ei tilråding; for OT er han ein analogi. Inga lov set ein alder for samtykke til deling for desse tenestene: forvaltningslova § 13 a nr. 1 lèt den opplysningane gjeld, samtykkje, men nemner ingen alder. Dei næraste lovfesta aldersgrensene er i helseretten: pasient- og brukarrettslova § 4-3 (samtykke til helsehjelp frå 16 år) og § 3-4 (kva foreldra får vite: frå 12 år kan pasienten be om at dei ikkje får opplysningar, frå 16 år får dei berre det som trengst for å ta vare på foreldreansvaret). 16 år samsvarer med den helserettslege myndigheitsalderen.",
    en: "“Dersom ungdommen er under 16 år” is read in completed years: the guardians consent until the day before the 16th birthday, the young person from the 16th birthday (parameter `consent.share-consent-age`). The rule is the outreach services' practice as the LOSU guide states it, so a recommendation; for OT it is an analogy. No statute sets an age of consent to sharing for these services: forvaltningsloven § 13 a nr. 1 lets the person concerned consent but names no age. The closest statutory ages are in health law: pasient- og brukerrettighetsloven § 4-3 (consent to health care from 16) and § 3-4 (what parents are told: from 12 the patient may ask that they are not told, from 16 they get only what parental responsibility needs). 16 matches the age of consent to health care.",
  },
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
