import { match } from "ts-pattern";
import { ageOn, birthdayOrNull } from "../core/dates.js";
import type { Decision } from "../core/decision.js";
import type { EvaluationOptions } from "../core/evaluation.js";
import { birthCheck } from "../core/person.js";
import { anyOf, defineRule, factIs, needsOf, type Reason } from "../core/rule.js";
import { SEED } from "../core/sources.js";
import type { IsoDate } from "../core/types.js";
import { CONSENT_ANONYMOUS_FORUM } from "./anonymous-forum.js";
import { AS_APPLIED_BY_GUIDE, CONSENT } from "./area.js";
import { CONSENT_DUTY_TO_REPORT } from "./duty-to-report.js";
import { CONSENT_SHARE_AGE } from "./parameters.js";
import { type ConsentToShareInput, consentToShareSchema } from "./schemas.js";

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
    nb: "Så lenge opplysningsplikten til barnevernet ikke er utløst, krever det samtykke å drøfte en navngitt eller identifiserbar ung person med andre instanser (barnevern, politi, ansatte på skolen): fra ungdommen selv fra 16 år, fra de foresatte under 16 år. Det som dokumenteres, skal samsvare med det som er samtykket til (outreach.documentation).",
    nn: "Så lenge opplysningsplikta til barnevernet ikkje er utløyst, krev det samtykke å drøfte ein namngitt eller identifiserbar ung person med andre instansar (barnevern, politi, tilsette på skulen): frå ungdommen sjølv frå 16 år, frå dei føresette under 16 år. Det som blir dokumentert, skal samsvare med det som er samtykt til (outreach.documentation).",
    en: "While the duty to report to child welfare has not been triggered, discussing a named or identifiable young person with another agency (child welfare, police, school staff) requires consent: from the young person from 16, from the guardians under 16. What is documented must match what was consented to (outreach.documentation).",
  },
  strength: "statute",
  strengthNote: AS_APPLIED_BY_GUIDE,
  sources: [
    {
      ref: SEED.losuGuide,
      locator:
        "«Så lenge meldeplikten ikke er utløst, gjelder lovverkets krav om taushetsplikt. Det betyr at hvis navngitte unge skal diskuteres, er det en forutsetning at det foreligger samtykke fra ungdommen det gjelder eller dennes foresatte dersom ungdommen er under 16 år.»",
    },
    { ref: "forvaltningsloven § 13 a nr. 1", locator: "consent lifts the duty of confidentiality" },
    {
      ref: SEED.losuGuide,
      locator: "«det som dokumenteres, er i samsvar med det klienten har samtykket til» (outreach.documentation)",
    },
  ],
  parameters: [CONSENT_SHARE_AGE],
  interpretation: {
    nb: "«Dersom ungdommen er under 16 år» leses i fullførte år: de foresatte samtykker til dagen før 16-årsdagen, ungdommen fra 16-årsdagen (parameteren `consent.share-consent-age`). Regelen gjelder både oppsøkende tjenester og OT. Forvaltningsloven § 13 a nevner ingen alder; 16 år er veilederens, og samsvarer med den helserettslige myndighetsalderen.",
    nn: "«Dersom ungdommen er under 16 år» er lese i fullførte år: dei føresette samtykkjer til dagen før 16-årsdagen, ungdommen frå 16-årsdagen (parameteren `consent.share-consent-age`). Regelen gjeld både oppsøkjande tenester og OT. Forvaltningslova § 13 a nemner ingen alder; 16 år er frå rettleiaren, og samsvarer med den helserettslege myndigheitsalderen.",
    en: "“Dersom ungdommen er under 16 år” is read in completed years: the guardians consent until the day before the 16th birthday, the young person from the 16th birthday (parameter `consent.share-consent-age`). The rule applies to outreach services and OT alike. Forvaltningsloven § 13 a names no age; 16 is the guide's, and matches the age of consent to health care.",
  },
  evaluatedBy: "consentToShare",
});

/**
 * Who must consent: `youth` (from the 16th birthday), `guardians` (before it),
 * `not-needed` (not identifiable, or the duty to report applies), or `unknown` while a
 * fact that could change the answer is missing (`needs` names it).
 */
export type ConsentToShareOutcome = "youth" | "guardians" | "not-needed" | "unknown";

/** Why consent is not needed. */
export type ConsentExemption = "not-identifiable" | "duty-to-report";

/** What `consentToShare` reports beside the outcome. */
export type ConsentToShareDetails = {
  /** Completed years on `asOf` (`null` when the birth date is unknown). */
  readonly age: number | null;
  /** The age from which the young person consents (`consent.share-consent-age`). */
  readonly consentAge: number;
  /** The birthday from which the young person consents themselves. */
  readonly youthConsentsFrom: IsoDate | null;
  /** Why consent is not needed, when it is not. */
  readonly exemption: ConsentExemption | null;
  /** Where the information may go: `child-welfare` (and only there) under the duty to report. */
  readonly onlyTo: "child-welfare" | null;
};

/**
 * Who must consent before an outreach or OT worker discusses a young person with another
 * agency (child welfare, police, school staff). The young person consents from their 16th
 * birthday, the guardians before it. Consent is `not-needed` when the person is not
 * identifiable (anonymised cases in forums such as SLT) or when the duty to report to
 * child welfare applies; then `details.onlyTo` is `"child-welfare"`: the information
 * goes there and nowhere else. Unknown facts give `unknown` with `needs`, unless a known
 * fact already decides. Rules `consent.share-with-agency`, `consent.anonymous-forum`,
 * `consent.duty-to-report`.
 *
 * @example
 * consentToShare({ birthDate: "2010-09-01", identifiable: true, dutyToReport: false }, { asOf: "2026-08-31" }).outcome
 * // "guardians" (15 years old; details.youthConsentsFrom "2026-09-01")
 * consentToShare({ birthDate: "2010-09-01", identifiable: true, dutyToReport: false }, { asOf: "2026-09-01" }).outcome
 * // "youth"
 * consentToShare({ birthDate: "2012-03-14", identifiable: true, dutyToReport: true }, { asOf: "2026-01-10" })
 * // outcome "not-needed", details.exemption "duty-to-report", details.onlyTo "child-welfare"
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
  const reasons: Reason[] = [anonymous, duty];
  const exempt = anyOf([anonymous.status, duty.status]);
  if (exempt === "holds") {
    // The duty to report names the only recipient, so it is the exemption to report
    // when an anonymised case also triggers it.
    const exemption: ConsentExemption = duty.status === "holds" ? "duty-to-report" : "not-identifiable";
    return ev.decide(rule, "not-needed", reasons, [], {
      age,
      consentAge,
      youthConsentsFrom,
      exemption,
      onlyTo: exemption === "duty-to-report" ? "child-welfare" : null,
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
  const outcome: ConsentToShareOutcome =
    exempt === "unknown"
      ? "unknown"
      : match(youth.status)
          .with("holds", () => "youth" as const)
          .with("fails", () => "guardians" as const)
          .with("unknown", () => "unknown" as const)
          .exhaustive();
  const needs = outcome === "unknown" ? needsOf(reasons) : [];
  return ev.decide(rule, outcome, reasons, needs, {
    age,
    consentAge,
    youthConsentsFrom,
    exemption: null,
    onlyTo: null,
  });
}
