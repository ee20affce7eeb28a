import { cap, dateOf, num } from "../../core/format.js";
import { deepFreeze } from "../../core/freeze.js";
import {
  criterionConditions,
  criterionMessages,
  type MandateId,
  type MaterialId,
  n2,
  type OutreachRulebook,
  type OutreachTexts,
  obj,
  pct,
  range,
  type S3,
  type StructureId,
  textList,
} from "./keys.js";

/** The criteria for how a service is organised. */
const STRUCTURE: Readonly<Record<StructureId, string>> = {
  "mandate-defined": "mandat og oppgaver klart definert politisk eller på rådmannsnivå",
  "field-time-frame": "klare rammer for forholdet mellom oppsøkende og oppfølgende arbeid (20–40 % utetid)",
  "independent-basis": "rom og tid til å arbeide på et selvstendig faglig grunnlag",
  "not-case-workers": "vern mot å bli trukket inn som saksbehandlere for barnevernet eller andre instanser",
  "responsibilities-clarified": "ansvar og myndighet avklart mellom tjenestens leder og overordnet ledelse",
};

/** The material conditions of a service. */
const MATERIAL: Readonly<Record<MaterialId, string>> = {
  "operating-budget": "eget driftsbudsjett",
  car: "egen kommunal tjenestebil eller faste avtaler om lån av bil",
  premises: "egne egnede lokaler atskilt fra øvrige kommunale kontorer",
  "mobile-phones": "mobiltelefon til hver ansatt",
  "data-storage": "eget datalagringsverktøy for sensitive brukeropplysninger",
};

/** What a service's mandate defines. */
const MANDATE: Readonly<Record<MandateId, string>> = {
  "target-groups": "målgrupper",
  responsibilities: "definerte ansvarsoppgaver i kommunen",
  "staffing-and-operating-conditions": "personal- og driftsmessige rammevilkår",
  confidentiality: "anvendelse av taushetsplikten",
  "age-span": "aldersspennet tjenesten skal arbeide med",
  "politically-anchored": "politisk forankring",
};

/** Every outcome says how binding it is. */
const REC = "Dette er en faglig anbefaling, ikke et lovkrav.";
const EST = "Dette er et anslag for planlegging, ikke et lovkrav.";

