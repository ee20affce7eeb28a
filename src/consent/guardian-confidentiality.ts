import { match } from "ts-pattern";
import { argError } from "../core/args.js";
import { ageOn, birthdayOrNull } from "../core/dates.js";
import type { Decision } from "../core/decision.js";
import { Evaluation, type EvaluationOptions } from "../core/evaluation.js";
import { birthCheck } from "../core/person.js";
import { defineRule, type Reason } from "../core/rule.js";
import { cite } from "../core/sources.js";
import type { IsoDate, Localized, Source, Status } from "../core/types.js";
import { CONSENT, GUIDE_AGES } from "./area.js";
import { CONSENT_MAJORITY } from "./majority.js";
import { CONSENT_OTHER_LEGAL_BASES, CONSENT_OTHER_LEGAL_BASIS } from "./other-legal-basis.js";
import {
  CONSENT_GUARDIAN_CONFIDENTIALITY_AGES,
  CONSENT_GUARDIAN_CONFIDENTIALITY_FROM,
  CONSENT_MAJORITY_AGE,
  CONSENT_VITAL_INFORMATION,
  type ConsentVitalInformationReading,
} from "./parameters.js";
import {
  type ConsentGuardianDisclosureInput,
  type ConsentInformationKind,
  consentGuardianDisclosureSchema,
} from "./schemas.js";

