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
  "mandate-defined": "mandate and tasks clearly defined politically or at chief-executive level",
  "field-time-frame": "a clear frame for the balance of outreach and follow-up work (20–40 % field time)",
  "independent-basis": "room and time to work on an independent professional basis",
  "not-case-workers": "protection from being drawn in as case workers for child welfare or other agencies",
  "responsibilities-clarified": "responsibilities and authority clarified between the service's leader and management",
};

/** The material conditions of a service. */
const MATERIAL: Readonly<Record<MaterialId, string>> = {
  "operating-budget": "its own operating budget",
  car: "its own municipal car or fixed agreements to borrow one",
  premises: "its own suitable premises apart from other municipal offices",
  "mobile-phones": "a mobile phone for every employee",
  "data-storage": "its own data storage tool for sensitive user data",
};

/** What a service's mandate defines. */
const MANDATE: Readonly<Record<MandateId, string>> = {
  "target-groups": "target groups",
  responsibilities: "defined responsibilities in the municipality",
  "staffing-and-operating-conditions": "staffing and operating conditions",
  confidentiality: "how confidentiality is applied",
  "age-span": "the age span the service works with",
  "politically-anchored": "political anchoring",
};

/** Every outcome says how binding it is. */
const REC = "This is a professional recommendation, not law.";
const EST = "This is a planning estimate, not law.";

