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
  "mandate-defined": "mandat og oppgåver klart definerte politisk eller på rådmannsnivå",
  "field-time-frame": "klare rammer for forholdet mellom oppsøkjande og oppfølgjande arbeid (20–40 % utetid)",
  "independent-basis": "rom og tid til å arbeide på eit sjølvstendig fagleg grunnlag",
  "not-case-workers": "vern mot å bli trekte inn som saksbehandlarar for barnevernet eller andre instansar",
  "responsibilities-clarified": "ansvar og mynde avklart mellom leiaren for tenesta og overordna leiing",
};

/** The material conditions of a service. */
const MATERIAL: Readonly<Record<MaterialId, string>> = {
  "operating-budget": "eige driftsbudsjett",
  car: "eigen kommunal tenestebil eller faste avtalar om lån av bil",
  premises: "eigne eigna lokale skilde frå andre kommunale kontor",
  "mobile-phones": "mobiltelefon til kvar tilsett",
  "data-storage": "eige datalagringsverktøy for sensitive brukaropplysningar",
};

/** What a service's mandate defines. */
const MANDATE: Readonly<Record<MandateId, string>> = {
  "target-groups": "målgrupper",
  responsibilities: "definerte ansvarsoppgåver i kommunen",
  "staffing-and-operating-conditions": "personal- og driftsmessige rammevilkår",
  confidentiality: "bruken av teieplikta",
  "age-span": "aldersspennet tenesta skal arbeide med",
  "politically-anchored": "politisk forankring",
};

/** Every outcome says how binding it is. */
const REC = "Dette er ei fagleg tilråding, ikkje eit lovkrav.";
const EST = "Dette er eit overslag for planlegging, ikkje eit lovkrav.";