/** `consent.guardian-confidentiality`: what the service may tell the guardians, by age and kind of information. */
export const CONSENT_GUARDIAN_CONFIDENTIALITY = defineRule({
  id: "consent.guardian-confidentiality",
  area: "consent",
  title: {
    nb: "Taushetsplikt overfor foresatte",
    nn: "Teieplikt overfor føresette",
    en: "Confidentiality towards the guardians",
  },
  summary: {
    nb: "Den oppsøkende ungdomstjenesten har taushetsplikt overfor foresatte til ungdom over 15 år, unntatt livsviktig informasjon og informasjon om hvor ungdommen oppholder seg. Fram til 18 år skal foresatte kunne utøve foreldreansvaret, så om de skal informeres, er et skjønnsspørsmål knyttet til hvor alvorlig opplysningen er. Med de yngste avtaler man hva som kan snakkes åpent om med foreldrene.",
    nn: "Den oppsøkjande ungdomstenesta har teieplikt overfor føresette til ungdom over 15 år, unnateke livsviktig informasjon og informasjon om kvar ungdommen oppheld seg. Fram til 18 år skal føresette kunne utøve foreldreansvaret, så om dei skal informerast, er eit skjønnsspørsmål knytt til kor alvorleg opplysninga er. Med dei yngste avtaler ein kva som kan snakkast ope om med foreldra.",
    en: "The outreach service has a duty of confidentiality towards the guardians of youth over 15, except for vital information and information about where the young person is. Until 18 the guardians must be able to exercise parental responsibility, so informing them is a discretionary judgement tied to how serious the information is. With the youngest, agree what may be discussed with the parents.",
  },
  strength: "recommendation",
  strengthNote: GUIDE_AGES,
  sources: [
    {
      ref: "losu-korus-veileder",
      locator:
        "«Den oppsøkende ungdomstjenesten har taushetsplikt overfor foresatte til ungdom over 15 år. Taushetsplikten gjelder ikke livsviktig informasjon eller informasjon om ungdommens oppholdssted.»",
    },
    {
      ref: "losu-korus-veileder",
      locator:
        "«Foresatte skal kunne sikres muligheten til å utføre sitt foreldreansvar fram til den unge fyller 18 år. Informasjonsplikten er derfor et skjønnsspørsmål som kan knyttes til informasjonens alvorlighetsgrad.»",
    },
    {
      ref: "losu-korus-veileder",
      locator:
        "«man blir enige med de yngste ungdommene om hva som kan snakkes åpent om med foreldrene, og hva som er privat»",
    },
    { ref: "forvaltningsloven/13a-1", locator: "consent lifts the duty of confidentiality" },
  ],
  parameters: [CONSENT_GUARDIAN_CONFIDENTIALITY_FROM, CONSENT_VITAL_INFORMATION, CONSENT_MAJORITY_AGE],
  interpretation: {
    nb: "Regelen er de oppsøkende tjenestenes praksis slik LOSU-veilederen beskriver den, og derfor en anbefaling: ingen lov setter 15 år for disse tjenestene (forvaltningsloven § 13 a nevner ingen alder; de nærmeste lovfestede grensene er 12 og 16 år i pasient- og brukerrettighetsloven § 3-4 og 16 år i § 4-3). Myndighetsalderen (18 år) og livsviktig informasjon (forvaltningsloven § 13 b første ledd nr. 7) er lov. «Over 15 år» leses som fra 15-årsdagen; verdien «16th-birthday» av `consent.guardian-confidentiality-from` velger 16-årsdagen. «Taushetsplikten gjelder ikke livsviktig informasjon» leses som at tjenesten kan informere; verdien «must-inform» av `consent.vital-information` gjør det til en plikt. Biblioteket svarer aldri «må informeres» om annet: «informasjonsplikten er et skjønnsspørsmål», så alvorlige opplysninger gir «vurdering trengs». Før alderen for taushetsplikt kan foresatte informeres. Fra 18 år er alt taushetsbelagt overfor foresatte, med mindre ungdommen samtykker (`agreed`), unntatt livsviktig informasjon: den kan deles «så langt det er nødvendig for å unngå fare for liv eller helse» (forvaltningsloven § 13 b første ledd nr. 7, consent.other-legal-basis), så livsviktig informasjon er aldri bare taushetsbelagt.",
    nn: "Regelen er praksisen til dei oppsøkjande tenestene slik LOSU-rettleiaren skildrar han, og difor ei tilråding: inga lov set 15 år for desse tenestene (forvaltningslova § 13 a nemner ingen alder; dei næraste lovfesta grensene er 12 og 16 år i pasient- og brukarrettslova § 3-4 og 16 år i § 4-3). Myndigheitsalderen (18 år) og livsviktig informasjon (forvaltningslova § 13 b første ledd nr. 7) er lov. «Over 15 år» er lese som frå 15-årsdagen; verdien «16th-birthday» av `consent.guardian-confidentiality-from` vel 16-årsdagen. «Taushetsplikten gjelder ikke livsviktig informasjon» er lese som at tenesta kan informere; verdien «must-inform» av `consent.vital-information` gjer det til ei plikt. Biblioteket svarer aldri «må informerast» om anna: «informasjonsplikten er et skjønnsspørsmål», så alvorlege opplysningar gir «vurdering trengst». Før alderen for teieplikt kan føresette informerast. Frå 18 år er alt teiepliktig overfor føresette, med mindre ungdommen samtykkjer (`agreed`), unnateke livsviktig informasjon: ho kan delast «så langt det er nødvendig for å unngå fare for liv eller helse» (forvaltningslova § 13 b første ledd nr. 7, consent.other-legal-basis), så livsviktig informasjon er aldri berre teiepliktig.",
    en: "The rule is the outreach services' practice as the LOSU guide states it, so a recommendation: no statute sets 15 for these services (forvaltningsloven § 13 a names no age; the closest statutory limits are 12 and 16 in pasient- og brukerrettighetsloven § 3-4 and 16 in § 4-3). The age of majority (18) and vital information (forvaltningsloven § 13 b første ledd nr. 7) are statute. “Over 15 år” is read as from the 15th birthday; the value “16th-birthday” of `consent.guardian-confidentiality-from` selects the 16th. “Taushetsplikten gjelder ikke livsviktig informasjon” is read as a permission; the value “must-inform” of `consent.vital-information` makes it a duty. The library never answers “must inform” for anything else: “informasjonsplikten er et skjønnsspørsmål”, so serious information gives “judgement needed”. Before the confidentiality age guardians may be informed. From 18 everything is confidential towards the guardians unless the young person consents (`agreed`), except vital information: it may be shared «så langt det er nødvendig for å unngå fare for liv eller helse» (forvaltningsloven § 13 b første ledd nr. 7, consent.other-legal-basis), so vital information is never plainly confidential.",
  },
  evaluatedBy: "consentGuardianDisclosure",
});

/** A kind of information, what it means and where the rule for it comes from. */
export interface ConsentInformationKindDef {
  readonly kind: ConsentInformationKind;
  readonly title: Localized;
  readonly source: Source;
}