/** The outreach area's texts in English. */
export const outreachEn: OutreachTexts = /* @__PURE__ */ deepFreeze({
  area: "outreach",
  title: "Outreach youth services",
  rules: {
    "outreach.target-group": { title: "Target group of the outreach youth service" },
    "outreach.age-band": { title: "Age band of the outreach youth service" },
    "outreach.prevalence": { title: "Estimated number of very vulnerable young people" },
    "outreach.voluntary": { title: "Voluntary contact" },
    "outreach.pairs": { title: "Outreach work in pairs" },
    "outreach.field-time": { title: "Field time" },
    "outreach.staffing": { title: "Staffing of the outreach youth service" },
    "outreach.leadership": { title: "Leadership" },
    "outreach.qualifications": { title: "Qualifications" },
    "outreach.diversity": { title: "Diversity among staff" },
    "outreach.supervision": { title: "Supervision" },
    "outreach.structure": { title: "Structural success criteria" },
    "outreach.material": { title: "Material minimum standards" },
    "outreach.mandate": { title: "Mandate" },
    "outreach.documentation": { title: "Documentation matching consent" },
    "outreach.assessment": { title: "Assessment of an outreach youth service" },
  },
  parameters: {
    "outreach.age-min": { title: "Lower age of the outreach youth service" },
    "outreach.age-max": { title: "Upper age of the outreach youth service (completed years, inclusive)" },
    "outreach.prevalence-per-10000": { title: "Very vulnerable young people aged 13–23 per 10,000 inhabitants" },
    "outreach.risk-share-low": { title: "Share of youth with experimenting behaviour, lower estimate" },
    "outreach.risk-share-high": { title: "Share of youth with experimenting behaviour, upper estimate" },
    "outreach.very-vulnerable-fraction": { title: "Fraction of these who are very vulnerable" },
    "outreach.staffing-minimum-fte": { title: "Minimum staffing (FTE)" },
    "outreach.staffing-inhabitants-per-fte": { title: "Inhabitants per position" },
    "outreach.staffing-rounding": { title: "Rounding of the staffing need" },
    "outreach.pair-size": { title: "People working together in the field" },
    "outreach.field-time-min": { title: "Lowest recommended share of field time" },
    "outreach.field-time-max": { title: "Highest recommended share of field time" },
    "outreach.field-time-main": { title: "Main rule for field time" },
    "outreach.social-work-majority": { title: "Share with social-work education that must be exceeded" },
  },
  versions: {
    "outreach-losu": "LOSU's guide on outreach social youth work (recommendations)",
  },
  conditions: {
    ...criterionConditions("outreach.structure", STRUCTURE),
    ...criterionConditions("outreach.material", MATERIAL),
    ...criterionConditions("outreach.mandate", MANDATE),
    "outreach.target-group/at-risk": "Category (a): at risk of developing problems",
    "outreach.target-group/outside-services":
      "Category (b): problem-burdened without contact with the ordinary help services",
    "outreach.target-group/needs-supplement":
      "Category (c): in contact with the help services, needing the service as a supplement",
    "outreach.age-band/within-age-band": "Within the age band",
    "outreach.prevalence/from-population": "Estimate from the population",
    "outreach.prevalence/from-cohort": "Estimate from the cohort aged 13–23",
    "outreach.staffing/minimum": "The minimum standard applies",
    "outreach.staffing/per-inhabitants": "Positions by population",
    "outreach.staffing/positions-for-population": "Enough FTE for the population",
    "outreach.pairs/split-single-position": "A single position is split in two",
    "outreach.pairs/team-work-secured-otherwise": "Team work is secured otherwise",
    "outreach.pairs/pair-without-split": "Pairs without splitting a position",
    "outreach.pairs/two-people": "At least two people",
    "outreach.pairs/field-work-in-pairs": "Outreach work is done in pairs",
    "outreach.field-time/within-range": "Field time is within the recommended share",
    "outreach.voluntary/agreement": "The young person agrees to follow-up",
    "outreach.documentation/within-consent": "Everything documented is covered by the consent",
    "outreach.leadership/leader-or-coordinator": "The service has a leader or coordinator",
    "outreach.qualifications/social-work-majority": "A majority have social-work education",
    "outreach.diversity/team-composition": "The team has more than one gender, and ethnicity is taken into account",
    "outreach.supervision/supervision-and-reflection": "Staff have supervision and reflection",
  },
  facts: {
    birthDate: "birth date",
    atRisk: "whether the person is at risk",
    hasProblems: "whether the person is problem-burdened",
    inContactWithServices: "whether the person is in contact with the help services",
    needsSupplement: "whether the person needs the service as a supplement",
    agreed: "whether the young person agrees",
    consentedTo: "what the client consented to",
    population: "population",
    fte: "the service's FTE",
    headcount: "number of outreach workers (or the staff list)",
    socialWorkEducated: "number with social-work education",
    "staff.socialWorkEducation": "the staff's education",
    fieldTime: "field and working hours",
    workInPairs: "whether field work is done in pairs",
    teamWorkSecuredOtherwise: "whether team work is secured otherwise",
    leaderOrCoordinator: "whether the service has a leader or coordinator",
    mixedGender: "whether the team has more than one gender",
    ethnicityConsidered: "whether ethnicity was taken into account",
    supervision: "whether staff have supervision",
    "structure.mandateDefined": "mandate and tasks clearly defined politically or at chief-executive level",
    "structure.fieldTimeFrame": "a clear frame for the balance of outreach and follow-up work (20–40 % field time)",
    "structure.independentBasis": "room and time to work on an independent professional basis",
    "structure.notCaseWorkers": "protection from being drawn in as case workers for child welfare or other agencies",
    "structure.responsibilitiesClarified":
      "responsibilities and authority clarified between the service's leader and management",
    "material.operatingBudget": "its own operating budget",
    "material.car": "its own municipal car or fixed agreements to borrow one",
    "material.premises": "its own suitable premises apart from other municipal offices",
    "material.mobilePhones": "a mobile phone for every employee",
    "material.dataStorage": "its own data storage tool for sensitive user data",
    "mandate.targetGroups": "target groups",
    "mandate.responsibilities": "defined responsibilities in the municipality",
    "mandate.staffingAndOperatingConditions": "staffing and operating conditions",
    "mandate.confidentiality": "how confidentiality is applied",
    "mandate.ageSpan": "the age span the service works with",
    "mandate.politicallyAnchored": "political anchoring",
    cohort13to23: "inhabitants aged 13 to 23",
    label: "period",
    fieldHours: "hours in the field",
    totalHours: "hours in all",
    documented: "what is documented",
    staff: "staff",
    "staff.fte": "position (full-time equivalents)",
    "fieldTime.label": "period",
    "fieldTime.fieldHours": "hours in the field",
    "fieldTime.totalHours": "hours in all",
    structure: "structural success criteria",
    material: "material minimum standards",
    mandate: "the mandate",
  },
  values: {
    "outreach.staffing-rounding": { exact: "exact", "whole-up": "rounded up to whole positions" },
  },
  messages: {
    "outreach.target-group/outcome/at-risk": () =>
      `in the target group, category (a) of NOU 1980:37: at risk of developing problems. ${REC}`,
    "outreach.target-group/outcome/outside-services": () =>
      `in the target group, category (b) of NOU 1980:37: problem-burdened without contact with the ordinary help services. ${REC}`,
    "outreach.target-group/outcome/needs-supplement": () =>
      `in the target group, category (c) of NOU 1980:37: problem-burdened, in contact with the help services and needing the service as a supplement. ${REC}`,
    "outreach.target-group/outcome/not-in-target-group": () =>
      `not in the target group of the outreach youth service. ${REC}`,
    "outreach.target-group/outcome/unknown": () => `cannot be decided until more facts are known. ${REC}`,
    "outreach.target-group/at-risk/holds": () =>
      "The person is at risk of developing problems that threaten their social and/or mental functioning (category a).",
    "outreach.target-group/at-risk/fails": () => "The person is not at risk in this sense (category a).",
    "outreach.target-group/at-risk/unknown": () => "It is not known whether the person is at risk (category a).",
    "outreach.target-group/outside-services/holds": () =>
      "The person is problem-burdened and has not established contact with the ordinary help services (category b).",
    "outreach.target-group/outside-services/fails": (x) =>
      x.hasProblems === false
        ? "The person is not problem-burdened, so category (b) does not apply."
        : "The person is in contact with the ordinary help services, so category (b) does not apply.",
    "outreach.target-group/outside-services/unknown": () =>
      "It is not known whether the person is problem-burdened without contact with the help services (category b).",
    "outreach.target-group/needs-supplement/holds": () =>
      "The person is problem-burdened, in contact with the help services and needs the service as a supplement (category c).",
    "outreach.target-group/needs-supplement/fails": (x) =>
      x.hasProblems === false
        ? "The person is not problem-burdened, so category (c) does not apply."
        : x.inContactWithServices === false
          ? "The person is not in contact with the help services, so category (c) does not apply."
          : "The person does not need the service as a supplement, so category (c) does not apply.",
    "outreach.target-group/needs-supplement/unknown": () =>
      "It is not known whether the person needs the service as a supplement to the help services (category c).",
    "outreach.age-band/within-age-band/holds": (x) =>
      `The person is ${num(x.age)}, within the age band ${num(x.minAge)}–${num(x.maxAge)}.`,
    "outreach.age-band/within-age-band/fails": (x) =>
      `The person is ${num(x.age)}, outside the age band ${num(x.minAge)}–${num(x.maxAge)}.`,
    "outreach.age-band/within-age-band/unknown": (x) =>
      `The birth date is not known, so the age band ${num(x.minAge)}–${num(x.maxAge)} cannot be assessed.`,
    "outreach.age-band/outcome/within": (x, f) =>
      `within the age band ${num(x.minAge)}–${num(x.maxAge)} (aged ${num(x.age)}; from ${dateOf(f, x.from)} through ${dateOf(f, x.through)}). ${REC}`,
    "outreach.age-band/outcome/below": (x, f) =>
      `below the age band ${num(x.minAge)}–${num(x.maxAge)} (aged ${num(x.age)}; within from ${dateOf(f, x.from)}). ${REC}`,
    "outreach.age-band/outcome/above": (x, f) =>
      `above the age band ${num(x.minAge)}–${num(x.maxAge)} (aged ${num(x.age)}; was within through ${dateOf(f, x.through)}). ${REC}`,
    "outreach.prevalence/outcome": (x, f) => {
      const o = obj(x.outcome);
      return `about ${f.number(num(o.estimate), 0)} very vulnerable young people aged 13–23 (range ${f.number(num(o.low), 0)}–${f.number(num(o.high), 0)}), from the ${x.basis === "cohort" ? "13–23 cohort" : "population"}. ${EST}`;
    },
    "outreach.prevalence/from-population/holds": (x, f) =>
      `${f.number(num(x.population), 0)} inhabitants at ${n2(f, x.per10000)} per 10,000 give about ${f.number(num(x.estimate), 0)}; with ${pct(f, x.shareHigh)} instead of ${pct(f, x.shareLow)} it is ${f.number(num(x.high), 0)}.`,
    "outreach.prevalence/from-cohort/holds": (x, f) =>
      `${pct(f, x.fraction)} of ${range(f, x.shareLow, x.shareHigh)} of ${f.number(num(x.cohort13to23), 0)} young people aged 13–23 gives ${f.number(num(x.low), 0)}–${f.number(num(x.high), 0)}.`,
    "outreach.staffing/outcome": (x, f) => {
      const o = obj(x.outcome);
      const split = o.splitSinglePosition === true ? ", split so that the work can be done in pairs" : "";
      return `${n2(f, o.fte)} FTE, at least ${num(o.minimumHeadcount)} people${split}. ${REC}`;
    },
    "outreach.staffing/minimum/holds": (x, f) =>
      `${f.number(num(x.population), 0)} inhabitants, at most ${f.number(num(x.limit), 0)}: the minimum of ${n2(f, x.minimumFte)} FTE applies.`,
    "outreach.staffing/per-inhabitants/holds": (x, f) =>
      `${f.number(num(x.population), 0)} inhabitants, above ${f.number(num(x.limit), 0)}: one position per ${f.number(num(x.inhabitantsPerFte), 0)} inhabitants gives ${n2(f, x.exactFte)} FTE${x.rounding === "whole-up" ? `, rounded up to ${n2(f, x.fte)}` : ""}.`,
    "outreach.staffing/positions-for-population/holds": (x, f) =>
      `The service has ${n2(f, x.fte)} FTE; ${n2(f, x.requiredFte)} are recommended for ${f.number(num(x.population), 0)} inhabitants.`,
    "outreach.staffing/positions-for-population/fails": (x, f) =>
      x.requiredFte == null
        ? `The service has ${n2(f, x.fte)} FTE, below the minimum of ${n2(f, x.minimumFte)} whatever the population.`
        : `The service has ${n2(f, x.fte)} FTE; ${n2(f, x.requiredFte)} are recommended for ${f.number(num(x.population), 0)} inhabitants.`,
    "outreach.staffing/positions-for-population/unknown": () =>
      "The population or the service's FTE is not known, so the staffing cannot be assessed.",
    "outreach.pairs/split-single-position/holds": (x, f) =>
      `${n2(f, x.fte)} FTE is too little for a pair: split the position into ${num(x.pairSize)} posts of ${pct(f, x.postShare)}.`,
    "outreach.pairs/team-work-secured-otherwise/holds": () =>
      "Team work is secured otherwise, so the position need not be split.",
    "outreach.pairs/pair-without-split/holds": (x, f) =>
      `${n2(f, x.fte)} FTE leave room for at least ${num(x.minimumHeadcount)} people, so the work can be done in pairs without splitting a position.`,
    "outreach.pairs/two-people/holds": (x) =>
      x.headcount != null && num(x.headcount) >= num(x.pairSize)
        ? `The service has ${num(x.headcount)} outreach workers, enough to work in pairs.`
        : "Team work is secured otherwise.",
    "outreach.pairs/two-people/fails": (x) =>
      `The service has ${num(x.headcount)} outreach worker(s), and team work is not secured otherwise: a single position should be split into two 50 % posts.`,
    "outreach.pairs/two-people/unknown": () =>
      "It is not known whether the service has enough people to work in pairs, or whether team work is secured otherwise.",
    "outreach.pairs/field-work-in-pairs/holds": () => "Outreach work is done in pairs.",
    "outreach.pairs/field-work-in-pairs/fails": () =>
      "Outreach work is not always done in pairs; it should never be done alone.",
    "outreach.pairs/field-work-in-pairs/unknown": () => "It is not known whether outreach work is done in pairs.",
    "outreach.field-time/outcome/below": (x, f) =>
      `${pct(f, x.share)} field time, below the recommended ${range(f, x.min, x.max)} (main rule about ${pct(f, x.mainRule)}). ${REC}`,
    "outreach.field-time/outcome/within": (x, f) =>
      `${pct(f, x.share)} field time, within the recommended ${range(f, x.min, x.max)} (main rule about ${pct(f, x.mainRule)}). ${REC}`,
    "outreach.field-time/outcome/above": (x, f) =>
      `${pct(f, x.share)} field time, above the recommended ${range(f, x.min, x.max)} (main rule about ${pct(f, x.mainRule)}). ${REC}`,
    "outreach.field-time/within-range/holds": (x, f) =>
      `${n2(f, x.fieldHours)} of ${n2(f, x.totalHours)} working hours in the field (${pct(f, x.share)}), within ${range(f, x.min, x.max)}.`,
    "outreach.field-time/within-range/fails": (x, f) =>
      `${n2(f, x.fieldHours)} of ${n2(f, x.totalHours)} working hours in the field (${pct(f, x.share)}), ${x.band === "below" ? "below" : "above"} ${range(f, x.min, x.max)}.`,
    "outreach.field-time/within-range/unknown": (x, f) =>
      `The field time is not known; ${range(f, x.min, x.max)} of working time is recommended.`,
    "outreach.voluntary/outcome/may-follow-up": () =>
      `the service may follow up, since the young person agrees. ${REC}`,
    "outreach.voluntary/outcome/no-follow-up": () =>
      `no follow-up: contact is voluntary and the young person does not agree. ${REC}`,
    "outreach.voluntary/outcome/unknown": () =>
      `cannot be decided until it is known whether the young person agrees. ${REC}`,
    "outreach.voluntary/agreement/holds": () => "The young person agrees to follow-up.",
    "outreach.voluntary/agreement/fails": () => "The young person does not agree to follow-up.",
    "outreach.voluntary/agreement/unknown": () => "It is not known whether the young person agrees to follow-up.",
    "outreach.documentation/outcome/within-consent": () => `what is documented matches the consent. ${REC}`,
    "outreach.documentation/outcome/beyond-consent": (x, f) =>
      `more is documented than the client consented to: ${textList(f, x.beyondConsent)}. ${REC}`,
    "outreach.documentation/outcome/unknown": () => `cannot be decided until the consent is known. ${REC}`,
    "outreach.documentation/within-consent/holds": () => "Everything documented is covered by the consent.",
    "outreach.documentation/within-consent/fails": (x, f) =>
      `Documented without consent: ${textList(f, x.beyondConsent)}.`,
    "outreach.documentation/within-consent/unknown": () =>
      "The consent is not known, so the documentation cannot be checked against it.",
    "outreach.assessment/outcome/meets-all": (x) => `the service meets all ${num(obj(x.counts).total)} items. ${REC}`,
    "outreach.assessment/outcome/falls-short": (x) => {
      const s = obj(x.counts);
      return `the service falls short on ${num(s.fallsShort)} of ${num(s.total)} items (${num(s.meets)} met, ${num(s.unknown)} unknown). ${REC}`;
    },
    "outreach.assessment/outcome/incomplete": (x) => {
      const s = obj(x.counts);
      return `no item is known to fall short, but ${num(s.unknown)} of ${num(s.total)} are unknown (${num(s.meets)} met). ${REC}`;
    },
    "outreach.leadership/leader-or-coordinator/holds": () =>
      "The service has a professional leader, or someone with leadership responsibility or defined coordinator functions.",
    "outreach.leadership/leader-or-coordinator/fails": () =>
      "The service has no professional leader and nobody with leadership responsibility or defined coordinator functions.",
    "outreach.leadership/leader-or-coordinator/unknown": () =>
      "It is not known whether the service has a professional leader.",
    "outreach.qualifications/social-work-majority/holds": (x) =>
      `${num(x.socialWorkEducated)} of ${num(x.headcount)} outreach workers have social-work education: a majority.`,
    "outreach.qualifications/social-work-majority/fails": (x) =>
      x.headcount == null
        ? "None of the outreach workers has social-work education."
        : `${num(x.socialWorkEducated)} of ${num(x.headcount)} outreach workers have social-work education: no majority.`,
    "outreach.qualifications/social-work-majority/unknown": () =>
      "The staff's education is not known well enough to say whether the majority has social-work education.",
    "outreach.diversity/team-composition/holds": () =>
      "The team has more than one gender, and ethnicity was taken into account in composing it.",
    "outreach.diversity/team-composition/fails": (x) =>
      x.mixedGender === false
        ? "The team has only one gender."
        : "Ethnicity was not taken into account in composing the team.",
    "outreach.diversity/team-composition/unknown": () =>
      "It is not known whether the team was composed with regard to gender and ethnicity.",
    "outreach.supervision/supervision-and-reflection/holds": () => "Staff have access to supervision and reflection.",
    "outreach.supervision/supervision-and-reflection/fails": () =>
      "Staff have no access to supervision and reflection.",
    "outreach.supervision/supervision-and-reflection/unknown": () =>
      "It is not known whether staff have access to supervision.",
    .../* @__PURE__ */ criterionMessages<StructureId, `outreach.structure/${StructureId}/${S3}`>(
      "outreach.structure",
      STRUCTURE,
      {
        holds: (l) => `In place: ${l}.`,
        fails: () => "not in place.",
        unknown: (l) => `${cap(l)} – not stated.`,
      },
    ),
    .../* @__PURE__ */ criterionMessages<MaterialId, `outreach.material/${MaterialId}/${S3}`>(
      "outreach.material",
      MATERIAL,
      {
        holds: (l) => `In place: ${l}.`,
        fails: () => "not in place.",
        unknown: (l) => `${cap(l)} – not stated.`,
      },
    ),
    .../* @__PURE__ */ criterionMessages<MandateId, `outreach.mandate/${MandateId}/${S3}`>(
      "outreach.mandate",
      MANDATE,
      {
        holds: (l) => `In the mandate: ${l}.`,
        fails: () => "missing from the mandate.",
        unknown: (l) => `Not stated whether the mandate has ${l}.`,
      },
    ),
  },
});

