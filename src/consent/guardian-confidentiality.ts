import { match } from "ts-pattern";
import { argError } from "../core/args.js";
import { ageOn, birthdayOrNull } from "../core/dates.js";
import type { Decision } from "../core/decision.js";
import { Evaluation, type EvaluationOptions } from "../core/evaluation.js";
import { birthCheck } from "../core/person.js";
import { defineRule, type Reason } from "../core/rule.js";
import { cite } from "../core/sources.js";
import type { IsoDate, Source, Status } from "../core/types.js";
import { CONSENT } from "./area.js";
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
  strength: "recommendation",
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
  evaluatedBy: "consentGuardianDisclosure",
});

/** A kind of information, what it means and where the rule for it comes from. */
export interface ConsentInformationKindDef {
  readonly kind: ConsentInformationKind;
  readonly source: Source;
}

/** Every kind of information `consentGuardianDisclosure` knows, with its source. */
export const CONSENT_INFORMATION_KINDS: Readonly<Record<ConsentInformationKind, ConsentInformationKindDef>> = {
  vital: {
    kind: "vital",
    source: cite("losu-korus-veileder", "«Taushetsplikten gjelder ikke livsviktig informasjon»"),
  },
  whereabouts: {
    kind: "whereabouts",
    source: cite("losu-korus-veileder", "«eller informasjon om ungdommens oppholdssted»"),
  },
  serious: {
    kind: "serious",
    source: cite(
      "losu-korus-veileder",
      "«Informasjonsplikten er derfor et skjønnsspørsmål som kan knyttes til informasjonens alvorlighetsgrad.»",
    ),
  },
  other: {
    kind: "other",
    source: cite("losu-korus-veileder", "«taushetsplikt overfor foresatte til ungdom over 15 år»"),
  },
  agreed: {
    kind: "agreed",
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