/** The outreach area's texts in Bokmål. */
export const outreachNb: OutreachTexts = /* @__PURE__ */ deepFreeze({
  area: "outreach",
  title: "Oppsøkende ungdomstjeneste",
  rules: {
    "outreach.target-group": { title: "Målgruppen for oppsøkende ungdomstjeneste" },
    "outreach.age-band": { title: "Aldersspennet for oppsøkende ungdomstjeneste" },
    "outreach.prevalence": { title: "Anslått antall svært sårbare unge" },
    "outreach.voluntary": { title: "Frivillig kontakt" },
    "outreach.pairs": { title: "Oppsøkende arbeid i par" },
    "outreach.field-time": { title: "Utetid" },
    "outreach.staffing": { title: "Bemanning av oppsøkende ungdomstjeneste" },
    "outreach.leadership": { title: "Ledelse" },
    "outreach.qualifications": { title: "Kvalifikasjoner" },
    "outreach.diversity": { title: "Mangfold blant ansatte" },
    "outreach.supervision": { title: "Veiledning" },
    "outreach.structure": { title: "Strukturelle suksesskriterier" },
    "outreach.material": { title: "Materielle minimumsstandarder" },
    "outreach.mandate": { title: "Mandat" },
    "outreach.documentation": { title: "Dokumentasjon i samsvar med samtykke" },
    "outreach.assessment": { title: "Vurdering av en oppsøkende ungdomstjeneste" },
  },
  parameters: {
    "outreach.age-min": { title: "Nedre alder for oppsøkende ungdomstjeneste" },
    "outreach.age-max": { title: "Øvre alder for oppsøkende ungdomstjeneste (fylte år, medregnet)" },
    "outreach.prevalence-per-10000": { title: "Svært sårbare unge 13–23 år per 10 000 innbyggere" },
    "outreach.risk-share-low": { title: "Andel ungdom med eksperimenterende atferd, nedre anslag" },
    "outreach.risk-share-high": { title: "Andel ungdom med eksperimenterende atferd, øvre anslag" },
    "outreach.very-vulnerable-fraction": { title: "Andel av disse som er svært sårbare" },
    "outreach.staffing-minimum-fte": { title: "Minste bemanning (årsverk)" },
    "outreach.staffing-inhabitants-per-fte": { title: "Innbyggere per stilling" },
    "outreach.staffing-rounding": { title: "Avrunding av bemanningsbehovet" },
    "outreach.pair-size": { title: "Antall som arbeider sammen ute" },
    "outreach.field-time-min": { title: "Laveste anbefalte andel utetid" },
    "outreach.field-time-max": { title: "Høyeste anbefalte andel utetid" },
    "outreach.field-time-main": { title: "Hovedregel for utetid" },
    "outreach.social-work-majority": { title: "Andel med sosialfaglig utdanning som må overstiges" },
  },
  versions: {
    "outreach-losu": "LOSUs veileder om oppsøkende sosialt ungdomsarbeid (anbefalinger)",
  },
  conditions: {
    ...criterionConditions("outreach.structure", STRUCTURE),
    ...criterionConditions("outreach.material", MATERIAL),
    ...criterionConditions("outreach.mandate", MANDATE),
    "outreach.target-group/at-risk": "Kategori (a): i faresonen for å utvikle problemer",
    "outreach.target-group/outside-services":
      "Kategori (b): problembelastet uten kontakt med det ordinære hjelpeapparatet",
    "outreach.target-group/needs-supplement":
      "Kategori (c): i kontakt med hjelpeapparatet, med behov for tjenesten som supplement",
    "outreach.age-band/within-age-band": "Innenfor aldersspennet",
    "outreach.prevalence/from-population": "Anslag ut fra folketallet",
    "outreach.prevalence/from-cohort": "Anslag ut fra kullet 13–23 år",
    "outreach.staffing/minimum": "Minstestandarden gjelder",
    "outreach.staffing/per-inhabitants": "Stillinger etter folketallet",
    "outreach.staffing/positions-for-population": "Nok årsverk for folketallet",
    "outreach.pairs/split-single-position": "Én stilling deles i to",
    "outreach.pairs/team-work-secured-otherwise": "Teamarbeid er sikret på annen måte",
    "outreach.pairs/pair-without-split": "Par uten å dele en stilling",
    "outreach.pairs/two-people": "Minst to personer",
    "outreach.pairs/field-work-in-pairs": "Det oppsøkende arbeidet gjøres i par",
    "outreach.field-time/within-range": "Utetiden er innenfor anbefalt andel",
    "outreach.voluntary/agreement": "Den unge er enig i oppfølgingen",
    "outreach.documentation/within-consent": "Alt som er dokumentert, dekkes av samtykket",
    "outreach.leadership/leader-or-coordinator": "Tjenesten har en leder eller koordinator",
    "outreach.qualifications/social-work-majority": "Et flertall har sosialfaglig utdanning",
    "outreach.diversity/team-composition": "Teamet har mer enn ett kjønn, og etnisitet er tatt hensyn til",
    "outreach.supervision/supervision-and-reflection": "De ansatte har veiledning og refleksjon",
  },
  facts: {
    birthDate: "fødselsdato",
    atRisk: "om personen er i faresonen",
    hasProblems: "om personen er problembelastet",
    inContactWithServices: "om personen er i kontakt med hjelpeapparatet",
    needsSupplement: "om personen trenger tjenesten som supplement",
    agreed: "om den unge er enig",
    consentedTo: "hva klienten har samtykket til",
    population: "folketall",
    fte: "tjenestens årsverk",
    headcount: "antall oppsøkere (eller listen over ansatte)",
    socialWorkEducated: "antall med sosialfaglig utdanning",
    "staff.socialWorkEducation": "de ansattes utdanning",
    fieldTime: "utetid og arbeidstid",
    workInPairs: "om arbeidet ute gjøres i par",
    teamWorkSecuredOtherwise: "om teamarbeid er sikret på annen måte",
    leaderOrCoordinator: "om tjenesten har faglig leder eller koordinator",
    mixedGender: "om teamet har mer enn ett kjønn",
    ethnicityConsidered: "om det er tatt hensyn til etnisitet",
    supervision: "om de ansatte har veiledning",
    "structure.mandateDefined": "mandat og oppgaver klart definert politisk eller på rådmannsnivå",
    "structure.fieldTimeFrame": "klare rammer for forholdet mellom oppsøkende og oppfølgende arbeid (20–40 % utetid)",
    "structure.independentBasis": "rom og tid til å arbeide på et selvstendig faglig grunnlag",
    "structure.notCaseWorkers": "vern mot å bli trukket inn som saksbehandlere for barnevernet eller andre instanser",
    "structure.responsibilitiesClarified": "ansvar og myndighet avklart mellom tjenestens leder og overordnet ledelse",
    "material.operatingBudget": "eget driftsbudsjett",
    "material.car": "egen kommunal tjenestebil eller faste avtaler om lån av bil",
    "material.premises": "egne egnede lokaler atskilt fra øvrige kommunale kontorer",
    "material.mobilePhones": "mobiltelefon til hver ansatt",
    "material.dataStorage": "eget datalagringsverktøy for sensitive brukeropplysninger",
    "mandate.targetGroups": "målgrupper",
    "mandate.responsibilities": "definerte ansvarsoppgaver i kommunen",
    "mandate.staffingAndOperatingConditions": "personal- og driftsmessige rammevilkår",
    "mandate.confidentiality": "anvendelse av taushetsplikten",
    "mandate.ageSpan": "aldersspennet tjenesten skal arbeide med",
    "mandate.politicallyAnchored": "politisk forankring",
    cohort13to23: "innbyggere 13–23 år",
    label: "periode",
    fieldHours: "timer ute",
    totalHours: "timer i alt",
    documented: "hva som er dokumentert",
    staff: "ansatte",
    "staff.fte": "stillingsandel (årsverk)",
    "fieldTime.label": "periode",
    "fieldTime.fieldHours": "timer ute",
    "fieldTime.totalHours": "timer i alt",
    structure: "strukturelle suksesskriterier",
    material: "materielle minstestandarder",
    mandate: "mandatet",
  },
  values: {
    "outreach.staffing-rounding": { exact: "nøyaktig", "whole-up": "rundet opp til hele årsverk" },
  },
  messages: {
    "outreach.target-group/outcome/at-risk": () =>
      `i målgruppen, kategori (a) i NOU 1980:37: i faresonen for å utvikle problemer. ${REC}`,
    "outreach.target-group/outcome/outside-services": () =>
      `i målgruppen, kategori (b) i NOU 1980:37: problembelastet uten kontakt med det ordinære hjelpeapparatet. ${REC}`,
    "outreach.target-group/outcome/needs-supplement": () =>
      `i målgruppen, kategori (c) i NOU 1980:37: problembelastet i kontakt med hjelpeapparatet, med behov for tjenesten som supplement. ${REC}`,
    "outreach.target-group/outcome/not-in-target-group": () =>
      `ikke i målgruppen for oppsøkende ungdomstjeneste. ${REC}`,
    "outreach.target-group/outcome/unknown": () => `kan ikke avgjøres før flere opplysninger er kjent. ${REC}`,
    "outreach.target-group/at-risk/holds": () =>
      "Personen er i faresonen for å utvikle problemer som truer den sosiale og/eller mentale funksjonsevnen (kategori a).",
    "outreach.target-group/at-risk/fails": () => "Personen er ikke i faresonen i denne forstand (kategori a).",
    "outreach.target-group/at-risk/unknown": () => "Det er ikke kjent om personen er i faresonen (kategori a).",
    "outreach.target-group/outside-services/holds": () =>
      "Personen er problembelastet og har ikke etablert kontakt med det ordinære hjelpeapparatet (kategori b).",
    "outreach.target-group/outside-services/fails": (x) =>
      x.hasProblems === false
        ? "Personen er ikke problembelastet, så kategori (b) gjelder ikke."
        : "Personen er i kontakt med det ordinære hjelpeapparatet, så kategori (b) gjelder ikke.",
    "outreach.target-group/outside-services/unknown": () =>
      "Det er ikke kjent om personen er problembelastet uten kontakt med hjelpeapparatet (kategori b).",
    "outreach.target-group/needs-supplement/holds": () =>
      "Personen er problembelastet, i kontakt med hjelpeapparatet og trenger tjenesten som supplement (kategori c).",
    "outreach.target-group/needs-supplement/fails": (x) =>
      x.hasProblems === false
        ? "Personen er ikke problembelastet, så kategori (c) gjelder ikke."
        : x.inContactWithServices === false
          ? "Personen er ikke i kontakt med hjelpeapparatet, så kategori (c) gjelder ikke."
          : "Personen trenger ikke tjenesten som supplement, så kategori (c) gjelder ikke.",
    "outreach.target-group/needs-supplement/unknown": () =>
      "Det er ikke kjent om personen trenger tjenesten som supplement til hjelpeapparatet (kategori c).",
    "outreach.age-band/within-age-band/holds": (x) =>
      `Personen er ${num(x.age)} år, innenfor aldersspennet ${num(x.minAge)}–${num(x.maxAge)} år.`,
    "outreach.age-band/within-age-band/fails": (x) =>
      `Personen er ${num(x.age)} år, utenfor aldersspennet ${num(x.minAge)}–${num(x.maxAge)} år.`,
    "outreach.age-band/within-age-band/unknown": (x) =>
      `Fødselsdatoen er ikke kjent, så aldersspennet ${num(x.minAge)}–${num(x.maxAge)} år kan ikke vurderes.`,
    "outreach.age-band/outcome/within": (x, f) =>
      `innenfor aldersspennet ${num(x.minAge)}–${num(x.maxAge)} år (${num(x.age)} år; fra ${dateOf(f, x.from)} til og med ${dateOf(f, x.through)}). ${REC}`,
    "outreach.age-band/outcome/below": (x, f) =>
      `under aldersspennet ${num(x.minAge)}–${num(x.maxAge)} år (${num(x.age)} år; innenfor fra ${dateOf(f, x.from)}). ${REC}`,
    "outreach.age-band/outcome/above": (x, f) =>
      `over aldersspennet ${num(x.minAge)}–${num(x.maxAge)} år (${num(x.age)} år; var innenfor til og med ${dateOf(f, x.through)}). ${REC}`,
    "outreach.prevalence/outcome": (x, f) => {
      const o = obj(x.outcome);
      return `om lag ${f.number(num(o.estimate), 0)} svært sårbare unge 13–23 år (spenn ${f.number(num(o.low), 0)}–${f.number(num(o.high), 0)}), regnet ut fra ${x.basis === "cohort" ? "kullet 13–23 år" : "folketallet"}. ${EST}`;
    },
    "outreach.prevalence/from-population/holds": (x, f) =>
      `${f.number(num(x.population), 0)} innbyggere med ${n2(f, x.per10000)} per 10 000 gir om lag ${f.number(num(x.estimate), 0)}; med ${pct(f, x.shareHigh)} i stedet for ${pct(f, x.shareLow)} blir det ${f.number(num(x.high), 0)}.`,
    "outreach.prevalence/from-cohort/holds": (x, f) =>
      `${pct(f, x.fraction)} av ${range(f, x.shareLow, x.shareHigh)} av ${f.number(num(x.cohort13to23), 0)} unge 13–23 år gir ${f.number(num(x.low), 0)}–${f.number(num(x.high), 0)}.`,
    "outreach.staffing/outcome": (x, f) => {
      const o = obj(x.outcome);
      const split = o.splitSinglePosition === true ? ", delt slik at arbeidet kan gjøres i par" : "";
      return `${n2(f, o.fte)} årsverk, minst ${num(o.minimumHeadcount)} personer${split}. ${REC}`;
    },
    "outreach.staffing/minimum/holds": (x, f) =>
      `${f.number(num(x.population), 0)} innbyggere, høyst ${f.number(num(x.limit), 0)}: minstestandarden på ${n2(f, x.minimumFte)} årsverk gjelder.`,
    "outreach.staffing/per-inhabitants/holds": (x, f) =>
      `${f.number(num(x.population), 0)} innbyggere, over ${f.number(num(x.limit), 0)}: én stilling per ${f.number(num(x.inhabitantsPerFte), 0)} innbyggere gir ${n2(f, x.exactFte)} årsverk${x.rounding === "whole-up" ? `, rundet opp til ${n2(f, x.fte)}` : ""}.`,
    "outreach.staffing/positions-for-population/holds": (x, f) =>
      `Tjenesten har ${n2(f, x.fte)} årsverk; anbefalt for ${f.number(num(x.population), 0)} innbyggere er ${n2(f, x.requiredFte)}.`,
    "outreach.staffing/positions-for-population/fails": (x, f) =>
      x.requiredFte == null
        ? `Tjenesten har ${n2(f, x.fte)} årsverk, under minstestandarden på ${n2(f, x.minimumFte)} uansett folketall.`
        : `Tjenesten har ${n2(f, x.fte)} årsverk; anbefalt for ${f.number(num(x.population), 0)} innbyggere er ${n2(f, x.requiredFte)}.`,
    "outreach.staffing/positions-for-population/unknown": () =>
      "Folketallet eller tjenestens årsverk er ikke kjent, så bemanningen kan ikke vurderes.",
    "outreach.pairs/split-single-position/holds": (x, f) =>
      `${n2(f, x.fte)} årsverk er for lite til et par: del stillingen i ${num(x.pairSize)} stillinger på ${pct(f, x.postShare)}.`,
    "outreach.pairs/team-work-secured-otherwise/holds": () =>
      "Teamarbeid er sikret på annen måte, så stillingen trenger ikke deles.",
    "outreach.pairs/pair-without-split/holds": (x, f) =>
      `${n2(f, x.fte)} årsverk gir rom for minst ${num(x.minimumHeadcount)} personer, så arbeidet kan gjøres i par uten å dele en stilling.`,
    "outreach.pairs/two-people/holds": (x) =>
      x.headcount != null && num(x.headcount) >= num(x.pairSize)
        ? `Tjenesten har ${num(x.headcount)} oppsøkere, nok til å arbeide i par.`
        : "Teamarbeid er sikret på annen måte.",
    "outreach.pairs/two-people/fails": (x) =>
      `Tjenesten har ${num(x.headcount)} oppsøker(e), og teamarbeid er ikke sikret på annen måte: én stilling bør deles i to 50 %-stillinger.`,
    "outreach.pairs/two-people/unknown": () =>
      "Det er ikke kjent om tjenesten har nok folk til å arbeide i par, eller om teamarbeid er sikret på annen måte.",
    "outreach.pairs/field-work-in-pairs/holds": () => "Det oppsøkende arbeidet gjøres i par.",
    "outreach.pairs/field-work-in-pairs/fails": () =>
      "Det oppsøkende arbeidet gjøres ikke alltid i par; det skal ikke utøves alene.",
    "outreach.pairs/field-work-in-pairs/unknown": () => "Det er ikke kjent om det oppsøkende arbeidet gjøres i par.",
    "outreach.field-time/outcome/below": (x, f) =>
      `${pct(f, x.share)} utetid, under anbefalt ${range(f, x.min, x.max)} (hovedregel om lag ${pct(f, x.mainRule)}). ${REC}`,
    "outreach.field-time/outcome/within": (x, f) =>
      `${pct(f, x.share)} utetid, innenfor anbefalt ${range(f, x.min, x.max)} (hovedregel om lag ${pct(f, x.mainRule)}). ${REC}`,
    "outreach.field-time/outcome/above": (x, f) =>
      `${pct(f, x.share)} utetid, over anbefalt ${range(f, x.min, x.max)} (hovedregel om lag ${pct(f, x.mainRule)}). ${REC}`,
    "outreach.field-time/within-range/holds": (x, f) =>
      `${n2(f, x.fieldHours)} av ${n2(f, x.totalHours)} arbeidstimer ute (${pct(f, x.share)}), innenfor ${range(f, x.min, x.max)}.`,
    "outreach.field-time/within-range/fails": (x, f) =>
      `${n2(f, x.fieldHours)} av ${n2(f, x.totalHours)} arbeidstimer ute (${pct(f, x.share)}), ${x.band === "below" ? "under" : "over"} ${range(f, x.min, x.max)}.`,
    "outreach.field-time/within-range/unknown": (x, f) =>
      `Utetiden er ikke kjent; anbefalt er ${range(f, x.min, x.max)} av arbeidstiden.`,
    "outreach.voluntary/outcome/may-follow-up": () => `tjenesten kan følge opp, fordi den unge er enig. ${REC}`,
    "outreach.voluntary/outcome/no-follow-up": () =>
      `ingen oppfølging: kontakten er frivillig, og den unge er ikke enig. ${REC}`,
    "outreach.voluntary/outcome/unknown": () => `kan ikke avgjøres før det er kjent om den unge er enig. ${REC}`,
    "outreach.voluntary/agreement/holds": () => "Den unge er enig i oppfølgingen.",
    "outreach.voluntary/agreement/fails": () => "Den unge er ikke enig i oppfølgingen.",
    "outreach.voluntary/agreement/unknown": () => "Det er ikke kjent om den unge er enig i oppfølgingen.",
    "outreach.documentation/outcome/within-consent": () => `det som er dokumentert, er i samsvar med samtykket. ${REC}`,
    "outreach.documentation/outcome/beyond-consent": (x, f) =>
      `det er dokumentert mer enn klienten har samtykket til: ${textList(f, x.beyondConsent)}. ${REC}`,
    "outreach.documentation/outcome/unknown": () => `kan ikke avgjøres før samtykket er kjent. ${REC}`,
    "outreach.documentation/within-consent/holds": () => "Alt som er dokumentert, dekkes av samtykket.",
    "outreach.documentation/within-consent/fails": (x, f) =>
      `Dokumentert uten samtykke: ${textList(f, x.beyondConsent)}.`,
    "outreach.documentation/within-consent/unknown": () =>
      "Samtykket er ikke kjent, så dokumentasjonen kan ikke holdes opp mot det.",
    "outreach.assessment/outcome/meets-all": (x) =>
      `tjenesten oppfyller alle ${num(obj(x.counts).total)} punktene. ${REC}`,
    "outreach.assessment/outcome/falls-short": (x) => {
      const s = obj(x.counts);
      return `tjenesten oppfyller ikke ${num(s.fallsShort)} av ${num(s.total)} punkter (${num(s.meets)} oppfylt, ${num(s.unknown)} ukjent). ${REC}`;
    },
    "outreach.assessment/outcome/incomplete": (x) => {
      const s = obj(x.counts);
      return `ingen punkter er kjent å svikte, men ${num(s.unknown)} av ${num(s.total)} er ukjent (${num(s.meets)} oppfylt). ${REC}`;
    },
    "outreach.leadership/leader-or-coordinator/holds": () =>
      "Tjenesten har en faglig leder eller en med lederansvar eller definerte koordinatorfunksjoner.",
    "outreach.leadership/leader-or-coordinator/fails": () =>
      "Tjenesten har ingen faglig leder eller noen med lederansvar eller definerte koordinatorfunksjoner.",
    "outreach.leadership/leader-or-coordinator/unknown": () => "Det er ikke kjent om tjenesten har en faglig leder.",
    "outreach.qualifications/social-work-majority/holds": (x) =>
      `${num(x.socialWorkEducated)} av ${num(x.headcount)} oppsøkere har sosialfaglig utdanning: et flertall.`,
    "outreach.qualifications/social-work-majority/fails": (x) =>
      x.headcount == null
        ? "Ingen av oppsøkerne har sosialfaglig utdanning."
        : `${num(x.socialWorkEducated)} av ${num(x.headcount)} oppsøkere har sosialfaglig utdanning: ikke et flertall.`,
    "outreach.qualifications/social-work-majority/unknown": () =>
      "Utdanningen til oppsøkerne er ikke kjent nok til å si om flertallet har sosialfaglig utdanning.",
    "outreach.diversity/team-composition/holds": () =>
      "Teamet har mer enn ett kjønn, og det er tatt hensyn til etnisitet ved sammensetningen.",
    "outreach.diversity/team-composition/fails": (x) =>
      x.mixedGender === false
        ? "Teamet har bare ett kjønn."
        : "Det er ikke tatt hensyn til etnisitet ved sammensetningen av teamet.",
    "outreach.diversity/team-composition/unknown": () =>
      "Det er ikke kjent om teamet er satt sammen med hensyn til kjønn og etnisitet.",
    "outreach.supervision/supervision-and-reflection/holds": () =>
      "De ansatte har tilgang til veiledning og refleksjon.",
    "outreach.supervision/supervision-and-reflection/fails": () =>
      "De ansatte har ikke tilgang til veiledning og refleksjon.",
    "outreach.supervision/supervision-and-reflection/unknown": () =>
      "Det er ikke kjent om de ansatte har tilgang til veiledning.",
    .../* @__PURE__ */ criterionMessages<StructureId, `outreach.structure/${StructureId}/${S3}`>(
      "outreach.structure",
      STRUCTURE,
      {
        holds: (l) => `På plass: ${l}.`,
        fails: () => "ikke på plass.",
        unknown: (l) => `${cap(l)} – ikke opplyst.`,
      },
    ),
    .../* @__PURE__ */ criterionMessages<MaterialId, `outreach.material/${MaterialId}/${S3}`>(
      "outreach.material",
      MATERIAL,
      {
        holds: (l) => `På plass: ${l}.`,
        fails: () => "ikke på plass.",
        unknown: (l) => `${cap(l)} – ikke opplyst.`,
      },
    ),
    .../* @__PURE__ */ criterionMessages<MandateId, `outreach.mandate/${MandateId}/${S3}`>(
      "outreach.mandate",
      MANDATE,
      {
        holds: (l) => `I mandatet: ${l}.`,
        fails: () => "mangler i mandatet.",
        unknown: (l) => `Ikke opplyst om mandatet har ${l}.`,
      },
    ),
  },
});