/** Every kind of information `consentGuardianDisclosure` knows, with its source. */
export const CONSENT_INFORMATION_KINDS: Readonly<Record<ConsentInformationKind, ConsentInformationKindDef>> = {
  vital: {
    kind: "vital",
    title: { nb: "livsviktig informasjon", nn: "livsviktig informasjon", en: "vital information" },
    source: cite("losu-korus-veileder", "«Taushetsplikten gjelder ikke livsviktig informasjon»"),
  },
  whereabouts: {
    kind: "whereabouts",
    title: {
      nb: "hvor ungdommen oppholder seg",
      nn: "kvar ungdommen oppheld seg",
      en: "where the young person is staying",
    },
    source: cite("losu-korus-veileder", "«eller informasjon om ungdommens oppholdssted»"),
  },
  serious: {
    kind: "serious",
    title: {
      nb: "alvorlig, men ikke livsviktig informasjon",
      nn: "alvorleg, men ikkje livsviktig informasjon",
      en: "serious but not vital information",
    },
    source: cite(
      "losu-korus-veileder",
      "«Informasjonsplikten er derfor et skjønnsspørsmål som kan knyttes til informasjonens alvorlighetsgrad.»",
    ),
  },
  other: {
    kind: "other",
    title: { nb: "annen informasjon", nn: "anna informasjon", en: "other information" },
    source: cite("losu-korus-veileder", "«taushetsplikt overfor foresatte til ungdom over 15 år»"),
  },
  agreed: {
    kind: "agreed",
    title: {
      nb: "det ungdommen har sagt seg enig i at kan deles med foreldrene",
      nn: "det ungdommen har sagt seg samd i at kan delast med foreldra",
      en: "what the young person has agreed may be shared with the parents",
    },
    source: cite(
      "losu-korus-veileder",
      "«man blir enige med de yngste ungdommene om hva som kan snakkes åpent om med foreldrene»",
    ),
  },
};

const KINDS = Object.keys(CONSENT_INFORMATION_KINDS) as ConsentInformationKind[];

/**
 * The three age bands: before the confidentiality age (guardians may be informed), from
 * it until majority (confidential but for exemptions and judgement), and of age.
 */
export type ConsentAgeBand = "before-confidentiality" | "until-majority" | "of-age";

const BANDS: readonly ConsentAgeBand[] = ["before-confidentiality", "until-majority", "of-age"];

/**
 * What the guardians may be told: `may-inform`, `must-inform` (only vital information
 * under the `must-inform` reading of `consent.vital-information`), `confidential`,
 * `judgement-needed` (serious information between the confidentiality age and 18), or
 * `unknown` while a fact that could change the answer is missing.
 */
export type ConsentGuardianDisclosureOutcome =
  | "may-inform"
  | "must-inform"
  | "confidential"
  | "judgement-needed"
  | "unknown";

/** What `consentGuardianDisclosure` reports beside the outcome. */
export type ConsentGuardianDisclosureDetails = {
  readonly age: number | null;
  readonly band: ConsentAgeBand | null;
  readonly information: ConsentInformationKind | null;
  /** The age confidentiality towards the guardians starts (15, or 16 under the other reading). */
  readonly confidentialityAge: number;
  /** The birthday it starts. */
  readonly confidentialFrom: IsoDate | null;
  readonly majorityAge: number;
  /** The 18th birthday: parental responsibility ends. */
  readonly majorityFrom: IsoDate | null;
  /** `confidential` now, but a judgement is needed if the information turns out to be serious. */
  readonly judgementIfSerious: boolean;
  /**
   * `avert-danger` for vital information, at every age: forvaltningsloven § 13 b første
   * ledd nr. 7 lets it be shared as far as necessary to avert danger to life or health
   * (the only basis from 18); `null` otherwise.
   */
  readonly otherLegalBasis: "avert-danger" | null;
};

const isEvaluation = (v: unknown): v is Evaluation => {
  try {
    return v instanceof Evaluation;
  } catch {
    return false; // a Proxy whose prototype trap throws
  }
};

