import { dutyConditions, dutyList, dutyMessages } from "../../core/duty-texts.js";
import { cap, dateOf, num } from "../../core/format.js";
import { deepFreeze } from "../../core/freeze.js";
import type { OtContactTrigger } from "../contact-triggers.js";
import {
  dutiesOutcomeMessages,
  type OtDutyWords,
  type OtRulebook,
  type OtTexts,
  triggerConditions,
  triggerList,
  triggerMessages,
} from "./keys.js";

/** The situations in which OT must make contact, as a main clause's predicate. */
const LABEL: Readonly<Record<OtContactTrigger, string>> = {
  "not-applied": "has not applied for upper secondary education",
  "no-place-offered": "was not offered a school or apprenticeship place",
  "place-not-accepted": "has not accepted an assigned student place or apprenticeship",
  "dropped-out": "has broken off education before completing it",
  "not-in-work": "is not in work",
  "lost-right": "lost the right through expulsion or contract termination",
};

/** The same situations in a subordinate clause: English keeps the word order. */
const CLAUSE = LABEL;

/** OT's duties in English. */
const DUTIES: OtDutyWords = {
  done: {
    overview: "The person is entered in the overview of the target group",
    "written-information": "Written information about their rights has been given to the young person",
    "guardian-information": "The same information has been given to the guardians",
    contact: "Contact with the young person is established",
    offer: "The young person has been given an offer",
    "follow-up": "The young person has been followed up after the offer",
  },
  name: {
    overview: "entry in the overview of the target group",
    "written-information": "written information about their rights",
    "guardian-information": "the same information to the guardians",
    contact: "contact with the young person",
    offer: "an offer of education, work or another skills-building measure",
    "follow-up": "follow-up after the offer",
  },
  because: {
    "not-in-target-group": "the person is not in the target group",
    "past-age-limit": "the person is past the age limit",
    "target-group-unknown": "it is not known whether the person is in the target group",
    "of-age": "the person is of age",
    "age-unknown": "it is not known whether the person is under the age limit for informing guardians",
    "not-in-force": "the duty to inform guardians did not yet apply",
    "no-offer": "no offer has been given to follow up",
    "offer-answer-unknown": "it is not known whether the offer was accepted",
    "not-needed": "OT has judged that the young person needs no follow-up",
    "need-unknown": "it is not known whether the young person needs follow-up",
  },
  heading: { due: "To do", unknown: "Not settled", done: "Done", "not-owed": "Not owed" },
  dueBy: (date) => `by ${date}`,
  notDone: (dueBy) => (dueBy === null ? "Not done yet." : `Not done yet; it is due by ${dueBy}.`),
  notKnown: (name, because) =>
    `${cap(name)} is not recorded as done, and whether it is owed is not settled: ${because}.`,
};

/** The collision between informing guardians and confidentiality, in English. */
const COLLISION = {
  "confidentiality-wins":
    "Informing the guardians meets OT's duty of confidentiality, since the young person decides on their own education: confidentiality wins, so the guardians get only what is not confidential towards them.",
  judgement:
    "Informing the guardians meets OT's duty of confidentiality, since the young person decides on their own education: no text read says which rule wins, so what the guardians may be told needs judgement.",
} as const;