/** The outreach area's texts in Nynorsk. */
export const outreachNn: OutreachTexts = /* @__PURE__ */ deepFreeze({
  area: "outreach",
  title: "Oppsøkjande ungdomsteneste",
  rules: {
    "outreach.target-group": { title: "Målgruppa for oppsøkjande ungdomsteneste" },
    "outreach.age-band": { title: "Aldersspennet for oppsøkjande ungdomsteneste" },
    "outreach.prevalence": { title: "Overslag over talet på svært sårbare unge" },
    "outreach.voluntary": { title: "Frivillig kontakt" },
    "outreach.pairs": { title: "Oppsøkjande arbeid i par" },
    "outreach.field-time": { title: "Utetid" },
    "outreach.staffing": { title: "Bemanning av oppsøkjande ungdomsteneste" },
    "outreach.leadership": { title: "Leiing" },
    "outreach.qualifications": { title: "Kvalifikasjonar" },
    "outreach.diversity": { title: "Mangfald blant dei tilsette" },
    "outreach.supervision": { title: "Rettleiing" },
    "outreach.structure": { title: "Strukturelle suksesskriterium" },
    "outreach.material": { title: "Materielle minimumsstandardar" },
    "outreach.mandate": { title: "Mandat" },
    "outreach.documentation": { title: "Dokumentasjon i samsvar med samtykke" },
    "outreach.assessment": { title: "Vurdering av ei oppsøkjande ungdomsteneste" },
  },
  parameters: {
    "outreach.age-min": { title: "Nedre alder for oppsøkjande ungdomsteneste" },
    "outreach.age-max": { title: "Øvre alder for oppsøkjande ungdomsteneste (fylte år, medrekna)" },
    "outreach.prevalence-per-10000": { title: "Svært sårbare unge 13–23 år per 10 000 innbyggjarar" },
    "outreach.risk-share-low": { title: "Del av ungdomen med eksperimenterande åtferd, nedre overslag" },
    "outreach.risk-share-high": { title: "Del av ungdomen med eksperimenterande åtferd, øvre overslag" },
    "outreach.very-vulnerable-fraction": { title: "Del av desse som er svært sårbare" },
    "outreach.staffing-minimum-fte": { title: "Minste bemanning (årsverk)" },
    "outreach.staffing-inhabitants-per-fte": { title: "Innbyggjarar per stilling" },
    "outreach.staffing-rounding": { title: "Avrunding av bemanningsbehovet" },
    "outreach.pair-size": { title: "Tal på personar som arbeider saman ute" },
    "outreach.field-time-min": { title: "Lågaste tilrådde del utetid" },
    "outreach.field-time-max": { title: "Høgaste tilrådde del utetid" },
    "outreach.field-time-main": { title: "Hovudregel for utetid" },
    "outreach.social-work-majority": { title: "Del med sosialfagleg utdanning som må overstigast" },
  },
  versions: {
    "outreach-losu": "rettleiaren frå LOSU om oppsøkjande sosialt ungdomsarbeid (tilrådingar)",
  },
  conditions: {
    ...criterionConditions("outreach.structure", STRUCTURE),
    ...criterionConditions("outreach.material", MATERIAL),
    ...criterionConditions("outreach.mandate", MANDATE),
    "outreach.target-group/at-risk": "Kategori (a): i faresona for å utvikle problem",
    "outreach.target-group/outside-services":
      "Kategori (b): problembelasta utan kontakt med det ordinære hjelpeapparatet",
    "outreach.target-group/needs-supplement":
      "Kategori (c): i kontakt med hjelpeapparatet, med behov for tenesta som supplement",
    "outreach.age-band/within-age-band": "Innanfor aldersspennet",
    "outreach.prevalence/from-population": "Overslag ut frå folketalet",
    "outreach.prevalence/from-cohort": "Overslag ut frå kullet 13–23 år",
    "outreach.staffing/minimum": "Minstestandarden gjeld",
    "outreach.staffing/per-inhabitants": "Stillingar etter folketalet",
    "outreach.staffing/positions-for-population": "Nok årsverk for folketalet",
    "outreach.pairs/split-single-position": "Éi stilling blir delt i to",
    "outreach.pairs/team-work-secured-otherwise": "Teamarbeid er sikra på annan måte",
    "outreach.pairs/pair-without-split": "Par utan å dele ei stilling",
    "outreach.pairs/two-people": "Minst to personar",
    "outreach.pairs/field-work-in-pairs": "Det oppsøkjande arbeidet blir gjort i par",
    "outreach.field-time/within-range": "Utetida er innanfor tilrådd del",
    "outreach.voluntary/agreement": "Den unge er samd i oppfølginga",
    "outreach.documentation/within-consent": "Alt som er dokumentert, er dekt av samtykket",
    "outreach.leadership/leader-or-coordinator": "Tenesta har ein leiar eller koordinator",
    "outreach.qualifications/social-work-majority": "Eit fleirtal har sosialfagleg utdanning",
    "outreach.diversity/team-composition": "Teamet har meir enn eitt kjønn, og det er teke omsyn til etnisitet",
    "outreach.supervision/supervision-and-reflection": "Dei tilsette har rettleiing og refleksjon",
  },
  facts: {
    birthDate: "fødselsdato",
    atRisk: "om personen er i faresona",
    hasProblems: "om personen er problembelasta",
    inContactWithServices: "om personen er i kontakt med hjelpeapparatet",
    needsSupplement: "om personen treng tenesta som supplement",
    agreed: "om den unge er samd",
    consentedTo: "kva klienten har samtykt til",
    population: "folketal",
    fte: "årsverka i tenesta",
    headcount: "talet på oppsøkarar (eller lista over tilsette)",
    socialWorkEducated: "talet med sosialfagleg utdanning",
    "staff.socialWorkEducation": "utdanninga til dei tilsette",
    fieldTime: "utetid og arbeidstid",
    workInPairs: "om arbeidet ute blir gjort i par",
    teamWorkSecuredOtherwise: "om teamarbeid er sikra på annan måte",
    leaderOrCoordinator: "om tenesta har fagleg leiar eller koordinator",
    mixedGender: "om teamet har meir enn eitt kjønn",
    ethnicityConsidered: "om det er teke omsyn til etnisitet",
    supervision: "om dei tilsette har rettleiing",
    "structure.mandateDefined": "mandat og oppgåver klart definerte politisk eller på rådmannsnivå",
    "structure.fieldTimeFrame": "klare rammer for forholdet mellom oppsøkjande og oppfølgjande arbeid (20–40 % utetid)",
    "structure.independentBasis": "rom og tid til å arbeide på eit sjølvstendig fagleg grunnlag",
    "structure.notCaseWorkers": "vern mot å bli trekte inn som saksbehandlarar for barnevernet eller andre instansar",
    "structure.responsibilitiesClarified": "ansvar og mynde avklart mellom leiaren for tenesta og overordna leiing",
    "material.operatingBudget": "eige driftsbudsjett",
    "material.car": "eigen kommunal tenestebil eller faste avtalar om lån av bil",
    "material.premises": "eigne eigna lokale skilde frå andre kommunale kontor",
    "material.mobilePhones": "mobiltelefon til kvar tilsett",
    "material.dataStorage": "eige datalagringsverktøy for sensitive brukaropplysningar",
    "mandate.targetGroups": "målgrupper",
    "mandate.responsibilities": "definerte ansvarsoppgåver i kommunen",
    "mandate.staffingAndOperatingConditions": "personal- og driftsmessige rammevilkår",
    "mandate.confidentiality": "bruken av teieplikta",
    "mandate.ageSpan": "aldersspennet tenesta skal arbeide med",
    "mandate.politicallyAnchored": "politisk forankring",
    cohort13to23: "innbyggjarar 13–23 år",
    label: "periode",
    fieldHours: "timar ute",
    totalHours: "timar i alt",
    documented: "kva som er dokumentert",
    staff: "tilsette",
    "staff.fte": "stillingsdel (årsverk)",
    "fieldTime.label": "periode",
    "fieldTime.fieldHours": "timar ute",
    "fieldTime.totalHours": "timar i alt",
    structure: "strukturelle suksesskriterium",
    material: "materielle minstestandardar",
    mandate: "mandatet",
  },
  values: {
    "outreach.staffing-rounding": { exact: "nøyaktig", "whole-up": "runda opp til heile årsverk" },
  },
  messages: {
    "outreach.target-group/outcome/at-risk": () =>
      `i målgruppa, kategori (a) i NOU 1980:37: i faresona for å utvikle problem. ${REC}`,
    "outreach.target-group/outcome/outside-services": () =>
      `i målgruppa, kategori (b) i NOU 1980:37: problembelasta utan kontakt med det ordinære hjelpeapparatet. ${REC}`,
    "outreach.target-group/outcome/needs-supplement": () =>
      `i målgruppa, kategori (c) i NOU 1980:37: problembelasta i kontakt med hjelpeapparatet, med behov for tenesta som supplement. ${REC}`,
    "outreach.target-group/outcome/not-in-target-group": () =>
      `ikkje i målgruppa for oppsøkjande ungdomsteneste. ${REC}`,
    "outreach.target-group/outcome/unknown": () => `kan ikkje avgjerast før fleire opplysningar er kjende. ${REC}`,
    "outreach.target-group/at-risk/holds": () =>
      "Personen er i faresona for å utvikle problem som trugar den sosiale og/eller mentale funksjonsevna (kategori a).",
    "outreach.target-group/at-risk/fails": () => "Personen er ikkje i faresona i denne meininga (kategori a).",
    "outreach.target-group/at-risk/unknown": () => "Det er ikkje kjent om personen er i faresona (kategori a).",
    "outreach.target-group/outside-services/holds": () =>
      "Personen er problembelasta og har ikkje etablert kontakt med det ordinære hjelpeapparatet (kategori b).",
    "outreach.target-group/outside-services/fails": (x) =>
      x.hasProblems === false
        ? "Personen er ikkje problembelasta, så kategori (b) gjeld ikkje."
        : "Personen er i kontakt med det ordinære hjelpeapparatet, så kategori (b) gjeld ikkje.",
    "outreach.target-group/outside-services/unknown": () =>
      "Det er ikkje kjent om personen er problembelasta utan kontakt med hjelpeapparatet (kategori b).",
    "outreach.target-group/needs-supplement/holds": () =>
      "Personen er problembelasta, i kontakt med hjelpeapparatet og treng tenesta som supplement (kategori c).",
    "outreach.target-group/needs-supplement/fails": (x) =>
      x.hasProblems === false
        ? "Personen er ikkje problembelasta, så kategori (c) gjeld ikkje."
        : x.inContactWithServices === false
          ? "Personen er ikkje i kontakt med hjelpeapparatet, så kategori (c) gjeld ikkje."
          : "Personen treng ikkje tenesta som supplement, så kategori (c) gjeld ikkje.",
    "outreach.target-group/needs-supplement/unknown": () =>
      "Det er ikkje kjent om personen treng tenesta som supplement til hjelpeapparatet (kategori c).",
    "outreach.age-band/within-age-band/holds": (x) =>
      `Personen er ${num(x.age)} år, innanfor aldersspennet ${num(x.minAge)}–${num(x.maxAge)} år.`,
    "outreach.age-band/within-age-band/fails": (x) =>
      `Personen er ${num(x.age)} år, utanfor aldersspennet ${num(x.minAge)}–${num(x.maxAge)} år.`,
    "outreach.age-band/within-age-band/unknown": (x) =>
      `Fødselsdatoen er ikkje kjend, så aldersspennet ${num(x.minAge)}–${num(x.maxAge)} år kan ikkje vurderast.`,
    "outreach.age-band/outcome/within": (x, f) =>
      `innanfor aldersspennet ${num(x.minAge)}–${num(x.maxAge)} år (${num(x.age)} år; frå ${dateOf(f, x.from)} til og med ${dateOf(f, x.through)}). ${REC}`,
    "outreach.age-band/outcome/below": (x, f) =>
      `under aldersspennet ${num(x.minAge)}–${num(x.maxAge)} år (${num(x.age)} år; innanfor frå ${dateOf(f, x.from)}). ${REC}`,
    "outreach.age-band/outcome/above": (x, f) =>
      `over aldersspennet ${num(x.minAge)}–${num(x.maxAge)} år (${num(x.age)} år; var innanfor til og med ${dateOf(f, x.through)}). ${REC}`,
    "outreach.prevalence/outcome": (x, f) => {
      const o = obj(x.outcome);
      return `om lag ${f.number(num(o.estimate), 0)} svært sårbare unge 13–23 år (spenn ${f.number(num(o.low), 0)}–${f.number(num(o.high), 0)}), rekna ut frå ${x.basis === "cohort" ? "kullet 13–23 år" : "folketalet"}. ${EST}`;
    },
    "outreach.prevalence/from-population/holds": (x, f) =>
      `${f.number(num(x.population), 0)} innbyggjarar med ${n2(f, x.per10000)} per 10 000 gir om lag ${f.number(num(x.estimate), 0)}; med ${pct(f, x.shareHigh)} i staden for ${pct(f, x.shareLow)} blir det ${f.number(num(x.high), 0)}.`,
    "outreach.prevalence/from-cohort/holds": (x, f) =>
      `${pct(f, x.fraction)} av ${range(f, x.shareLow, x.shareHigh)} av ${f.number(num(x.cohort13to23), 0)} unge 13–23 år gir ${f.number(num(x.low), 0)}–${f.number(num(x.high), 0)}.`,
    "outreach.staffing/outcome": (x, f) => {
      const o = obj(x.outcome);
      const split = o.splitSinglePosition === true ? ", delt slik at arbeidet kan gjerast i par" : "";
      return `${n2(f, o.fte)} årsverk, minst ${num(o.minimumHeadcount)} personar${split}. ${REC}`;
    },
    "outreach.staffing/minimum/holds": (x, f) =>
      `${f.number(num(x.population), 0)} innbyggjarar, høgst ${f.number(num(x.limit), 0)}: minstestandarden på ${n2(f, x.minimumFte)} årsverk gjeld.`,
    "outreach.staffing/per-inhabitants/holds": (x, f) =>
      `${f.number(num(x.population), 0)} innbyggjarar, over ${f.number(num(x.limit), 0)}: éin stilling per ${f.number(num(x.inhabitantsPerFte), 0)} innbyggjarar gir ${n2(f, x.exactFte)} årsverk${x.rounding === "whole-up" ? `, runda opp til ${n2(f, x.fte)}` : ""}.`,
    "outreach.staffing/positions-for-population/holds": (x, f) =>
      `Tenesta har ${n2(f, x.fte)} årsverk; tilrådd for ${f.number(num(x.population), 0)} innbyggjarar er ${n2(f, x.requiredFte)}.`,
    "outreach.staffing/positions-for-population/fails": (x, f) =>
      x.requiredFte == null
        ? `Tenesta har ${n2(f, x.fte)} årsverk, under minstestandarden på ${n2(f, x.minimumFte)} uansett folketal.`
        : `Tenesta har ${n2(f, x.fte)} årsverk; tilrådd for ${f.number(num(x.population), 0)} innbyggjarar er ${n2(f, x.requiredFte)}.`,
    "outreach.staffing/positions-for-population/unknown": () =>
      "Folketalet eller årsverka i tenesta er ikkje kjende, så bemanninga kan ikkje vurderast.",
    "outreach.pairs/split-single-position/holds": (x, f) =>
      `${n2(f, x.fte)} årsverk er for lite til eit par: del stillinga i ${num(x.pairSize)} stillingar på ${pct(f, x.postShare)}.`,
    "outreach.pairs/team-work-secured-otherwise/holds": () =>
      "Teamarbeid er sikra på annan måte, så stillinga treng ikkje delast.",
    "outreach.pairs/pair-without-split/holds": (x, f) =>
      `${n2(f, x.fte)} årsverk gir rom for minst ${num(x.minimumHeadcount)} personar, så arbeidet kan gjerast i par utan å dele ei stilling.`,
    "outreach.pairs/two-people/holds": (x) =>
      x.headcount != null && num(x.headcount) >= num(x.pairSize)
        ? `Tenesta har ${num(x.headcount)} oppsøkarar, nok til å arbeide i par.`
        : "Teamarbeid er sikra på annan måte.",
    "outreach.pairs/two-people/fails": (x) =>
      `Tenesta har ${num(x.headcount)} oppsøkar(ar), og teamarbeid er ikkje sikra på annan måte: éi stilling bør delast i to 50 %-stillingar.`,
    "outreach.pairs/two-people/unknown": () =>
      "Det er ikkje kjent om tenesta har nok folk til å arbeide i par, eller om teamarbeid er sikra på annan måte.",
    "outreach.pairs/field-work-in-pairs/holds": () => "Det oppsøkjande arbeidet blir gjort i par.",
    "outreach.pairs/field-work-in-pairs/fails": () =>
      "Det oppsøkjande arbeidet blir ikkje alltid gjort i par; det skal ikkje utøvast åleine.",
    "outreach.pairs/field-work-in-pairs/unknown": () =>
      "Det er ikkje kjent om det oppsøkjande arbeidet blir gjort i par.",
    "outreach.field-time/outcome/below": (x, f) =>
      `${pct(f, x.share)} utetid, under tilrådd ${range(f, x.min, x.max)} (hovudregel om lag ${pct(f, x.mainRule)}). ${REC}`,
    "outreach.field-time/outcome/within": (x, f) =>
      `${pct(f, x.share)} utetid, innanfor tilrådd ${range(f, x.min, x.max)} (hovudregel om lag ${pct(f, x.mainRule)}). ${REC}`,
    "outreach.field-time/outcome/above": (x, f) =>
      `${pct(f, x.share)} utetid, over tilrådd ${range(f, x.min, x.max)} (hovudregel om lag ${pct(f, x.mainRule)}). ${REC}`,
    "outreach.field-time/within-range/holds": (x, f) =>
      `${n2(f, x.fieldHours)} av ${n2(f, x.totalHours)} arbeidstimar ute (${pct(f, x.share)}), innanfor ${range(f, x.min, x.max)}.`,
    "outreach.field-time/within-range/fails": (x, f) =>
      `${n2(f, x.fieldHours)} av ${n2(f, x.totalHours)} arbeidstimar ute (${pct(f, x.share)}), ${x.band === "below" ? "under" : "over"} ${range(f, x.min, x.max)}.`,
    "outreach.field-time/within-range/unknown": (x, f) =>
      `Utetida er ikkje kjend; tilrådd er ${range(f, x.min, x.max)} av arbeidstida.`,
    "outreach.voluntary/outcome/may-follow-up": () => `tenesta kan følgje opp, fordi den unge er samd. ${REC}`,
    "outreach.voluntary/outcome/no-follow-up": () =>
      `inga oppfølging: kontakten er friviljug, og den unge er ikkje samd. ${REC}`,
    "outreach.voluntary/outcome/unknown": () => `kan ikkje avgjerast før det er kjent om den unge er samd. ${REC}`,
    "outreach.voluntary/agreement/holds": () => "Den unge er samd i oppfølginga.",
    "outreach.voluntary/agreement/fails": () => "Den unge er ikkje samd i oppfølginga.",
    "outreach.voluntary/agreement/unknown": () => "Det er ikkje kjent om den unge er samd i oppfølginga.",
    "outreach.documentation/outcome/within-consent": () => `det som er dokumentert, er i samsvar med samtykket. ${REC}`,
    "outreach.documentation/outcome/beyond-consent": (x, f) =>
      `det er dokumentert meir enn klienten har samtykt til: ${textList(f, x.beyondConsent)}. ${REC}`,
    "outreach.documentation/outcome/unknown": () => `kan ikkje avgjerast før samtykket er kjent. ${REC}`,
    "outreach.documentation/within-consent/holds": () => "Alt som er dokumentert, er dekt av samtykket.",
    "outreach.documentation/within-consent/fails": (x, f) =>
      `Dokumentert utan samtykke: ${textList(f, x.beyondConsent)}.`,
    "outreach.documentation/within-consent/unknown": () =>
      "Samtykket er ikkje kjent, så dokumentasjonen kan ikkje haldast opp mot det.",
    "outreach.assessment/outcome/meets-all": (x) =>
      `tenesta oppfyller alle dei ${num(obj(x.counts).total)} punkta. ${REC}`,
    "outreach.assessment/outcome/falls-short": (x) => {
      const s = obj(x.counts);
      return `tenesta oppfyller ikkje ${num(s.fallsShort)} av ${num(s.total)} punkt (${num(s.meets)} oppfylte, ${num(s.unknown)} ukjende). ${REC}`;
    },
    "outreach.assessment/outcome/incomplete": (x) => {
      const s = obj(x.counts);
      return `ingen punkt er kjende for å svikte, men ${num(s.unknown)} av ${num(s.total)} er ukjende (${num(s.meets)} oppfylte). ${REC}`;
    },
    "outreach.leadership/leader-or-coordinator/holds": () =>
      "Tenesta har ein fagleg leiar eller ein med leiaransvar eller definerte koordinatorfunksjonar.",
    "outreach.leadership/leader-or-coordinator/fails": () =>
      "Tenesta har ingen fagleg leiar eller nokon med leiaransvar eller definerte koordinatorfunksjonar.",
    "outreach.leadership/leader-or-coordinator/unknown": () => "Det er ikkje kjent om tenesta har ein fagleg leiar.",
    "outreach.qualifications/social-work-majority/holds": (x) =>
      `${num(x.socialWorkEducated)} av ${num(x.headcount)} oppsøkarar har sosialfagleg utdanning: eit fleirtal.`,
    "outreach.qualifications/social-work-majority/fails": (x) =>
      x.headcount == null
        ? "Ingen av oppsøkarane har sosialfagleg utdanning."
        : `${num(x.socialWorkEducated)} av ${num(x.headcount)} oppsøkarar har sosialfagleg utdanning: ikkje eit fleirtal.`,
    "outreach.qualifications/social-work-majority/unknown": () =>
      "Utdanninga til oppsøkarane er ikkje godt nok kjend til å seie om fleirtalet har sosialfagleg utdanning.",
    "outreach.diversity/team-composition/holds": () =>
      "Teamet har meir enn eitt kjønn, og det er teke omsyn til etnisitet ved samansetjinga.",
    "outreach.diversity/team-composition/fails": (x) =>
      x.mixedGender === false
        ? "Teamet har berre eitt kjønn."
        : "Det er ikkje teke omsyn til etnisitet ved samansetjinga av teamet.",
    "outreach.diversity/team-composition/unknown": () =>
      "Det er ikkje kjent om teamet er sett saman med omsyn til kjønn og etnisitet.",
    "outreach.supervision/supervision-and-reflection/holds": () =>
      "Dei tilsette har tilgang til rettleiing og refleksjon.",
    "outreach.supervision/supervision-and-reflection/fails": () =>
      "Dei tilsette har ikkje tilgang til rettleiing og refleksjon.",
    "outreach.supervision/supervision-and-reflection/unknown": () =>
      "Det er ikkje kjent om dei tilsette har tilgang til rettleiing.",
    .../* @__PURE__ */ criterionMessages<StructureId, `outreach.structure/${StructureId}/${S3}`>(
      "outreach.structure",
      STRUCTURE,
      {
        holds: (l) => `På plass: ${l}.`,
        fails: () => "ikkje på plass.",
        unknown: (l) => `${cap(l)} – ikkje opplyst.`,
      },
    ),
    .../* @__PURE__ */ criterionMessages<MaterialId, `outreach.material/${MaterialId}/${S3}`>(
      "outreach.material",
      MATERIAL,
      {
        holds: (l) => `På plass: ${l}.`,
        fails: () => "ikkje på plass.",
        unknown: (l) => `${cap(l)} – ikkje opplyst.`,
      },
    ),
    .../* @__PURE__ */ criterionMessages<MandateId, `outreach.mandate/${MandateId}/${S3}`>(
      "outreach.mandate",
      MANDATE,
      {
        holds: (l) => `I mandatet: ${l}.`,
        fails: () => "manglar i mandatet.",
        unknown: (l) => `Ikkje opplyst om mandatet har ${l}.`,
      },
    ),
  },
});