/** The age confidentiality towards the guardians starts, under the reading in force of an evaluation in progress. */
export function consentGuardianConfidentialityAge(ev: Evaluation): number {
  if (!isEvaluation(ev)) {
    throw argError(
      "consentGuardianConfidentialityAge",
      "ev",
      "invalid_type",
      "must be an evaluation in progress (from begin)",
    );
  }
  return CONSENT_GUARDIAN_CONFIDENTIALITY_AGES[ev.param(CONSENT_GUARDIAN_CONFIDENTIALITY_FROM)];
}

/** The answer for one age band and one kind of information. */
function disclosureFor(
  band: ConsentAgeBand,
  kind: ConsentInformationKind,
  vital: () => ConsentVitalInformationReading,
): Exclude<ConsentGuardianDisclosureOutcome, "unknown"> {
  // Consent lifts confidentiality at every age (forvaltningsloven § 13 a nr. 1).
  if (kind === "agreed") return "may-inform";
  return (
    match(band)
      // From majority the guide's exemption for vital information no longer applies, but
      // forvaltningsloven § 13 b første ledd nr. 7 still lets the service share it as far as
      // necessary to avert danger to life or health: never plainly confidential.
      .with("of-age", () => (kind === "vital" ? ("may-inform" as const) : ("confidential" as const)))
      .with("before-confidentiality", () => (kind === "vital" ? vital() : ("may-inform" as const)))
      .with("until-majority", () =>
        match(kind)
          .with("vital", () => vital())
          .with("whereabouts", () => "may-inform" as const)
          .with("serious", () => "judgement-needed" as const)
          .with("other", () => "confidential" as const)
          .exhaustive(),
      )
      .exhaustive()
  );
}

const statusOf = (known: boolean, holds: boolean): Status => (!known ? "unknown" : holds ? "holds" : "fails");

/**
 * What the service may tell the guardians about a young person, by age and by kind of
 * information (`vital`, `whereabouts`, `serious`, `other`, `agreed`). Before the
 * confidentiality age (the 15th birthday; the 16th under the other reading of «over 15
 * år») the guardians may be informed. From it until 18, vital information and
 * whereabouts may be shared, serious information needs a judgement (parents' ability to
 * exercise parental responsibility until 18, weighed against the young person's trust),
 * and other information is confidential (a judgement if it turns out to be serious). From
 * 18 it is all confidential but vital information, which may be shared as far as necessary
 * to avert danger to life or health (forvaltningsloven § 13 b første ledd nr. 7, at every
 * age). What the young person agreed may be shared always may be. Rules
 * `consent.guardian-confidentiality`, `consent.majority` and `consent.other-legal-basis`.
 *
 * @example
 * consentGuardianDisclosure({ birthDate: "2010-09-01", information: "other" }, { asOf: "2026-01-10" })
 * // outcome "confidential", details.judgementIfSerious true (15 years old)
 * consentGuardianDisclosure({ birthDate: "2010-09-01", information: "whereabouts" }, { asOf: "2026-01-10" }).outcome
 * // "may-inform"
 * consentGuardianDisclosure({ birthDate: "2010-09-01", information: "serious" }, { asOf: "2026-01-10" }).outcome
 * // "judgement-needed"
 */