/** What the outreach rulebook says beyond an explanation, in Bokmål. */
export const outreachRulebookNb: OutreachRulebook = /* @__PURE__ */ deepFreeze({
  rules: {
    "outreach.target-group": {
      summary:
        "Etter NOU 1980:37: (a) barn og unge i faresonen for å utvikle problemer som truer deres sosiale og/eller mentale funksjonsevne; (b) problembelastede unge som ikke har etablert kontakt med det ordinære hjelpeapparatet; (c) problembelastede unge i kontakt med hjelpeapparatet som trenger utekontaktens innsats som supplement. Innenfor aldersspennet.",
      interpretation:
        "Når flere kategorier gjelder, vinner (b) utenfor hjelpeapparatet og (c) behov for supplement over (a) i faresonen: den som allerede er problembelastet, er mer enn i faresonen for å utvikle problemer. (b) og (c) utelukker hverandre. `needsSupplement` leses bare når personen er i kontakt med hjelpeapparatet; ellers er det uten betydning og etterspørres ikke.",
    },
    "outreach.age-band": {
      summary:
        "Tjenesten bør være et tilbud til unge mellom 13 og 25 år. Mandatet kan snevre inn eller flytte spennet; 13–21 og 13–23 er nevnt i kildene.",
      interpretation:
        "«Mellom 13 og 25 år» leses som 13 til og med 25 fylte år: fra 13-årsdagen til og med dagen før 26-årsdagen (parameteren `outreach.age-max`; sett 24 for å lese 25 som utenfor). Født 29. februar: ny alder 1. mars i vanlige år.",
    },
    "outreach.prevalence": {
      summary:
        "Om lag 15–20 % av ungdom under 18 år har eksperimenterende, spenningssøkende atferd; 15 % av dem mellom 13 og 23 år er om lag 96 000 i Norge; om lag halvparten av disse er svært sårbare. Det tilsvarer om lag 100 unge 13–23 år per 10 000 innbyggere.",
      interpretation:
        "Fra folketallet: anslaget er 100 per 10 000; fordi veilederen regner de 100 ut fra 15 %, skaleres øvre ende med 20/15. Fra kullet 13–23 år (når det er gitt, og det foretrekkes): halvparten av 15 % (anslag, nedre ende) og av 20 % (øvre ende). Tallene avrundes til hele personer.",
    },
    "outreach.voluntary": {
      summary:
        "Kontakten tar utgangspunkt i den unges egen situasjon, bygger på frivillighet og bidrar til å ansvarliggjøre den unge selv: ingen oppfølging uten at den unge er enig.",
      interpretation:
        "Frivillighet leses som et krav om den unges egen tilslutning til oppfølging; samtykke til å dele opplysninger med andre etater er en egen regel (consent.share-with-agency). Meldeplikten til barnevernet gjelder uansett.",
    },
    "outreach.pairs": {
      summary:
        "Det oppsøkende arbeidet skal ikke utøves alene, men i par, av hensyn til sikkerhet og faglig kvalitet. Er det bare én stillingshjemmel, bør den deles i to 50 %-stillinger hvis ikke teamarbeidet kan dekkes opp på annen måte.",
    },
    "outreach.field-time": {
      summary:
        "Mellom 20 og 40 % av arbeidstiden bør brukes på oppsøkende arbeid, og rundt 30 % bør fungere som en hovedregel. Andelen varierer med årstidene, så den vurderes over en periode.",
      interpretation:
        "«Mellom 20 og 40 %» leses med begge endepunktene innenfor. Over flere perioder (uker, måneder) vurderes helheten: sum utetimer / sum arbeidstimer, ikke gjennomsnittet av periodenes andeler.",
    },
    "outreach.staffing": {
      summary:
        "Som minstestandard én 100 %-stilling i kommuner med inntil 10 000 innbyggere, deretter én stilling per 10 000 innbyggere. Med bare én stilling deles den i to 50 %-stillinger der teamarbeid ikke er mulig på annen måte. Det finnes ingen lovfestet bemanningsnorm.",
      interpretation:
        "«Deretter en stilling per 10 000 innbygger» sier ikke hvordan en del av 10 000 regnes. Standard er eksakte årsverk: folketall / 10 000 over 10 000 innbyggere (25 000 gir 2,5). Parameteren `outreach.staffing-rounding` = «whole-up» runder opp til hele stillinger (3).",
    },
    "outreach.leadership": {
      summary:
        "Tjenesten må ha en faglig leder som har anledning til å følge ansatte tett i det daglige arbeidet. Også i mindre tjenester, med bare to ansatte, bør én ha lederansvar eller definerte koordinatorfunksjoner med mandat til å ta faglige og administrative avgjørelser.",
    },
    "outreach.qualifications": {
      summary:
        "Majoriteten av oppsøkerne bør ha sosialfaglig utdanning. Andre relevante utdanninger (sosialantropologi, pedagogikk, psykologi, sykepleie, sosiologi) kan berike og styrke det faglige arbeidet.",
      interpretation:
        "«Majoriteten» leses som mer enn halvparten av personene, ikke av årsverkene (parameteren `outreach.social-work-majority`).",
    },
    "outreach.diversity": {
      summary:
        "Det er viktig å tilstrebe mangfold: ta hensyn til kjønn og etnisitet når teamet settes sammen. Også forskjeller i alder og fagbakgrunn kan være en styrke.",
      interpretation:
        "Vurderingen leser to fakta på teamnivå: at teamet har mer enn ett kjønn (`mixedGender`), og at etnisitet er tatt hensyn til ved sammensetningen (`ethnicityConsidered`). Biblioteket spør ikke om kjønn eller etnisitet for enkeltpersoner.",
    },
    "outreach.supervision": {
      summary:
        "Oppsøkende sosialarbeidere har behov for veiledning og refleksjon rundt egen praksis; å legge til rette for det er en nødvendig forutsetning for et profesjonelt oppsøkende arbeid.",
    },
    "outreach.structure": {
      summary:
        "Fem punkter: (1) mandat og oppgaver definert politisk eller på rådmannsnivå; (2) klare rammer for forholdet mellom oppsøkende og oppfølgende arbeid (20–40 % utetid); (3) rom for et selvstendig faglig grunnlag; (4) ansatte trekkes ikke inn som saksbehandlere for barnevernet eller andre; (5) ansvar og myndighet avklart med overordnet ledelse.",
    },
    "outreach.material": {
      summary:
        "Fem punkter: (1) eget driftsbudsjett; (2) egen kommunal tjenestebil eller faste avtaler om lån av bil; (3) egne egnede lokaler atskilt fra øvrige kommunale kontorer; (4) mobiltelefon til hver ansatt; (5) eget datalagringsverktøy for sensitive brukeropplysninger.",
    },
    "outreach.mandate": {
      summary:
        "Fordi tjenesten ikke er lovfestet, trenger den et mandat som presiserer målgrupper, ansvarsoppgaver, personal- og driftsmessige rammevilkår, anvendelse av taushetsplikten og aldersspennet. Mandatet bør være politisk forankret. Prioriteres 13–21 år, må mandatet presisere forholdet mellom tidlig intervensjon og langvarig oppfølging.",
      interpretation:
        "Veilederen gir innholdet som eksempler («Eksempler på dette er …»); vurderingen behandler hvert av dem som et punkt mandatet bør dekke. Aldersspennet i mandatet brukes i de andre funksjonene gjennom parameterne `outreach.age-min` og `outreach.age-max`.",
    },
    "outreach.documentation": {
      summary:
        "Arbeidet med klienter skal dokumenteres slik at det som dokumenteres, er i samsvar med det klienten har samtykket til, for å ivareta klientens rettssikkerhet og personvern.",
      interpretation:
        "Det dokumenterte og samtykket sammenlignes som lister over opplysningstyper i vertssystemets eget vokabular; like tekster (etter at mellomrom i endene er fjernet) regnes som samme type. Hvem som kan samtykke for unge under 16, avgjøres i consent-området.",
    },
    "outreach.assessment": {
      summary:
        "En tjeneste holdt opp mot alle minimumskravene i veilederen: bemanning for folketallet, arbeid i par, utetid, ledelse, sosialfaglig utdanning, mangfold, veiledning, de fem strukturelle og de fem materielle kriteriene og mandatets innhold. Anbefalinger, ikke lovkrav.",
      interpretation:
        "Et punkt er «oppfylt» bare når kjente fakta viser det, og «ikke oppfylt» når kjente fakta avgjør det (for eksempel under ett årsverk uansett folketall); ellers er det «ukjent». Beslutningens `needs` lister alle fakta som mangler for en fullstendig rapport.",
    },
  },
  parameters: {
    "outreach.age-min": {
      interpretation:
        "Alder i fylte år: fra og med 13-årsdagen. Et mandat kan snevre inn eller flytte spennet (13–21 og 13–23 er nevnt).",
    },
    "outreach.age-max": {
      interpretation:
        "«Mellom 13 og 25 år» leses med 25 medregnet i fylte år: til og med dagen før 26-årsdagen. Sett verdien til 24 for å lese 25 som utenfor. Et mandat kan snevre inn spennet, for eksempel til 21.",
    },
    "outreach.risk-share-low": {
      interpretation:
        "Veilederen regner 100 per 10 000 innbyggere ut fra 15 %; anslaget bruker derfor 15 %, og 20 % gir øvre ende av spennet.",
    },
    "outreach.risk-share-high": {
      interpretation: "Sett verdien lik nedre anslag (0,15) for et punktanslag uten spenn.",
    },
    "outreach.staffing-inhabitants-per-fte": {
      interpretation:
        "«En stilling per 10 000 innbygger» leses om hele folketallet: over 10 000 innbyggere er behovet folketall / 10 000 årsverk. Med standardverdiene gir lesningen «én per 10 000 ut over de første 10 000» samme tall.",
    },
    "outreach.staffing-rounding": {
      interpretation:
        "Kilden sier ikke hvordan en del av 10 000 skal regnes. Standard er eksakte årsverk (25 000 innbyggere gir 2,5); «whole-up» runder opp til hele stillinger (3), slik veilederens ønske om hele stillingshjemler kan tale for.",
    },
    "outreach.field-time-min": { interpretation: "«Mellom 20 og 40 %» leses med begge endepunktene innenfor." },
    "outreach.social-work-majority": {
      interpretation: "«Majoriteten av oppsøkerne» leses som mer enn halvparten av personene (ikke av årsverkene).",
    },
  },
});