/** What the outreach rulebook says beyond an explanation, in Nynorsk. */
export const outreachRulebookNn: OutreachRulebook = /* @__PURE__ */ deepFreeze({
  rules: {
    "outreach.target-group": {
      summary:
        "Etter NOU 1980:37: (a) born og unge i faresona for å utvikle problem som trugar den sosiale og/eller mentale funksjonsevna deira; (b) problembelasta unge som ikkje har etablert kontakt med det ordinære hjelpeapparatet; (c) problembelasta unge i kontakt med hjelpeapparatet som treng innsatsen til utekontakten som supplement. Innanfor aldersspennet.",
      interpretation:
        "Når fleire kategoriar gjeld, vinn (b) utanfor hjelpeapparatet og (c) behov for supplement over (a) i faresona: den som alt er problembelasta, er meir enn i faresona for å utvikle problem. (b) og (c) utelukkar kvarandre. `needsSupplement` blir lese berre når personen er i kontakt med hjelpeapparatet; elles er det utan betydning og blir ikkje etterspurt.",
    },
    "outreach.age-band": {
      summary:
        "Tenesta bør vere eit tilbod til unge mellom 13 og 25 år. Mandatet kan snevre inn eller flytte spennet; 13–21 og 13–23 er nemnde i kjeldene.",
      interpretation:
        "«Mellom 13 og 25 år» er lese som 13 til og med 25 fylte år: frå 13-årsdagen til og med dagen før 26-årsdagen (parameteren `outreach.age-max`; set 24 for å lese 25 som utanfor). Fødd 29. februar: ny alder 1. mars i vanlege år.",
    },
    "outreach.prevalence": {
      summary:
        "Om lag 15–20 % av ungdom under 18 år har eksperimenterande, spenningssøkjande åtferd; 15 % av dei mellom 13 og 23 år er om lag 96 000 i Noreg; om lag halvparten av desse er svært sårbare. Det svarar til om lag 100 unge 13–23 år per 10 000 innbyggjarar.",
      interpretation:
        "Frå folketalet: overslaget er 100 per 10 000; fordi rettleiaren reknar dei 100 ut frå 15 %, blir øvre ende skalert med 20/15. Frå kullet 13–23 år (når det er gitt, og det blir føretrekt): halvparten av 15 % (overslag, nedre ende) og av 20 % (øvre ende). Tala blir runda av til heile personar.",
    },
    "outreach.voluntary": {
      summary:
        "Kontakten tek utgangspunkt i den eigne situasjonen til den unge, byggjer på friviljugheit og bidreg til å ansvarleggjere den unge sjølv: inga oppfølging utan at den unge er samd.",
      interpretation:
        "Friviljugheit er lese som eit krav om at den unge sjølv sluttar seg til oppfølginga; samtykke til å dele opplysningar med andre etatar er ein eigen regel (consent.share-with-agency). Meldeplikta til barnevernet gjeld uansett.",
    },
    "outreach.pairs": {
      summary:
        "Det oppsøkjande arbeidet skal ikkje utøvast åleine, men i par, av omsyn til tryggleik og fagleg kvalitet. Er det berre éin stillingsheimel, bør han delast i to 50 %-stillingar dersom ikkje teamarbeidet kan dekkjast opp på annan måte.",
    },
    "outreach.field-time": {
      summary:
        "Mellom 20 og 40 % av arbeidstida bør brukast på oppsøkjande arbeid, og kring 30 % bør fungere som ein hovudregel. Delen varierer med årstidene, så han blir vurdert over ein periode.",
      interpretation:
        "«Mellom 20 og 40 %» er lese med begge endepunkta innanfor. Over fleire periodar (veker, månader) blir heilskapen vurdert: sum utetimar / sum arbeidstimar, ikkje gjennomsnittet av delane i periodane.",
    },
    "outreach.staffing": {
      summary:
        "Som minstestandard éin 100 %-stilling i kommunar med inntil 10 000 innbyggjarar, deretter éin stilling per 10 000 innbyggjarar. Med berre éin stilling blir ho delt i to 50 %-stillingar der teamarbeid ikkje er mogleg på annan måte. Det finst inga lovfesta bemanningsnorm.",
      interpretation:
        "«Deretter en stilling per 10 000 innbygger» seier ikkje korleis ein del av 10 000 skal reknast. Standard er eksakte årsverk: folketal / 10 000 over 10 000 innbyggjarar (25 000 gir 2,5). Parameteren `outreach.staffing-rounding` = «whole-up» rundar opp til heile stillingar (3).",
    },
    "outreach.leadership": {
      summary:
        "Tenesta må ha ein fagleg leiar som har høve til å følgje dei tilsette tett i det daglege arbeidet. Også i mindre tenester, med berre to tilsette, bør éin ha leiaransvar eller definerte koordinatorfunksjonar med mandat til å ta faglege og administrative avgjerder.",
    },
    "outreach.qualifications": {
      summary:
        "Majoriteten av oppsøkarane bør ha sosialfagleg utdanning. Andre relevante utdanningar (sosialantropologi, pedagogikk, psykologi, sjukepleie, sosiologi) kan berike og styrkje det faglege arbeidet.",
      interpretation:
        "«Majoriteten» er lese som meir enn halvparten av personane, ikkje av årsverka (parameteren `outreach.social-work-majority`).",
    },
    "outreach.diversity": {
      summary:
        "Det er viktig å streve etter mangfald: ta omsyn til kjønn og etnisitet når teamet blir sett saman. Også skilnader i alder og fagbakgrunn kan vere ein styrke.",
      interpretation:
        "Vurderinga les to fakta på teamnivå: at teamet har meir enn eitt kjønn (`mixedGender`), og at det er teke omsyn til etnisitet ved samansetjinga (`ethnicityConsidered`). Biblioteket spør ikkje om kjønn eller etnisitet for einskildpersonar.",
    },
    "outreach.supervision": {
      summary:
        "Oppsøkjande sosialarbeidarar har behov for rettleiing og refleksjon kring eigen praksis; å leggje til rette for det er ein naudsynt føresetnad for eit profesjonelt oppsøkjande arbeid.",
    },
    "outreach.structure": {
      summary:
        "Fem punkt: (1) mandat og oppgåver definerte politisk eller på rådmannsnivå; (2) klare rammer for forholdet mellom oppsøkjande og oppfølgjande arbeid (20–40 % utetid); (3) rom for eit sjølvstendig fagleg grunnlag; (4) tilsette blir ikkje trekte inn som saksbehandlarar for barnevernet eller andre; (5) ansvar og mynde avklart med overordna leiing.",
    },
    "outreach.material": {
      summary:
        "Fem punkt: (1) eige driftsbudsjett; (2) eigen kommunal tenestebil eller faste avtalar om lån av bil; (3) eigne eigna lokale skilde frå andre kommunale kontor; (4) mobiltelefon til kvar tilsett; (5) eige datalagringsverktøy for sensitive brukaropplysningar.",
    },
    "outreach.mandate": {
      summary:
        "Fordi tenesta ikkje er lovfesta, treng ho eit mandat som presiserer målgrupper, ansvarsoppgåver, personal- og driftsmessige rammevilkår, bruken av teieplikta og aldersspennet. Mandatet bør vere politisk forankra. Blir 13–21 år prioritert, må mandatet presisere forholdet mellom tidleg intervensjon og langvarig oppfølging.",
      interpretation:
        "Rettleiaren gir innhaldet som døme («Eksempler på dette er …»); vurderinga handsamar kvart av dei som eit punkt mandatet bør dekkje. Aldersspennet i mandatet blir brukt i dei andre funksjonane gjennom parametrane `outreach.age-min` og `outreach.age-max`.",
    },
    "outreach.documentation": {
      summary:
        "Arbeidet med klientar skal dokumenterast slik at det som blir dokumentert, er i samsvar med det klienten har samtykt til, for å ta vare på rettstryggleiken og personvernet til klienten.",
      interpretation:
        "Det dokumenterte og samtykket blir samanlikna som lister over opplysningstypar i det eigne vokabularet til vertssystemet; like tekstar (etter at mellomrom i endane er fjerna) blir rekna som same type. Kven som kan samtykkje for unge under 16, blir avgjort i consent-området.",
    },
    "outreach.assessment": {
      summary:
        "Ei teneste halden opp mot alle minimumskrava i rettleiaren: bemanning for folketalet, arbeid i par, utetid, leiing, sosialfagleg utdanning, mangfald, rettleiing, dei fem strukturelle og dei fem materielle kriteria og innhaldet i mandatet. Tilrådingar, ikkje lovkrav.",
      interpretation:
        "Eit punkt er «oppfylt» berre når kjende fakta viser det, og «ikkje oppfylt» når kjende fakta avgjer det (til dømes under eitt årsverk uansett folketal); elles er det «ukjent». `needs` i avgjerda listar alle fakta som manglar for ein fullstendig rapport.",
    },
  },
  parameters: {
    "outreach.age-min": {
      interpretation:
        "Alder i fylte år: frå og med 13-årsdagen. Eit mandat kan snevre inn eller flytte spennet (13–21 og 13–23 er nemnde).",
    },
    "outreach.age-max": {
      interpretation:
        "«Mellom 13 og 25 år» er lese med 25 medrekna i fylte år: til og med dagen før 26-årsdagen. Set verdien til 24 for å lese 25 som utanfor. Eit mandat kan snevre inn spennet, til dømes til 21.",
    },
    "outreach.risk-share-low": {
      interpretation:
        "Rettleiaren reknar 100 per 10 000 innbyggjarar ut frå 15 %; overslaget bruker difor 15 %, og 20 % gir øvre ende av spennet.",
    },
    "outreach.risk-share-high": {
      interpretation: "Set verdien lik nedre overslag (0,15) for eit punktoverslag utan spenn.",
    },
    "outreach.staffing-inhabitants-per-fte": {
      interpretation:
        "«Ein stilling per 10 000 innbyggjar» er lese om heile folketalet: over 10 000 innbyggjarar er behovet folketal / 10 000 årsverk. Med standardverdiane gir lesnaden «éin per 10 000 ut over dei første 10 000» same tal.",
    },
    "outreach.staffing-rounding": {
      interpretation:
        "Kjelda seier ikkje korleis ein del av 10 000 skal reknast. Standard er eksakte årsverk (25 000 innbyggjarar gir 2,5); «whole-up» rundar opp til heile stillingar (3), slik ønsket i rettleiaren om heile stillingsheimlar kan tale for.",
    },
    "outreach.field-time-min": { interpretation: "«Mellom 20 og 40 %» er lese med begge endepunkta innanfor." },
    "outreach.social-work-majority": {
      interpretation: "«Majoriteten av oppsøkarane» er lese som meir enn halvparten av personane (ikkje av årsverka).",
    },
  },
});
