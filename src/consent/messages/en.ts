import { cap, dateOf, num } from "../../core/format.js";
import { deepFreeze } from "../../core/freeze.js";
import {
  allBases,
  type BasisWords,
  basisLimit,
  basisTitle,
  type ConsentRulebook,
  type ConsentTexts,
  type KindWords,
  kindTitle,
  type ReadingWords,
  reading,
  type ThresholdWords,
  thresholdConditions,
  thresholdMessages,
  timelineOutcome,
} from "./keys.js";

/** The kinds of information guardians may or may not be told. */
const KIND: KindWords = {
  vital: "vital information",
  whereabouts: "where the young person is staying",
  serious: "serious but not vital information",
  other: "other information",
  agreed: "what the young person has agreed may be shared with the parents",
};

/** The legal bases other than consent, and how far each reaches. */
const BASIS: BasisWords = {
  "public-body": {
    title: "forvaltningsloven § 13 b første ledd nr. 5 (information to other public bodies)",
    limit:
      "only to other public bodies, and only what nr. 5 allows (among other things the person's connection with the service and decisions made); sector rules such as NAV-loven § 7 and sosialtjenesteloven § 44 may narrow or exclude it",
  },
  "report-offence": {
    title: "forvaltningsloven § 13 b første ledd nr. 6 (reporting a breach of the law)",
    limit:
      "only to the prosecuting authority or the supervisory authority, about a breach of the law, where the public interest calls for it or prosecuting the breach is naturally linked to the service's tasks",
  },
  "avert-danger": {
    title: "forvaltningsloven § 13 b første ledd nr. 7 (danger to life or health)",
    limit:
      "with anyone and at any age, but only «så langt det er nødvendig for å unngå fare for liv eller helse» (as far as necessary to avert danger to life or health; before nr. 7 was enacted in 2021, necessity allowed the same)",
  },
  "duty-to-avert": {
    title: "the duty to avert in straffeloven § 196",
    limit:
      "only what is needed to avert the serious crime or its consequences, by reporting it or otherwise, where it is certain or most likely that it will be committed; the duty applies regardless of confidentiality",
  },
};

/** The readings of «over 15 år». */
const READING: ReadingWords = {
  "15th-birthday": "from the 15th birthday",
  "16th-birthday": "from the 16th birthday",
};

/** The age thresholds of a timeline, and what changes at each. */
const THRESHOLD: ThresholdWords = {
  heard: { title: "Heard", changes: "The child shall be heard before decisions on personal matters." },
  "great-weight": { title: "Great weight", changes: "The child's view carries great weight." },
  "health-privacy": {
    title: "Health privacy",
    changes:
      "In health care the young person may ask, for reasons that should be respected, that the parents are not told; the parents still get what they need to carry out parental responsibility.",
  },
  "information-society-consent": {
    title: "Apps and social media",
    changes:
      "The young person consents to information-society services (apps, social media) processing their personal data.",
  },
  "education-choice": {
    title: "Chooses education",
    changes:
      "The young person decides on their own education and on joining associations, and applies for upper secondary education themselves.",
  },
  "guardian-confidentiality": {
    title: "Confidential to guardians",
    changes:
      "The service is bound to confidentiality towards the guardians, except for vital information and whereabouts; serious information calls for a judgement.",
  },
  "share-consent": {
    title: "Consents to sharing",
    changes: "The young person consents to being discussed with other agencies (before: the guardians).",
  },
  "health-consent": {
    title: "Health consent",
    changes:
      "The young person consents to health care themselves; the parents get only what parental responsibility needs.",
  },
  majority: {
    title: "Of age",
    changes:
      "The young person comes of age: the guardians lose parental responsibility and the right to information. Child-welfare measures may continue as aftercare with the young person's consent.",
  },
  "aftercare-ends": {
    title: "Aftercare ends",
    changes: "Child-welfare aftercare (measures for young people over 18) ends.",
  },
};