export function consentGuardianDisclosure(
  input: ConsentGuardianDisclosureInput,
  options: EvaluationOptions,
): Decision<ConsentGuardianDisclosureOutcome, ConsentGuardianDisclosureDetails> {
  const { ev, input: p } = CONSENT.begin(
    "consentGuardianDisclosure",
    consentGuardianDisclosureSchema,
    input,
    options,
    birthCheck,
  );
  const rule = CONSENT_GUARDIAN_CONFIDENTIALITY;
  // «over 15 år»: from the 15th birthday by default; "16th-birthday" in
  // `consent.guardian-confidentiality-from` selects the strict reading.
  const reading = ev.param(CONSENT_GUARDIAN_CONFIDENTIALITY_FROM);
  const confidentialityAge = CONSENT_GUARDIAN_CONFIDENTIALITY_AGES[reading];
  const majorityAge = ev.param(CONSENT_MAJORITY_AGE);
  const birthDate = p.birthDate ?? null;
  const kind = p.information ?? null;
  const age = birthDate === null ? null : ageOn(birthDate, ev.asOf);
  const confidentialFrom = birthDate === null ? null : birthdayOrNull(birthDate, confidentialityAge);
  const majorityFrom = birthDate === null ? null : birthdayOrNull(birthDate, majorityAge);
  const band: ConsentAgeBand | null =
    age === null
      ? null
      : age >= majorityAge
        ? "of-age"
        : age >= confidentialityAge
          ? "until-majority"
          : "before-confidentiality";
  // Read only when vital information under 18 is possible, so a decision lists only the
  // parameters that could matter to it.
  const vital = () => ev.param(CONSENT_VITAL_INFORMATION);

  const reasons: Reason[] = [
    ev.reason(
      rule,
      "confidentiality-age",
      statusOf(age !== null, age !== null && age >= confidentialityAge),
      { age, confidentialityAge, reading, confidentialFrom },
      ["birthDate"],
    ),
    ev.reason(
      CONSENT_MAJORITY,
      "of-age",
      statusOf(age !== null, age !== null && age >= majorityAge),
      { age, majorityAge, majorityFrom },
      ["birthDate"],
    ),
  ];

  const bands = band === null ? BANDS : [band];
  const kinds = kind === null ? KINDS : [kind];
  const possible = new Set<ConsentGuardianDisclosureOutcome>();
  for (const b of bands) for (const k of kinds) possible.add(disclosureFor(b, k, vital));
  const outcome: ConsentGuardianDisclosureOutcome = possible.size === 1 ? ([...possible][0] ?? "unknown") : "unknown";

  // A missing fact is needed only if it changes the answer for some value of the other.
  const varies = (outcomes: readonly ConsentGuardianDisclosureOutcome[]) => new Set(outcomes).size > 1;
  const needs: string[] = [];
  if (outcome === "unknown") {
    if (band === null && kinds.some((k) => varies(BANDS.map((b) => disclosureFor(b, k, vital))))) {
      needs.push("birthDate");
    }
    if (kind === null && bands.some((b) => varies(KINDS.map((k) => disclosureFor(b, k, vital))))) {
      needs.push("information");
    }
  }

  // The kind of information is explained where it matters: between the confidentiality
  // age and majority; before it only vital information can differ (under "must-inform"),
  // and from majority only the young person's consent can.
  if (kind === "agreed") {
    reasons.push(ev.reason(rule, "agreed-with-youth", "holds", { information: kind }));
  } else if (
    (kind === null && needs.includes("information")) ||
    (kind !== null && (bands.includes("until-majority") || (band === "before-confidentiality" && kind === "vital")))
  ) {
    reasons.push(
      ev.reason(
        rule,
        "exempt-information",
        statusOf(kind !== null, kind === "vital" || kind === "whereabouts"),
        { information: kind, vitalReading: kind === "vital" ? vital() : null },
        ["information"],
      ),
    );
    if (kind === "serious" || kind === "other") {
      reasons.push(
        ev.reason(rule, "serious", kind === "serious" ? "holds" : "fails", {
          information: kind,
          majorityAge,
          majorityFrom,
        }),
      );
    }
  }
  if (kind === "vital") {
    // At every age: the statutory basis, with its limit, beside the guide's exemption.
    reasons.push(
      ev.reason(CONSENT_OTHER_LEGAL_BASIS, "applies", "holds", {
        otherLegalBasis: "avert-danger",
        limit: CONSENT_OTHER_LEGAL_BASES["avert-danger"].limit,
        information: kind,
      }),
    );
  }
  return ev.decide(rule, outcome, reasons, needs, {
    age,
    band,
    information: kind,
    confidentialityAge,
    confidentialFrom,
    majorityAge,
    majorityFrom,
    judgementIfSerious: outcome === "confidential" && band === "until-majority" && kind === "other",
    otherLegalBasis: kind === "vital" ? "avert-danger" : null,
  });
}

/** Old name, kept only for `./messages.ts` until its rewrite into per-language catalogues; not exported by the package. */
export type GuardianDisclosureOutcome = ConsentGuardianDisclosureOutcome;

/** Old name, kept only for `./messages.ts` until its rewrite into per-language catalogues; not exported by the package. */
export const INFORMATION_KINDS = CONSENT_INFORMATION_KINDS;