/** The OT area's texts in English. */
export const otEn: OtTexts = /* @__PURE__ */ deepFreeze({
  area: "ot",
  title: "The follow-up service (OT)",
  rules: {
    "ot.target-group": { title: "Target group of the follow-up service" },
    "ot.age-limit": { title: "OT age limit" },
    "ot.contact-triggers": { title: "When OT shall make contact" },
    "ot.offer-aims": { title: "What OT's offers aim at" },
    "ot.yearly-contact": { title: "Contact every school year" },
    "ot.coordination": { title: "Coordination" },
    "ot.service-facts": { title: "Facts about OT" },
    "ot.notify-on-dropout": { title: "Notifying OT when a pupil quits" },
    "ot.duties": { title: "What OT owes the young person" },
    "ot.guardian-confidentiality": { title: "Confidentiality towards guardians" },
    "ot.fixed-yearly-lists": { title: "Fixed yearly lists", strengthNote: "LOSU's consultation response, not law" },
    "ot.full-time-positions": {
      title: "Full-time OT positions",
      strengthNote: "LOSU's consultation response, not law",
    },
    "ot.cooperation-meetings": {
      title: "Regular cooperation meetings",
      strengthNote: "LOSU's consultation response, not law",
    },
    "ot.case-tool-access": {
      title: "Access to the OT case tool (OTTO)",
      strengthNote: "LOSU's consultation response, not law",
    },
  },
  parameters: {
    "ot.upper-age": { title: "Upper age limit of the follow-up service" },
    "ot.notify-max-days": { title: "Days allowed to notify OT when a pupil quits" },
    "ot.lost-right-grounds": { title: "Ways of losing the right that keep someone in the target group" },
    "ot.guardian-information-age": { title: "Guardians of young people under this age get the same information" },
    "ot.own-education-age": { title: "Age of deciding on one's own education" },
    "ot.guardian-collision": { title: "What wins when informing guardians meets confidentiality" },
    "ot.each-school-year": { title: "Contact and an offer each school year" },
    "ot.follow-up-after": { title: "Whom OT follows up" },
  },
  versions: {
    "ot-2006": "the Education Act 1998 § 3-6 and chapter 13 of its 2006 regulation",
    "ot-2024": "the Education Act 2023 § 9-4 and regulation § 8-3",
  },
  conditions: {
    ...triggerConditions(LABEL, "The person"),
    "ot.target-group/youth-right": "The person holds the youth right",
    "ot.target-group/lost-right": "The person lost the right in a way that brings them into the target group",
    "ot.target-group/not-in-education": "The person is not in education",
    "ot.target-group/not-in-work": "The person is not in work",
    "ot.age-limit/within-age-limit": "Within the age limit",
    "ot.yearly-contact/established-contact": "Contact is established in the school year",
    "ot.notify-on-dropout/notified": "OT was notified in time",
    "ot.notify-on-dropout/not-yet-notified": "Still within the time to notify OT",
    ...dutyConditions("ot.duties", DUTIES),
    "ot.guardian-confidentiality/decides-own-education": "The young person decides on their own education",
  },
  facts: {
    birthYear: "birth year",
    birthDate: "birth date",
    hasYouthRight: "youth right",
    inEducation: "whether in education",
    inWork: "whether in work",
    lostRight: "lost right",
    applied: "whether the person applied",
    offeredPlace: "whether a place was offered",
    acceptedPlace: "whether the place was accepted",
    droppedOut: "whether the person dropped out",
    history: "what OT has done",
    contacts: "contacts and attempts",
    "contacts.date": "date",
    "contacts.established": "whether contact was established",
    quitDate: "date the pupil quit",
    notifiedDate: "date OT in the home municipality was told",
    "history.registeredOn": "entered in the overview",
    "history.informedOn": "written information given",
    "history.guardiansInformedOn": "information given to the guardians",
    "history.contacts": "contacts and attempts",
    "history.contacts.date": "date",
    "history.contacts.established": "whether contact was established",
    "history.offers": "offers",
    "history.offers.date": "date of the offer",
    "history.offers.accepted": "whether the offer was accepted",
    "history.followUps": "days of follow-up",
    needsFollowUp: "whether the young person needs follow-up",
  },
  values: {
    "ot.lost-right-grounds": { expulsion: "expulsion from school", "contract-termination": "contract termination" },
    "ot.guardian-collision": { "confidentiality-wins": "confidentiality wins", judgement: "a judgement" },
    "ot.follow-up-after": { offer: "everyone given an offer", "accepted-offer": "those who accepted an offer" },
  },
  messages: {
    "ot.target-group/outcome/in-target-group": () => "in the target group of the follow-up service.",
    "ot.target-group/outcome/not-in-target-group": () => "not in the target group of the follow-up service.",
    "ot.target-group/outcome/unknown": () => "cannot be decided until more facts are known.",
    "ot.target-group/youth-right/holds": () => "The person holds the right to upper secondary education (youth right).",
    "ot.target-group/youth-right/fails": () =>
      "The person does not hold the right to upper secondary education (youth right).",
    "ot.target-group/youth-right/unknown": () => "It is not known whether the person holds the youth right.",
    "ot.target-group/lost-right/holds": () =>
      "The person lost the right through expulsion for the rest of the school year or termination of the apprenticeship or training contract, and is covered all the same.",
    "ot.target-group/lost-right/fails": (x) =>
      x.lostRight === "none"
        ? "The person did not lose the right through expulsion or contract termination."
        : `The person lost the right through ${x.lostRight === "expulsion" ? "expulsion" : "contract termination"}, but under the rules on this date that does not bring them into the target group: contract termination counted only until § 4-6 was repealed in 2017 (parameter ot.lost-right-grounds).`,
    "ot.target-group/lost-right/unknown": () =>
      "It is not known whether the person lost the right through expulsion or contract termination.",
    "ot.target-group/not-in-education/holds": () => "The person is not in education.",
    "ot.target-group/not-in-education/fails": () => "The person is in education.",
    "ot.target-group/not-in-education/unknown": () => "It is not known whether the person is in education.",
    "ot.target-group/not-in-work/holds": () => "The person is not in work.",
    "ot.target-group/not-in-work/fails": () => "The person is in work.",
    "ot.target-group/not-in-work/unknown": () => "It is not known whether the person is in work.",
    "ot.age-limit/within-age-limit/holds": (x, f) =>
      `Within the age limit: OT applies through ${dateOf(f, x.coveredThrough)}, the year the person turns ${num(x.upperAge)}.`,
    "ot.age-limit/within-age-limit/fails": (x, f) =>
      `Past the age limit: OT applied through ${dateOf(f, x.coveredThrough)}, the year the person turned ${num(x.upperAge)}.`,
    "ot.age-limit/within-age-limit/unknown": (x) =>
      `The birth year is not known, so the age limit (through the year the person turns ${num(x.upperAge)}) cannot be assessed.`,
    "ot.age-limit/outcome": (x, f) =>
      `OT applies through ${dateOf(f, x.outcome)}, the year the person turns ${num(x.upperAge)}.`,
    "ot.contact-triggers/outcome": (x, f) =>
      x.outside === "in-work"
        ? "OT owes no contact: the person is in work and so outside the target group."
        : x.outside === "past-age-limit"
          ? "OT owes no contact: the person is past the age limit and so outside the target group."
          : triggerList(CLAUSE, f, x.outcome, "") === ""
            ? "none of the situations in which OT shall make contact is known to apply."
            : `OT shall make contact because the person ${triggerList(CLAUSE, f, x.outcome, "")}${x.owed === true ? "" : ", provided the person is in the target group"}.`,
    .../* @__PURE__ */ triggerMessages(
      LABEL,
      CLAUSE,
      (l) => `The person ${l}.`,
      () => "does not apply.",
      (l) => `Unknown whether the person ${l}.`,
    ),
    "ot.yearly-contact/outcome/due": (x, f) => `no contact established this school year; due by ${dateOf(f, x.dueBy)}.`,
    "ot.yearly-contact/outcome/done": (x, f) =>
      `contact established this school year (${dateOf(f, x.countedContact)}).`,
    "ot.yearly-contact/outcome/not-owed": (x, f) =>
      `no contact is owed: OT applied through ${dateOf(f, x.coveredThrough)}, and the person is now outside the target group.`,
    "ot.yearly-contact/established-contact/holds": (x, f) =>
      `Contact was established on ${dateOf(f, x.countedContact)}, in the school year ${dateOf(f, x.schoolYearStart)} – ${dateOf(f, x.schoolYearEnd)}.`,
    "ot.yearly-contact/established-contact/fails": (x, f) =>
      `No established contact in the school year ${dateOf(f, x.schoolYearStart)} – ${dateOf(f, x.schoolYearEnd)}; ${num(x.attemptsWithoutReply)} attempts without reply do not count.`,
    "ot.notify-on-dropout/outcome/timely": () => "OT was notified in time.",
    "ot.notify-on-dropout/outcome/late": () => "OT was notified late.",
    "ot.notify-on-dropout/outcome/pending": (x, f) =>
      `OT has not been notified yet; the deadline is ${dateOf(f, x.deadline)}.`,
    "ot.notify-on-dropout/outcome/overdue": (x, f) =>
      `OT has not been notified, and the deadline passed on ${dateOf(f, x.deadline)}.`,
    "ot.notify-on-dropout/notified/holds": (x, f) =>
      `OT was notified on ${dateOf(f, x.notifiedDate)}, ${num(x.days)} days after the pupil quit on ${dateOf(f, x.quitDate)} (at most ${num(x.maxDays)}).`,
    "ot.notify-on-dropout/notified/fails": (x, f) =>
      `OT was notified on ${dateOf(f, x.notifiedDate)}, ${num(x.days)} days after the pupil quit on ${dateOf(f, x.quitDate)}; at most ${num(x.maxDays)} is recommended.`,
    "ot.notify-on-dropout/not-yet-notified/holds": (x, f) =>
      `The pupil quit on ${dateOf(f, x.quitDate)}; ${num(x.days)} days have passed, and OT should be notified by ${dateOf(f, x.deadline)}.`,
    "ot.notify-on-dropout/not-yet-notified/fails": (x, f) =>
      `The pupil quit on ${dateOf(f, x.quitDate)}; ${num(x.days)} days have passed without notice, more than ${num(x.maxDays)}.`,
    ...dutiesOutcomeMessages(
      {
        due: "something is to be done.",
        unknown: "not everything can be settled until more facts are known.",
        "up-to-date": "everything OT owes the young person now is done.",
        "not-owed": "OT owes the young person nothing now.",
      },
      DUTIES,
      COLLISION,
      dutyList,
    ),
    ...dutyMessages("ot.duties", DUTIES),
    "ot.guardian-confidentiality/decides-own-education/holds": (x) =>
      `The young person has turned ${num(x.ownEducationAge)} and decides on their own education. ${x.resolution === "judgement" ? COLLISION.judgement : COLLISION["confidentiality-wins"]}`,
    "ot.guardian-confidentiality/decides-own-education/unknown": (x) =>
      `It is not known whether the young person has turned ${num(x.ownEducationAge)}; if so, they decide on their own education, and informing the guardians meets OT's duty of confidentiality.`,
  },
});