/** The consent area's texts in English. */
export const consentEn: ConsentTexts = /* @__PURE__ */ deepFreeze({
  area: "consent",
  title: "Confidentiality and consent by age",
  rules: {
    "consent.share-with-agency": {
      title: "Consent to discuss a young person with another agency",
      strengthNote: "the LOSU guide's rule; no statute sets its ages for these services",
    },
    "consent.duty-to-report": { title: "Duty to report to child welfare" },
    "consent.other-legal-basis": { title: "Other legal bases for sharing without consent" },
    "consent.anonymous-forum": { title: "Anonymous cases in interdisciplinary forums" },
    "consent.guardian-confidentiality": {
      title: "Confidentiality towards the guardians",
      strengthNote: "the LOSU guide's rule; no statute sets its ages for these services",
    },
    "consent.majority": { title: "Age of majority" },
    "consent.timeline": {
      title: "Age thresholds for consent and confidentiality",
      strengthNote: "each threshold carries its own strength",
    },
    "consent.child-views": {
      title: "The child's right to be heard",
      strengthNote: "Grunnloven § 104 and barnekonvensjonen bind the services; the ages are barnelova § 31's",
    },
    "consent.information-society": { title: "Consent to information-society services" },
    "consent.education-choice": { title: "Choice of education from 15" },
    "consent.health": { title: "Consent and confidentiality in health care" },
    "consent.aftercare": { title: "Child-welfare aftercare" },
  },
  parameters: {
    "consent.heard-age": { title: "Age from which the child shall be heard" },
    "consent.great-weight-age": { title: "Age from which the child's view carries great weight" },
    "consent.health-privacy-age": { title: "Age from which a patient may ask that the parents are not told" },
    "consent.information-society-age": { title: "Age of consent to information-society services" },
    "consent.education-choice-age": { title: "Age from which the young person chooses their own education" },
    "consent.guardian-confidentiality-from": {
      title: "When confidentiality towards the guardians starts (“over 15 år”)",
    },
    "consent.vital-information": { title: "Vital information to guardians: may or must" },
    "consent.share-consent-age": { title: "Age from which the young person consents to sharing with other agencies" },
    "consent.health-consent-age": { title: "Age of consent to health care" },
    "consent.majority-age": { title: "Age of majority" },
    "consent.aftercare-upper-age": { title: "Upper age of child-welfare aftercare" },
  },
  versions: {
    "consent-2006": "the rules on confidentiality and consent by age",
  },
  conditions: {
    ...thresholdConditions(THRESHOLD),
    "consent.anonymous-forum/not-identifiable": "The case is discussed without the young person being recognisable",
    "consent.duty-to-report/triggered": "The duty to report to child welfare is triggered",
    "consent.other-legal-basis/applies": "Another legal basis allows sharing without consent",
    "consent.share-with-agency/youth-consents": "The young person consents themselves",
    "consent.guardian-confidentiality/confidentiality-age": "Confidentiality towards the guardians",
    "consent.majority/of-age": "The young person is of age",
    "consent.guardian-confidentiality/exempt-information":
      "The information is exempt from confidentiality (vital, or about whereabouts)",
    "consent.guardian-confidentiality/serious": "The information is serious",
    "consent.guardian-confidentiality/agreed-with-youth": "The young person has agreed that it may be shared",
  },
  facts: {
    birthDate: "birth date",
    identifiable: "whether the young person is recognisable",
    dutyToReport: "whether the duty to report to child welfare is triggered",
    otherLegalBasis:
      "whether another legal basis allows sharing without consent (forvaltningsloven § 13 b første ledd nr. 5–7, straffeloven § 196)",
    information: "the kind of information",
  },
  values: {
    "consent.guardian-confidentiality-from": {
      "15th-birthday": "from the 15th birthday",
      "16th-birthday": "from the 16th birthday",
    },
    "consent.vital-information": { "may-inform": "may inform", "must-inform": "must inform" },
  },
  messages: {
    "consent.share-with-agency/outcome/youth": (x, f) =>
      `the young person must consent before the case is discussed with other agencies (turned ${num(x.consentAge)} on ${dateOf(f, x.youthConsentsFrom)}). Document only what the young person consented to (outreach.documentation).`,
    "consent.share-with-agency/outcome/guardians": (x, f) =>
      `the guardians must consent before the case is discussed with other agencies; from ${dateOf(f, x.youthConsentsFrom)} (age ${num(x.consentAge)}) the young person consents. Document only what was consented to (outreach.documentation).`,
    "consent.share-with-agency/outcome/not-needed": (x) =>
      x.exemption === "duty-to-report"
        ? "no consent needed: the duty to report to child welfare is triggered, so the information shall go to the child welfare service. The exemption covers what is reported there; sharing with others needs consent or another legal basis."
        : x.exemption === "other-legal-basis"
          ? `no consent needed under ${basisTitle(BASIS, x.legalBasis)}, but only within its limit: ${basisLimit(BASIS, x.legalBasis)}.`
          : "no consent needed while the case is anonymised (for instance in SLT); names or details that identify the person need consent or another legal basis.",
    "consent.share-with-agency/outcome/unknown": (x, f) =>
      x.consentBy === "guardians"
        ? `cannot be decided until more facts are known. If no exemption applies, the guardians must consent (from ${dateOf(f, x.youthConsentsFrom)} the young person).`
        : x.consentBy === "youth"
          ? "cannot be decided until more facts are known. If no exemption applies, the young person must consent."
          : "cannot be decided until more facts are known.",
    "consent.anonymous-forum/not-identifiable/holds": () =>
      "The case is discussed without names and without the person being recognisable (anonymised, for instance in SLT); anonymised information is not confidential, so that needs no consent.",
    "consent.anonymous-forum/not-identifiable/fails": () =>
      "The young person is named or recognisable, so discussing them with other agencies needs consent unless the duty to report or another legal basis allows it.",
    "consent.anonymous-forum/not-identifiable/unknown": () =>
      "It is not known whether the young person is recognisable.",
    "consent.duty-to-report/triggered/holds": () =>
      "The duty to report to child welfare is triggered: the information goes to the child welfare service without consent.",
    "consent.duty-to-report/triggered/fails": () =>
      "The duty to report to child welfare is not triggered, so it lifts no confidentiality.",
    "consent.duty-to-report/triggered/unknown": () =>
      "It is not known whether the duty to report to child welfare is triggered.",
    "consent.other-legal-basis/applies/holds": (x) =>
      x.information === "vital"
        ? `The information is vital: ${basisTitle(BASIS, x.otherLegalBasis)} allows sharing it ${basisLimit(BASIS, x.otherLegalBasis)}.`
        : `${cap(basisTitle(BASIS, x.otherLegalBasis))} applies, so this sharing needs no consent. Its limit: ${basisLimit(BASIS, x.otherLegalBasis)}.`,
    "consent.other-legal-basis/applies/fails": () =>
      `As the service judges it, no other legal basis for sharing without consent applies (neither ${allBases(BASIS, "nor")}).`,
    "consent.other-legal-basis/applies/unknown": () =>
      `It is not known whether another legal basis allows sharing without consent: ${allBases(BASIS, "or")}.`,
    "consent.share-with-agency/youth-consents/holds": (x, f) =>
      `The young person turned ${num(x.consentAge)} on ${dateOf(f, x.youthConsentsFrom)} and consents themselves.`,
    "consent.share-with-agency/youth-consents/fails": (x, f) =>
      `The young person is ${num(x.age)} and turns ${num(x.consentAge)} on ${dateOf(f, x.youthConsentsFrom)}; until then the guardians consent.`,
    "consent.share-with-agency/youth-consents/unknown": (x) =>
      `The birth date is not known, so it cannot be decided whether the young person has turned ${num(x.consentAge)} and consents themselves.`,
    "consent.guardian-confidentiality/outcome/may-inform": (x, f) => {
      if (x.information === "agreed")
        return "the guardians may be told what the young person has agreed may be shared.";
      if (x.band === "before-confidentiality")
        return `the guardians may be informed: the service owes them no confidentiality until the young person turns ${num(x.confidentialityAge)} (${dateOf(f, x.confidentialFrom)}). Agree with the young person what may be discussed openly with the parents.`;
      if (x.information === "vital" && x.band === "of-age")
        return "the guardians may be informed, but only as far as necessary to avert danger to life or health (forvaltningsloven § 13 b første ledd nr. 7): the young person is of age, and anything else may be shared with them only with the young person's consent.";
      if (x.information === "vital" && x.band == null)
        return "the guardians may be informed as far as necessary to avert danger to life or health, whatever the young person's age (forvaltningsloven § 13 b første ledd nr. 7).";
      if (x.information === "vital")
        return "the guardians may be informed: confidentiality towards them does not cover vital information, and forvaltningsloven § 13 b første ledd nr. 7 allows sharing it as far as necessary to avert danger to life or health.";
      return `the guardians may be informed: confidentiality does not cover ${kindTitle(KIND, x.information)}.`;
    },
    "consent.guardian-confidentiality/outcome/must-inform": (x) =>
      `the guardians must be informed: the information is vital, and the guardians must be able to exercise parental responsibility until the young person turns ${num(x.majorityAge)} (the “must inform” reading of consent.vital-information).`,
    "consent.guardian-confidentiality/outcome/confidential": (x, f) =>
      x.band === "of-age"
        ? "confidential: the young person is of age, and the guardians have neither parental responsibility nor a right to information. They may be told only with the young person's consent or under another legal basis (vital information: as far as necessary to avert danger to life or health)."
        : `confidential towards the guardians. If the information is serious, a judgement is needed on whether the guardians need it to exercise parental responsibility until ${dateOf(f, x.majorityFrom)}.`,
    "consent.guardian-confidentiality/outcome/judgement-needed": (x, f) =>
      `a judgement is needed: the information is serious, and the guardians must be able to exercise parental responsibility until the young person turns ${num(x.majorityAge)} (${dateOf(f, x.majorityFrom)}). Weigh that against the young person's trust in the service; the more serious the information, the stronger the case for informing them.`,
    "consent.guardian-confidentiality/outcome/unknown": () => "cannot be decided until more facts are known.",
    "consent.guardian-confidentiality/confidentiality-age/holds": (x, f) =>
      `The young person turned ${num(x.confidentialityAge)} on ${dateOf(f, x.confidentialFrom)}: the service is bound to confidentiality towards the guardians (“over 15 år” read ${reading(READING, x.reading)}).`,
    "consent.guardian-confidentiality/confidentiality-age/fails": (x, f) =>
      `The young person turns ${num(x.confidentialityAge)} on ${dateOf(f, x.confidentialFrom)}; until then the service owes the guardians no confidentiality, but should agree with the young person what may be discussed openly with the parents.`,
    "consent.guardian-confidentiality/confidentiality-age/unknown": (x) =>
      `The birth date is not known, so it cannot be decided whether the young person has turned ${num(x.confidentialityAge)}, when confidentiality towards the guardians starts.`,
    "consent.majority/of-age/holds": (x, f) =>
      `The young person came of age on ${dateOf(f, x.majorityFrom)} (${num(x.majorityAge)}): the guardians no longer hold parental responsibility or a right to information.`,
    "consent.majority/of-age/fails": (x, f) =>
      `The young person comes of age on ${dateOf(f, x.majorityFrom)} (${num(x.majorityAge)}); until then the guardians must be able to exercise parental responsibility.`,
    "consent.majority/of-age/unknown": (x) =>
      `The birth date is not known, so it cannot be decided whether the young person is of age (${num(x.majorityAge)}).`,
    "consent.guardian-confidentiality/exempt-information/holds": (x) =>
      x.information === "vital"
        ? `The information is vital: confidentiality towards the guardians does not cover vital information${x.vitalReading === "must-inform" ? ", and under the “must inform” reading the guardians must be informed" : ""}.`
        : "The information is about where the young person is staying: confidentiality towards the guardians does not cover it.",
    "consent.guardian-confidentiality/exempt-information/fails": (x) =>
      `The information (${kindTitle(KIND, x.information)}) is neither vital nor about where the young person is staying, so the exemption from confidentiality does not apply.`,
    "consent.guardian-confidentiality/exempt-information/unknown": () =>
      "It is not known what kind of information it is (vital, whereabouts, serious, other, or agreed with the young person).",
    "consent.guardian-confidentiality/serious/holds": (x) =>
      `The information is serious: whether to inform the guardians is a judgement tied to how serious it is. What is weighed is the guardians' ability to exercise parental responsibility until the young person turns ${num(x.majorityAge)}, against the young person's trust in the service.`,
    "consent.guardian-confidentiality/serious/fails": (x) =>
      `The information is not marked as serious and is confidential. If it turns out to be serious, the service must judge whether the guardians need it to exercise parental responsibility until the young person turns ${num(x.majorityAge)}.`,
    "consent.guardian-confidentiality/agreed-with-youth/holds": () =>
      "The young person has agreed that this may be discussed openly with the parents; consent lifts confidentiality.",
    "consent.timeline/outcome": (x, f) =>
      timelineOutcome(THRESHOLD, f, x, {
        passed: (n, total, age) => `${n} of ${total} thresholds reached (the young person is ${age}).`,
        next: (when, age, what) => `Next change on ${when} (age ${age}): ${what}.`,
        done: "All are reached.",
      }),
    ...thresholdMessages(
      THRESHOLD,
      (age, when, changes) => `Age ${age}, reached on ${when}: ${changes}`,
      (age, when, changes) => `Age ${age}, to be reached on ${when}: ${changes}`,
    ),
  },
});