/** What the outreach rulebook says beyond an explanation, in English. */
export const outreachRulebookEn: OutreachRulebook = /* @__PURE__ */ deepFreeze({
  rules: {
    "outreach.target-group": {
      summary:
        "Per NOU 1980:37: (a) children and youth at risk of developing problems that threaten their social and/or mental functioning; (b) problem-burdened youth who have not established contact with the ordinary help services; (c) problem-burdened youth in contact with those services who need the outreach service as a supplement. Within the age band.",
      interpretation:
        "When several categories hold, (b) outside the services and (c) needing a supplement win over (a) at risk: someone already problem-burdened is more than at risk of developing problems. (b) and (c) exclude each other. `needsSupplement` is read only when the person is in contact with the ordinary services; otherwise it does not matter and is not asked for.",
    },
    "outreach.age-band": {
      summary:
        "The service should be offered to young people aged 13 to 25. The mandate may narrow or move the band; 13–21 and 13–23 are named in the sources.",
      interpretation:
        "“Between 13 and 25” is read as 13 through 25 completed years: from the 13th birthday through the day before the 26th (parameter `outreach.age-max`; set 24 to read 25 as outside). Born on 29 February: a new age on 1 March in common years.",
    },
    "outreach.prevalence": {
      summary:
        "About 15–20 % of youth under 18 show experimenting, thrill-seeking behaviour; 15 % of those aged 13–23 is about 96,000 in Norway; about half of these are very vulnerable. That is about 100 aged 13–23 per 10,000 inhabitants.",
      interpretation:
        "From the population: the estimate is 100 per 10,000; since the guide derives the 100 from 15 %, the upper end is scaled by 20/15. From the 13–23 cohort (when given, and then preferred): half of 15 % (the estimate, lower end) and of 20 % (upper end). Numbers are rounded to whole persons.",
    },
    "outreach.voluntary": {
      summary:
        "Contact starts from the young person's own situation, is voluntary and helps them take responsibility: no follow-up without the young person's agreement.",
      interpretation:
        "Voluntariness is read as requiring the young person's own agreement to follow-up; consent to share information with other agencies is a separate rule (consent.share-with-agency). The duty to report to child welfare applies regardless.",
    },
    "outreach.pairs": {
      summary:
        "Outreach work is not done alone but in pairs, for safety and professional quality. With a single position, it should be split into two 50 % posts unless team work can be secured some other way.",
    },
    "outreach.field-time": {
      summary:
        "Between 20 and 40 % of working time should go to outreach (field) work, with about 30 % as the main rule. The share varies with the seasons, so it is judged over a period.",
      interpretation:
        "“Between 20 and 40 %” is read with both ends within. Over several periods (weeks, months) the whole is judged: total field hours / total working hours, not the mean of the periods' shares.",
    },
    "outreach.staffing": {
      summary:
        "As a minimum, one full-time position in municipalities with up to 10,000 inhabitants, then one position per 10,000 inhabitants. With a single position, it is split into two 50 % posts where team work is not possible otherwise. There is no statutory staffing norm.",
      interpretation:
        "“Deretter en stilling per 10 000 innbygger” does not say how a part of 10,000 counts. The default is exact FTE: population / 10,000 above 10,000 inhabitants (25,000 give 2.5). The parameter `outreach.staffing-rounding` = “whole-up” rounds up to whole positions (3).",
    },
    "outreach.leadership": {
      summary:
        "The service needs a professional leader who can follow staff closely in daily work. Even in small services with only two employees, one should have leadership responsibility or defined coordinator functions with a mandate to take professional and administrative decisions.",
    },
    "outreach.qualifications": {
      summary:
        "The majority of outreach workers should have social-work education. Other relevant education (social anthropology, pedagogy, psychology, nursing, sociology) enriches and strengthens the work.",
      interpretation:
        "“The majority” is read as more than half of the persons, not of the FTE (parameter `outreach.social-work-majority`).",
    },
    "outreach.diversity": {
      summary:
        "Strive for diversity: take gender and ethnicity into account when composing the team. Differences in age and professional background can also be a strength.",
      interpretation:
        "The assessment reads two team-level facts: the team has more than one gender (`mixedGender`), and ethnicity was taken into account in composing it (`ethnicityConsidered`). The library asks nothing about single persons' gender or ethnicity.",
    },
    "outreach.supervision": {
      summary:
        "Outreach social workers need supervision and reflection on their own practice; providing it is a necessary condition for professional outreach work.",
    },
    "outreach.structure": {
      summary:
        "Five points: (1) mandate and tasks defined politically or at chief-executive level; (2) a clear frame for the balance of outreach and follow-up work (20–40 % field time); (3) room for an independent professional basis; (4) staff are not drawn in as case workers for child welfare or others; (5) responsibilities and authority clarified with management.",
    },
    "outreach.material": {
      summary:
        "Five points: (1) its own operating budget; (2) its own municipal car or fixed agreements to borrow one; (3) its own suitable premises apart from other municipal offices; (4) a mobile phone for every employee; (5) its own data storage tool for sensitive user data.",
    },
    "outreach.mandate": {
      summary:
        "Since the service is not statutory, it needs a mandate stating target groups, responsibilities, staffing and operating conditions, how confidentiality is applied, and the age span. The mandate should be politically anchored. Where 13–21 is prioritised, the mandate must state the balance between early intervention and long-term follow-up.",
      interpretation:
        "The guide gives the contents as examples (“Eksempler på dette er …”); the assessment treats each as a point the mandate should cover. The mandate's age span reaches the other functions through the parameters `outreach.age-min` and `outreach.age-max`.",
    },
    "outreach.documentation": {
      summary:
        "Work with clients is documented so that what is documented matches what the client consented to, to protect the client's legal safeguards and privacy.",
      interpretation:
        "What is documented and what was consented to are compared as lists of kinds of information in the host system's own vocabulary; equal texts (after trimming) count as the same kind. Who may consent for those under 16 is for the consent area.",
    },
    "outreach.assessment": {
      summary:
        "A service held against every minimum of the guide: staffing for its population, pair work, field time, leadership, social-work education, diversity, supervision, the five structural and five material criteria, and the mandate's contents. Recommendations, not law.",
      interpretation:
        "An item “meets” only when known facts show it, and “falls short” when known facts decide it (for example below one FTE whatever the population); otherwise it is “unknown”. The decision's `needs` lists every fact missing for a complete report.",
    },
  },
  parameters: {
    "outreach.age-min": {
      interpretation:
        "Age in completed years: from the 13th birthday. A mandate may narrow or move the band (13–21 and 13–23 are named).",
    },
    "outreach.age-max": {
      interpretation:
        "“Between 13 and 25” is read with 25 included in completed years: through the day before the 26th birthday. Set the value to 24 to read 25 as outside. A mandate may narrow the band, for example to 21.",
    },
    "outreach.risk-share-low": {
      interpretation:
        "The guide derives 100 per 10,000 inhabitants from 15 %; the estimate therefore uses 15 %, and 20 % gives the upper end of the range.",
    },
    "outreach.risk-share-high": {
      interpretation: "Set the value equal to the lower estimate (0.15) for a point estimate without a range.",
    },
    "outreach.staffing-inhabitants-per-fte": {
      interpretation:
        "“One position per 10,000 inhabitants” is read of the whole population: above 10,000 inhabitants the need is population / 10,000 FTE. With the default values the reading “one per 10,000 beyond the first 10,000” gives the same numbers.",
    },
    "outreach.staffing-rounding": {
      interpretation:
        "The source does not say how a part of 10,000 counts. The default is exact FTE (25,000 inhabitants give 2.5); “whole-up” rounds up to whole positions (3), as the guide's preference for whole positions may suggest.",
    },
    "outreach.field-time-min": { interpretation: "“Between 20 and 40 %” is read with both ends within." },
    "outreach.social-work-majority": {
      interpretation:
        "“The majority of the outreach workers” is read as more than half of the persons (not of the FTE).",
    },
  },
});