/** What the OT rulebook says beyond an explanation, in English. */
export const otRulebookEn: OtRulebook = /* @__PURE__ */ deepFreeze({
  rules: {
    "ot.target-group": {
      summary:
        "Young people who hold the right to upper secondary education, are neither in education nor in work, and are within the age limit. Under the rules until 2024-07-31 it also covers those who lost the right through expulsion for the rest of the school year, and until 2017 through termination of the apprenticeship or training contract.",
      interpretation:
        "A lost right counts only in the version until 2024-07-31, and contract termination (§ 4-6) only until its repeal in 2017 (parameter `ot.lost-right-grounds`). The 2023 act § 9-4 covers «dei som har rett til opplæring etter § 5-1 og ikkje er i opplæring eller arbeid», with no limb for a lost right: the library reads it so that expulsion no longer brings anyone into the group (interpretation; no text of the 2023 act on expulsion and the youth right was read). The youth right lasts until the person has study or vocational competence. Whether part-time work takes someone out of the group is an open question: the host system decides `inWork`.",
    },
    "ot.age-limit": {
      summary:
        "OT applies through the calendar year the person turns 21 (rules until 2024-07-31) or 24 (from 2024-08-01). The last covered day is 31 December of that year.",
      interpretation:
        "“Til og med det året den enkelte fyller 21 år” (1998) and “fram til utgangen av det året ein fyller 24 år” (2023) both mean year(asOf) ≤ birth year + the age limit. Only the birth year is needed. The limit is the parameter `ot.upper-age`.",
    },
    "ot.contact-triggers": {
      summary:
        "OT shall contact young people who have not applied for upper secondary education, have not accepted an assigned student place or apprenticeship, have broken off education, are not in work, or (until 2024-07-31) lost the right through expulsion or contract termination. From 2024-08-01 those not offered a school or apprenticeship place are listed too.",
      interpretation:
        "The duty to make contact exists only for young people in the target group: someone in work or past the age limit is not to be contacted, even when a situation on the list applies. The situations describe right-holders not in education; the youth right itself is for `otTargetGroup`. “Place not accepted” does not apply when no place was offered, and `acceptedPlace` together with `offeredPlace: false` is an input error.",
    },
    "ot.offer-aims": {
      summary:
        "Offers (education, work, other competence-building activity, or a combination) aim first at university-admission certification, vocational qualification or basic competence.",
    },
    "ot.yearly-contact": {
      summary:
        "Young people in the target group who have not accepted an offer and are not in work or education shall be contacted and offered something every school year while covered. A letter, text or e-mail without reply is not established contact.",
      interpretation:
        "The rule catalogue calls this a regulation, but the regulation's wording was not seen; the source is county guidance, so the strength is guidance. The school year runs 1 August to 31 July (parameter `core.school-year-start`).",
    },
    "ot.coordination": {
      summary:
        "OT secures cooperation between municipal, county and state agencies responsible for the target group and brokers or coordinates their offers, but may not take over other agencies' tasks.",
    },
    "ot.service-facts": {
      summary:
        "OT is free of charge; all OT staff have a duty of confidentiality; measures are made together with the young person; there is no national competence requirement for OT staff.",
    },
    "ot.notify-on-dropout": {
      summary:
        "OT in the municipality where the young person lives should be told as soon as a pupil quits, and the young person offered follow-up as early as possible. Lists of youth without a school place should come at fixed times each year.",
      interpretation:
        "“As soon as a pupil has quit” sets no deadline. The library uses 7 calendar days; set the county's own routine with this parameter.",
    },
    "ot.duties": {
      summary:
        "OT keeps a running overview of everyone in the target group, gives them written information about their rights (and the same information to the guardians of those under 18), establishes contact with each, gives everyone an offer in line with its purpose and, as needed, follows up those given an offer. None of this is owed to someone outside the target group.",
      interpretation:
        "The regulations' own texts were not read; the tasks are as the ministry gives § 13-3 (Prop. 57 L (2022–2023) point 45.2) and as a county gives § 8-3. No text sets a deadline for the overview, the information or the follow-up; contact and an offer are owed each school year by the county's guidance (parameter `ot.each-school-year`), due by the last day of the school year or of OT's coverage. Only established contact counts. Follow-up is owed «ved behov» (as needed) once an offer is given (parameter `ot.follow-up-after`): the need is OT's judgement (`needsFollowUp`), and without it the task is unknown until a follow-up is recorded. It is the only task that doing another can make owed.",
    },
    "ot.guardian-confidentiality": {
      summary:
        "Everyone working in OT has a duty of confidentiality (forvaltningsloven § 13), and from 15 the young person decides on their own education (barnelova § 32). When the guardians of a young person aged 15 to 17 are to be informed, the information may meet that confidentiality.",
      interpretation:
        "Both paragraphs are statute, but that the guardians' information meets confidentiality from 15 is the library's reading: no text read links the two. The proviso of confidentiality in OT's duty to inform guardians has no age limit. The decision names both rules (`details.collisions`) and which wins (parameter `ot.guardian-collision`). 15 is parameter `ot.own-education-age`.",
    },
    "ot.fixed-yearly-lists": {
      summary:
        "The lists of young people without a school place should come at fixed times each year and leave out those who need no follow-up.",
    },
    "ot.full-time-positions": {
      summary: "Those who work in OT should do so full time, in positions of their own, not on top of other duties.",
    },
    "ot.cooperation-meetings": {
      summary:
        "Everyone working directly with OT in an area should have regular cooperation meetings and a structure for working together around each pupil.",
    },
    "ot.case-tool-access": {
      summary: "Everyone working directly with OT should have access to the OT case tool (OTTO).",
    },
  },
  parameters: {
    "ot.guardian-information-age": {
      interpretation:
        "The ministry wrote of chapter 13 as in force from 2012-02-01: «Foresatte skal gis den samme informasjonen.» No text read says so before that day, so the value is 0 (no guardians) until 2012-01-31 and 18 (the age of majority) from 2012-02-01. Udir wrote that the 2012 changes added no tasks; set 18 from 2006 if you read it so.",
    },
    "ot.guardian-collision": {
      interpretation:
        "A county gives OT's duty thus: the guardians of a young person who is not of age get the same information «med mindre denne er underlagt taushetsplikt» (unless it is subject to confidentiality). It was written in 2023, before the 2024 regulation was adopted, and may give § 13-3 as in force from 2012 or the draft of § 8-3; no text read says the proviso was new in 2024. The library therefore reads that confidentiality wins under both regulations; `judgement` leaves it to judgement.",
    },
    "ot.each-school-year": {
      interpretation:
        "The county's guidance (of 2011) says contact and an offer «hvert skoleår»; the regulation's text was not read, and for the rules from 2024-08-01 no source was read. With `false`, one established contact and one offer while in the target group fulfil the duty.",
    },
    "ot.follow-up-after": {
      interpretation:
        "The ministry gives § 13-3 as follow-up «for dei som har fått tilbod»; the minister's answer of 2019 says «dei som har teke imot tilbod», and a county writes in 2023 that OT follows up «ungdom som tar imot tilbud». The library follows the ministry (`offer`); `accepted-offer` gives the other reading.",
    },
    "ot.upper-age": {
      interpretation:
        "Both acts count the limit in calendar years: the 1998 act “til og med det året den enkelte fyller 21 år”, the 2023 act “fram til utgangen av det året ein fyller 24 år”. Override the value to compute another limit, for example 21 again.",
    },
    "ot.notify-max-days": {
      interpretation:
        "“As soon as a pupil has quit” sets no deadline. The library uses 7 calendar days; set the county's own routine with this parameter.",
    },
    "ot.lost-right-grounds": {
      interpretation:
        "§ 4-6 was repealed in 2017; the day was not found. The library counts contract termination through 2017-07-31, the last day of the school year 2016–17, and only expulsion from 2017-08-01 to 2024-07-31. From 2024-08-01 a lost right does not bring anyone into the target group (§ 9-4 names only the right under § 5-1). Override the value for another day.",
    },
  },
});