/** What the consent rulebook says beyond an explanation, in English. */
export const consentRulebookEn: ConsentRulebook = /* @__PURE__ */ deepFreeze({
  rules: {
    "consent.share-with-agency": {
      summary:
        "Unless the duty to report to child welfare or another legal basis (consent.other-legal-basis) allows sharing, discussing a named or identifiable young person with another agency (child welfare, police, school staff) requires consent: from the young person from 16, from the guardians under 16. What is documented must match what was consented to (outreach.documentation).",
      interpretation:
        "“Dersom ungdommen er under 16 år” is read in completed years: the guardians consent until the day before the 16th birthday, the young person from the 16th birthday (parameter `consent.share-consent-age`). The rule is the outreach services' practice as the LOSU guide states it, so a recommendation; for OT it is an analogy. No statute sets an age of consent to sharing for these services: forvaltningsloven § 13 a nr. 1 lets the person concerned consent but names no age. The closest statutory ages are in health law: pasient- og brukerrettighetsloven § 4-3 (consent to health care from 16) and § 3-4 (what parents are told: from 12 the patient may ask that they are not told, from 16 they get only what parental responsibility needs). 16 matches the age of consent to health care.",
    },
    "consent.duty-to-report": {
      summary:
        "Public employees shall, notwithstanding confidentiality, inform the child welfare service when there is reason to believe that a child is seriously neglected or abused, has serious behavioural problems or is a victim of trafficking. Once the duty is triggered, the information goes to the child welfare service without consent.",
      interpretation:
        "Whether the duty is triggered is the case worker's assessment (`dutyToReport`); the library does not test its grounds. The duty concerns children under 18, but the child may be the young person or, for instance, their own child or a sibling, so the young person's age is not tested. The exemption from consent that the duty gives covers what is reported to the child welfare service. Sharing with others needs consent or another legal basis (consent.other-legal-basis: forvaltningsloven § 13 b første ledd nr. 5–7, straffeloven § 196).",
    },
    "consent.other-legal-basis": {
      summary:
        "Consent is not the only way to share confidential information. A public service may also share under forvaltningsloven § 13 b første ledd nr. 5 (with other public bodies), nr. 6 (reporting a breach of the law to the prosecuting or supervisory authority) and nr. 7 (with anyone, at any age, as far as necessary to avert danger to life or health), and the duty to avert in straffeloven § 196 applies regardless of confidentiality. Each basis has its limit.",
      interpretation:
        "Which basis applies is the service's assessment (`otherLegalBasis`); the library does not test its conditions. Sector rules may narrow or exclude nr. 5 and 6 (NAV-loven § 7 for NAV staff, sosialtjenesteloven § 44); a service under such rules then states “none” for them. Nr. 7 was added by lov 18. juni 2021 nr. 127 (Prop. 166 L (2020–2021)). The day it came into force was not found and is not given; it was in force when the ministry's guide on confidentiality was out (by March 2023). Prop. 166 L says nr. 7 codifies what «allerede følger av nødretten» (what necessity already allowed), so the answer is the same before and after, and the rules are not split into versions for it. With the basis unknown and no other exemption, the answer is “unknown” with `needs: [\"otherLegalBasis\"]`, and `details.consentBy` says who must consent if no other basis applies. The library does not answer “consent needed” while another basis may apply: an urgent case (nr. 7, § 196) must not wait for a consent the law does not require. A service that knows no basis applies states “none” and gets the answer on consent. Vital information to the guardians (`consentGuardianDisclosure`) rests on nr. 7 at every age.",
    },
    "consent.anonymous-forum": {
      summary:
        "Anonymised information is not confidential, so environments, groups and anonymised cases may be discussed in interdisciplinary forums such as SLT without consent; names or identifiable persons may not.",
      interpretation:
        "Anonymised information is not confidential (forvaltningsloven § 13 a nr. 2); the guide applies this to interdisciplinary forums such as SLT. A case is anonymous only when no one in the forum can recognise the person (`identifiable: false`). “Identifiable groupings” count as identifiable.",
    },
    "consent.guardian-confidentiality": {
      summary:
        "The outreach service has a duty of confidentiality towards the guardians of youth over 15, except for vital information and information about where the young person is. Until 18 the guardians must be able to exercise parental responsibility, so informing them is a discretionary judgement tied to how serious the information is. With the youngest, agree what may be discussed with the parents.",
      interpretation:
        "The rule is the outreach services' practice as the LOSU guide states it, so a recommendation: no statute sets 15 for these services (forvaltningsloven § 13 a names no age; the closest statutory limits are 12 and 16 in pasient- og brukerrettighetsloven § 3-4 and 16 in § 4-3). The age of majority (18) and vital information (forvaltningsloven § 13 b første ledd nr. 7) are statute. “Over 15 år” is read as from the 15th birthday; the value “16th-birthday” of `consent.guardian-confidentiality-from` selects the 16th. “Taushetsplikten gjelder ikke livsviktig informasjon” is read as a permission; the value “must-inform” of `consent.vital-information` makes it a duty. The library never answers “must inform” for anything else: “informasjonsplikten er et skjønnsspørsmål”, so serious information gives “judgement needed”. Before the confidentiality age guardians may be informed. From 18 everything is confidential towards the guardians unless the young person consents (`agreed`), except vital information: it may be shared «så langt det er nødvendig for å unngå fare for liv eller helse» (forvaltningsloven § 13 b første ledd nr. 7, consent.other-legal-basis), so vital information is never plainly confidential.",
    },
    "consent.majority": {
      summary:
        "At 18 the young person is of age: the guardians no longer hold parental responsibility and have no right to information. They may be told only with the young person's consent or under another legal basis, such as vital information as far as necessary to avert danger to life or health (consent.other-legal-basis).",
    },
    "consent.timeline": {
      summary:
        "The age thresholds that matter to a youth service: heard from 7, great weight from 12, health privacy from 12, apps and social media from 13, choice of education from 15, confidentiality towards guardians from 15, consent to sharing and to health care from 16, majority at 18 and aftercare until 25. Each comes with the date it is reached, what changes and its source.",
      interpretation:
        "Confidentiality towards the guardians from 15 and consent to sharing from 16 are the LOSU guide's ages, not statute, and carry the strength recommendation. The date is the birthday on which the age is reached (1 March in common years for those born on 29 February). The timeline applies the rules in force on `asOf`; it foresees no later reforms. The end of aftercare is the exception: the limit that applies is the one in force on the day the person reached it (consent.aftercare). A threshold no rule sets on `asOf` (consent to apps before 2018-07-20) is left out.",
    },
    "consent.child-views": {
      summary:
        "Children have a right to be heard in matters that concern them, their views given weight by age and maturity (Grunnloven § 104, barnekonvensjonen article 12); this binds public services. barnelova § 31, which governs the parents' decisions, sets the ages: from 7 the child shall be heard before decisions on personal matters; from 12 the child's view carries great weight.",
      interpretation:
        "barnelova § 31 governs the parents; a youth service is bound by Grunnloven § 104 and barnekonvensjonen article 12 (through menneskerettsloven), which name no age but say the child's views are given weight by age and maturity. The library shows barnelova's ages of 7 and 12 as the common reference. Younger children able to form their own views shall be heard too; 7 is the age from which the right applies in any case. The sector rules on hearing children in child welfare and in public administration generally were not found in the sources read.",
    },
    "consent.information-society": {
      summary:
        "From 13 the child may consent to the processing of personal data by information-society services (apps, social media); for younger children the parents consent.",
      interpretation:
        "A 2025 proposal to raise the age to 15 was not enacted as far as checked (parameter `consent.information-society-age`).",
    },
    "consent.education-choice": {
      summary:
        "From 15 the young person decides on their own education and on joining or leaving associations, and applies for upper secondary education themselves.",
    },
    "consent.health": {
      summary:
        "From 12 a patient may ask, for reasons that should be respected, that the parents are not told. From 16 the young person consents to health care themselves. While the patient is under 18 the parents still get the information they need to carry out parental responsibility (§ 3-4 fourth paragraph); from 16 they get only that.",
    },
    "consent.aftercare": {
      summary:
        "Child-welfare measures may, with the young person's consent, continue or be replaced by others after 18, until the young person turns 25. For someone who turned 23 before 2021-01-01, aftercare ended on that 23rd birthday.",
      interpretation:
        "Aftercare “up to 25” is read as: measures may last while the young person is under 25 and end on the 25th birthday. The change from 23 to 25 applies, in Bufdir's words, «med direkte virkning for unge voksne som fyller 23 år fra samme dato» (1 January 2021). So the limit that applies to a person is decided by the day they reach it, not by `asOf`: aftercare ends on the first birthday on which the person has reached the limit in force that day. Someone who turned 23 on 2020-12-31 had aftercare end that day, also when assessed after 2021; someone who turned 23 on 2021-01-01 has aftercare until 25. A birthday after `asOf` reads the limit in force on `asOf`: a later reform is not foreseen. Set `consent.aftercare-upper-age` to 26 for the reading “through age 25”; an overridden value applies whatever the birthday.",
    },
  },
  parameters: {
    "consent.information-society-age": {
      interpretation:
        "A 2025 proposal to raise the age to 15 was not enacted as far as checked. Override the value to compute such a change. Before 2018-07-20 no statute set such an age (the value is null).",
    },
    "consent.guardian-confidentiality-from": {
      interpretation:
        "15 is the LOSU guide's age; no statute sets it for these services (statutory analogues: pasient- og brukerrettighetsloven §§ 3-4 and 4-3). “Over 15 år” is read as from the 15th birthday (someone who has turned 15 is “over 15” in everyday speech). The value “16th-birthday” selects the strict reading: older than 15, so from the 16th birthday.",
    },
    "consent.vital-information": {
      interpretation:
        "“Taushetsplikten gjelder ikke livsviktig informasjon” is read as a permission: the service may inform (confidentiality is lifted), a permission the statute also gives (forvaltningsloven § 13 b første ledd nr. 7). The value “must-inform” selects the stronger reading: vital information must be given to guardians while they hold parental responsibility. That duty is the guide's reading; no statute making it one was found, hence recommendation.",
    },
    "consent.share-consent-age": {
      interpretation:
        "16 is the LOSU guide's age for outreach services (for OT an analogy); no statute sets it for these services. Forvaltningsloven § 13 a names no age; statutory analogues are pasient- og brukerrettighetsloven § 4-3 (16) and § 3-4.",
    },
    "consent.aftercare-upper-age": {
      interpretation:
        "The value that applies to a person is the one in force on the day they reach it: 25 for those who turn 23 from 2021-01-01 («med direkte virkning for unge voksne som fyller 23 år fra samme dato»), 23 for those who turned 23 before. The value 26 selects the reading “through age 25”.",
    },
  },
});
