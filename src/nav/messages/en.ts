import { cap, dateOf, type Formatter, labels, num } from "../../core/format.js";
import { deepFreeze } from "../../core/freeze.js";
import type { Facts } from "../../core/types.js";
import type { NavCaseloadClass } from "../caseload.js";
import type { NavMeetingPlace, NavPrevention } from "../schemas.js";
import {
  arr,
  days,
  listOrNone,
  modelTitle,
  type NavRulebook,
  type NavTexts,
  type NavWords,
  navCatalogue,
  navConditions,
} from "./keys.js";

/** Who the age band's reason is about: the age, or the birth year. */
const who = (x: Facts, f: Formatter): string =>
  typeof x.age === "number" ? `Aged ${f.number(x.age)}` : `Born in ${String(x.birthYear)}`;
/** The youth guarantee's age band in words. */
const band = (x: Facts): string =>
  `from the ${ordinal(num(x.fromAge))} birthday to the day before the ${ordinal(num(x.untilAge))}`;
/** 16 → 16th, 21 → 21st. */
const ordinal = (n: number): string => {
  const tens = n % 100;
  const suffix =
    tens >= 11 && tens <= 13 ? "th" : n % 10 === 1 ? "st" : n % 10 === 2 ? "nd" : n % 10 === 3 ? "rd" : "th";
  return `${n}${suffix}`;
};

/** The words and sentence frames of the NAV area in English. */
const words: NavWords = {
  duties: {
    done: {
      "needs-assessment": "Assessment of the need for help (needs assessment) is done",
      "work-ability-assessment": "Work-ability assessment is done",
      "activity-plan": "Activity plan is done",
      "individual-plan": "Individual plan is done",
      cooperation: "Cooperation with other services is done",
      "contact-person": "Fixed contact person under the youth guarantee is done",
    },
    name: {
      "needs-assessment": "assessment of the need for help (needs assessment)",
      "work-ability-assessment": "work-ability assessment",
      "activity-plan": "activity plan",
      "individual-plan": "individual plan",
      cooperation: "cooperation with other services",
      "contact-person": "fixed contact person under the youth guarantee",
    },
    because: {
      "sought-work-help": "the young person has not asked NAV for help with work",
      "needs-help": "the young person does not need help from NAV to get into work",
      "needs-broader-assessment": "no broader assessment of the need for help is needed",
      "long-term-coordinated-services": "the young person does not need long-term, coordinated services",
      "cooperation-in-force": "NAV-loven § 15 a was not yet in force",
      "needs-other-services": "the young person does not need services from other public bodies or service providers",
      "guarantee-in-force": "the youth guarantee had not yet begun",
      "within-age-band": "the young person is outside the youth guarantee's age band",
    },
    becauseUnknown: {
      "sought-work-help": "it is not known whether the young person has asked NAV for help with work",
      "needs-help": "it is not known whether the young person needs help from NAV to get into work",
      "needs-broader-assessment": "it is not known whether a broader assessment of the need for help is needed",
      "long-term-coordinated-services":
        "it is not known whether the young person needs long-term, coordinated services",
      "cooperation-in-force": "it is not known whether NAV-loven § 15 a was in force",
      "needs-other-services":
        "it is not known whether the young person needs services from other public bodies or service providers",
      "guarantee-in-force": "it is not known whether the youth guarantee applied",
      "within-age-band": "it is not known whether the young person is within the youth guarantee's age band",
    },
    heading: { due: "To do", unknown: "Not settled", done: "Done", "not-owed": "Not owed" },
    dueBy: (date) => `by ${date}`,
    notDone: (dueBy) => (dueBy === null ? "Not done yet." : `Not done yet; it is due by ${dueBy}.`),
    notKnown: (name, because) =>
      `${cap(name)} is not recorded as done, and whether it is owed is not settled: ${because}.`,
    outcome: {
      due: "something is due now.",
      unknown: "nothing is due, but something is not settled.",
      "up-to-date": "everything NAV owes here is done.",
      "not-owed": "none of these duties applies here.",
    },
    statement: {
      "sought-work-help": "The young person has asked NAV for help to get or keep work",
      "needs-help": "The young person needs help from NAV to get into work",
      "needs-broader-assessment": "The young person needs a broader assessment of the need for help",
      "long-term-coordinated-services": "The young person needs long-term, coordinated services",
      "cooperation-in-force": "NAV-loven § 15 a is in force",
      "needs-other-services": "The young person also needs services from other public bodies or service providers",
      "guarantee-in-force": "The youth guarantee applies",
      "within-age-band": "Within the youth guarantee's age band",
    },
    ageBand: {
      holds: (x, f) =>
        `${who(x, f)}: within the youth guarantee's age band (${band(x)}${x.through === null ? "" : `, through ${dateOf(f, x.through)}`}).`,
      fails: (x, f) => `${who(x, f)}: outside the youth guarantee's age band (${band(x)}).`,
      unknown: (x) =>
        x.birthYear === null
          ? `The age is not known; the youth guarantee applies ${band(x)}.`
          : `Born in ${String(x.birthYear)}: the birth date decides whether the young person is within the age band (${band(x)}).`,
    },
  },
  agency: {
    "nav-municipal-social": "municipal social support in NAV",
    nav: "NAV",
    "upper-secondary-school": "upper secondary school",
    ot: "the follow-up service (OT)",
    employers: "local employers",
    providers: "providers of measures",
    "child-welfare": "child welfare",
    "mental-health-services": "mental-health services",
    ppt: "PPT (educational-psychological service)",
    police: "the police",
    "substance-use-services": "substance-use services",
    "outreach-service": "the outreach service",
  },
  model: {
    los: "the los (pilot) model",
    motivation: "the motivation model",
    maturation: "the maturation model",
  },
  band: {
    "under-16": "under 16",
    "16-19": "16–19",
    aftercare: "aftercare (over 18)",
    "20-and-over": "20 and over",
  },
  problem: {
    "substance-use-or-crime": "substance use/crime",
    "mental-ill-health": "mental ill-health",
    "lack-of-motivation-or-dropout": "lack of motivation/drop-out",
    "learning-difficulties": "learning difficulties",
    "poor-finances-or-living-conditions": "poor finances/living conditions",
  },
  approach: { universal: "universal", selective: "selective", indicative: "indicative" },
  aimedAt: {
    universal: "all young people in the area",
    selective: "groups with known elevated risk that may not yet have clear problems",
    indicative: "individuals who show signs of difficulty",
  },
  role: { central: "central", relevant: "relevant", "less-central": "less central" },
  actor: { youth: "the young person", employer: "the employer", school: "the school", family: "the family" },
  theme: {
    "social-inclusion": "social inclusion",
    tasks: "the subject or work tasks",
    health: "health",
    "life-otherwise": "life otherwise",
  },
  phase: { before: "before the start", during: "at the start", after: "after the start" },
  place: {
    "ordinary-reception": "the ordinary reception of the NAV office",
    "youth-branch": "a NAV youth branch",
    "youth-reception": "a youth reception",
    "youth-counsellor": "meetings with a youth counsellor",
    "other-safe-place": "another safe meeting place",
  },
  prevention: { reactive: "reactive (fire-fighting)", proactive: "proactive", "health-promoting": "health-promoting" },
  caseloadClass: {
    "close-follow-up-possible": "room for close follow-up",
    intermediate: "intermediate",
    limited: "limited room for close follow-up",
  },
  unit: {
    "calendar-days": "calendar days",
    "working-days": "working days",
    "norwegian-working-days": "working days excluding public holidays",
    days: "days",
  },
  unitOne: {
    "calendar-days": "calendar day",
    "working-days": "working day",
    "norwegian-working-days": "working day excluding public holidays",
    days: "day",
  },
  none: "none",
  notLaw: {
    recommendation: " (a recommendation, not a legal requirement)",
    estimate: " (an estimate, not a legal requirement)",
  },
  caseload: {
    outcome: {
      "close-follow-up-possible": (n, c) =>
        `${n} young people per counsellor leaves room for close follow-up (at most ${c})`,
      intermediate: (n, c, l) => `${n} young people per counsellor is intermediate (more than ${c}, not over ${l})`,
      limited: (n, _c, l) => `${n} young people per counsellor is over ${l} and limits close follow-up`,
    },
    withinClose: {
      holds: (n, c) => `${n} young people per counsellor is at most ${c}: better room for close follow-up.`,
      fails: (n, c) => `${n} young people per counsellor is more than ${c}.`,
    },
    overLimit: {
      holds: (n, l) => `${n} young people per counsellor is over ${l}: limited room for close follow-up.`,
      fails: (n, l) => `${n} young people per counsellor is not over ${l}.`,
    },
  },
  reaction: {
    ideal: (d) => `ideal: response after ${d}, the same or the next day`,
    within: (d, m) => `within: response after ${d}, within the recommended ${m}`,
    late: (d, m) => `late: response after ${d}; at most ${m} is recommended`,
    lateOpen: (d, dl) => `late: no response after ${d}; the deadline passed on ${dl}`,
    pending: (d, dl, ib) => `awaiting a response after ${d}; due by ${dl}, ideally by ${ib}`,
    idealReason: {
      holds: (d, i) => `Response after ${d}: the same or the next day (at most ${i}).`,
      fails: (d, i) => `Response after ${d}: not the same or the next day (at most ${i}).`,
    },
    withinReason: {
      holds: (d, m) => `${cap(d)} is within the recommended reaction time of at most ${m}.`,
      fails: (d, m) => `${cap(d)} is more than the recommended reaction time of at most ${m}.`,
    },
    awaiting: {
      holds: (c, d, dl) =>
        `The young person made contact on ${c}; no response yet after ${d}, and the deadline is ${dl}.`,
      fails: (c, d, _dl, m) =>
        `The young person made contact on ${c}; no response after ${d}, more than the recommended ${m}.`,
    },
  },
  approachText: {
    single: (a, t) => `${a} approach, directed at ${t}`,
    combined: (l) => `combined approach: ${l}`,
    unknown: "cannot be decided without knowing whom the effort is directed at",
    reason: {
      holds: (t) => `The effort is directed at ${t}.`,
      fails: (t) => `The effort is not directed at ${t}.`,
      unknown: (t) => `Unknown whether the effort is directed at ${t}.`,
    },
    stigma: {
      holds:
        "The effort has no universal part and may stigmatise more easily; combining it with an offer to all young people may help.",
      fails: "The effort has a universal part, which may temper stigma.",
    },
  },
  partnersText: {
    empty: "no agency follows from what is known",
    group: (r, l) => `${r}: ${l}`,
    bandHolds: {
      "under-16": (a, _f, u, l) =>
        `${a} years old, under ${u}: ${l} may matter; child welfare is more relevant the younger the person.`,
      "16-19": (a, f, u, l) => `${a} years old, in the band from ${f} to ${u}: ${l} are central.`,
      aftercare: (a, f, u, l) =>
        `${a} years old, ${f} or over and under ${u}: ${l} may be relevant for some through aftercare.`,
      "20-and-over": (a, f, _u, l) =>
        `${a} years old, ${f} or over: local employers matter more, and ${l} are less central.`,
    },
    bandFails: (a, b) => `${a} years old: not in the band ${b}.`,
    bandUnknown: (b) => `The age is not known, so the band ${b} cannot be assessed.`,
    problem: {
      holds: (p, l) => `The problem type ${p} is present; relevant agencies: ${l}.`,
      fails: (p) => `The problem type ${p} is not present.`,
      unknown: (p) => `Unknown whether the problem type ${p} is present.`,
    },
  },
  inclusion: {
    integrated: (m) => `${m} fits the integrated approach (place–train), which is recommended`,
    shelteredOrGradual: (m) =>
      `${m} falls under the sheltered or gradual approach (train–place); the integrated approach is recommended`,
    unknown: "cannot be decided without knowing the follow-up model",
    reason: {
      holds: (m) => `${cap(m)} can help quick inclusion in ordinary school or work (integrated approach).`,
      fails: (m) => `${cap(m)} takes a long time before inclusion in ordinary paths (sheltered or gradual approach).`,
      unknown: () => "The follow-up model is not known.",
    },
  },
  conditionFrames: {
    band: (b) => `In the band ${b}`,
    problem: (p) => `The problem type ${p} is present`,
    approach: (a) => `The effort is directed at ${a}`,
  },
  quality: {
    recommendation: {
      typology:
        "A pilot (los) function is important for following up young people in NAV; combine it, preferably, with short group-based motivation work.",
      actors: "Follow up both the young person and the employer or school, and the family where relevant.",
      themes:
        "Social inclusion, the subject or work tasks, health and life otherwise may all be central; sufficient follow-up must be secured in all of them.",
      phases:
        "The follow-up should help before, during and after work or school is established, and arrange natural support for lasting follow-up.",
      availability:
        "Youth counsellors should be reachable by mobile phone, and it is important to be able to trigger a measure or offer follow-up quickly (within 1–2 days).",
      "meeting-place":
        "Offer safe and inclusive meeting places for young people, such as NAV youth branches, a youth reception or meetings with a youth counsellor.",
      capacity:
        "Vulnerable young people at times need close support: a caseload that leaves room for close follow-up (about 25, not over 100), and one-to-one follow-up for short periods.",
      "active-outreach": "Actively seek out young people who struggle when they cannot manage to turn up.",
      prevention:
        "Follow-up should be proactive and prevent drop-out, not only come in once the problem is there; ideally it also promotes inclusion at school or work.",
      method:
        "Combine a focus on the situation here and now (problems) with a focus on possibilities and resources for the future.",
    },
    title: {
      typology: "Typology of follow-up",
      actors: "Actors followed up",
      themes: "Themes of follow-up",
      phases: "Phases of follow-up",
      availability: "Availability and reaction time",
      "meeting-place": "Meeting place and base",
      capacity: "Capacity and intensity",
      "active-outreach": "Active outreach",
      prevention: "Prevention angle",
      method: "Method",
    },
    meets: (t, c) => `${t}: ${c}.`,
    short: (_t, c, r) => `${cap(c)}. Recommended: ${r}`,
    unknown: (t) => `${t}: not enough facts to assess.`,
    holds: {
      typology: (x) =>
        x.motivation === true
          ? "there is a pilot (los) function, combined with group-based motivation work"
          : "there is a pilot (los) function; combine it, preferably, with short group-based motivation work",
      actors: (x, w, f) =>
        `both the young person and the employer or school are followed up (${f.list(labels(w.actor, x.actors))})`,
      themes: (_x, w, f) => `every theme is covered (${f.list(Object.values(w.theme))})`,
      phases: () => "follow-up is given before, at and after the start, and natural support is arranged",
      availability: (x, w, f) =>
        `the counsellor can be reached by mobile, and measures are triggered after ${days(w, f, x, x.reactionDays)} (at most ${days(w, f, x, x.maxDays)})`,
      "meeting-place": (x, w) => `young people are met in ${w.place[x.meetingPlace as NavMeetingPlace]}`,
      capacity: (x, _w, f) =>
        `${f.number(num(x.youthPerCounsellor))} young people per counsellor, and one-to-one follow-up can be given for short periods`,
      "active-outreach": () => "young people who do not turn up are sought out",
      prevention: (x, w) => `the follow-up is ${w.prevention[x.prevention as NavPrevention]}`,
      method: () => "both the situation here and now and the possibilities for the future are in focus",
    },
    fails: {
      typology: (x, w, f) => [
        `no pilot (los) function (models: ${listOrNone(
          w,
          f,
          arr(x.models).map((m) => modelTitle(w, m)),
        )}); a pilot function is recommended`,
      ],
      actors: (x) => [
        ...(x.reachesYouth === false ? ["the young person is not followed up"] : []),
        ...(x.reachesWorkOrSchool === false ? ["neither employer nor school is followed up"] : []),
      ],
      themes: (x, w, f) => [`${f.list(labels(w.theme, x.missing))} missing`],
      phases: (x, w, f) => [
        ...(arr(x.missing).length > 0 ? [`no follow-up ${f.list(labels(w.phase, x.missing))}`] : []),
        ...(x.naturalSupport === false ? ["natural support is not arranged"] : []),
      ],
      availability: (x, w, f) => [
        ...(x.reachableByMobile === false ? ["the counsellor cannot be reached by mobile"] : []),
        ...(x.reaction === "late"
          ? [
              `measures are triggered only after ${days(w, f, x, x.reactionDays)} (at most ${days(w, f, x, x.maxDays)} recommended)`,
            ]
          : []),
      ],
      "meeting-place": () => [
        "only the ordinary reception of the NAV office; safe and inclusive meeting places are recommended",
      ],
      capacity: (x, w, f) => [
        ...(x.caseloadMeets === false
          ? [
              `${f.number(num(x.youthPerCounsellor))} young people per counsellor are too many for close follow-up (${w.caseloadClass[x.caseload as NavCaseloadClass]})`,
            ]
          : []),
        ...(x.oneToOnePeriods === false ? ["one-to-one follow-up cannot be given for short periods"] : []),
      ],
      "active-outreach": () => ["young people who do not turn up are not sought out"],
      prevention: () => ["the follow-up is reactive (fire-fighting); it should be proactive"],
      method: (x) => [
        ...(x.problemFocus === false ? ["no focus on the situation here and now"] : []),
        ...(x.futureFocus === false ? ["no focus on possibilities and resources for the future"] : []),
      ],
    },
    outcome: {
      "meets-all": () => "meets all ten qualities of close follow-up",
      "falls-short": (m, s, u) => `falls short on ${s} of the ten qualities (met: ${m}, unknown: ${u})`,
      incomplete: (m, _s, u) => `none of the ten qualities falls short, but ${u} cannot be assessed yet (met: ${m})`,
    },
  },
};

/** The NAV area's texts in English. */
export const navEn: NavTexts = /* @__PURE__ */ deepFreeze({
  area: "nav",
  title: "NAV's follow-up of young people",
  rules: {
    "nav.approach": { title: "Universal, selective or indicative approach" },
    "nav.partners-by-age": { title: "Partners by age" },
    "nav.partners-by-problem": { title: "Partners by type of problem" },
    "nav.partners": { title: "Which agencies NAV should involve" },
    "nav.inclusion-approach": { title: "Inclusion approach and follow-up model" },
    "nav.reaction-time": { title: "Reaction time" },
    "nav.caseload": { title: "Caseload per counsellor" },
    "nav.close-follow-up": { title: "Close individual follow-up" },
    "nav.duties": { title: "NAV's duties to a young person" },
    "nav.needs-assessment": { title: "Needs assessment, work-ability assessment and activity plan (NAV-loven § 14 a)" },
    "nav.individual-plan": { title: "Individual plan (NAV-loven § 15)" },
    "nav.cooperation": { title: "Cooperation with other services (NAV-loven § 15 a)" },
    "nav.youth-guarantee": {
      title: "The youth guarantee",
      strengthNote: "a scheme the government introduced in NAV from 1 July 2023, not a statutory right",
    },
  },
  parameters: {
    "nav.caseload-close-max": { title: "Largest caseload per counsellor that leaves room for close follow-up" },
    "nav.caseload-limited-over": { title: "Caseload per counsellor above which close follow-up is limited" },
    "nav.reaction-ideal-max-days": { title: "Ideal reaction time (at most, in days)" },
    "nav.reaction-max-days": { title: "Recommended reaction time (at most, in days)" },
    "nav.reaction-day-count": { title: "How the days of a reaction time are counted" },
    "nav.capacity-caseload-standard": { title: "Caseload that meets the capacity and intensity quality" },
    "nav.band-16-19-from": { title: "First age of the 16–19 band" },
    "nav.band-20-from": { title: "First age of the band 20 and over" },
    "nav.aftercare-from": { title: "Age from which child welfare is a partner through aftercare" },
    "nav.aftercare-until": { title: "Age at which child-welfare aftercare ends" },
    "nav.cooperation-in-force": { title: "Whether NAV-loven § 15 a (cooperation with other services) is in force" },
    "nav.youth-guarantee-from-age": { title: "First age of the youth guarantee" },
    "nav.youth-guarantee-until-age": { title: "Age at which the youth guarantee ends" },
    "nav.activity-plan-owed-to": { title: "Whom an activity plan is owed" },
  },
  versions: {
    "nav-2006":
      "NAV (from 2006-07-01): NAV-loven and the recommendations of AFI's tips booklet on following up young people (2016)",
  },
  conditions: {
    ...navConditions(words),
    "nav.caseload/within-close": "Within the limit for close follow-up",
    "nav.caseload/over-limit": "Over the limit where follow-up becomes limited",
    "nav.reaction-time/ideal": "A response the same or the next day",
    "nav.reaction-time/within-max": "Within the recommended reaction time",
    "nav.reaction-time/awaiting-response": "Still within the time for a response",
    "nav.approach/stigma-risk": "A risk of stigma",
    "nav.inclusion-approach/integrated": "An integrated approach (place–train)",
  },
  facts: {
    birthYear: "birth year",
    soughtWorkHelp: "whether the young person has asked NAV for help with work",
    needsHelp: "whether the young person needs help from NAV",
    needsBroaderAssessment: "whether a broader assessment of the need for help is needed",
    needsLongTermCoordinatedServices: "whether the young person needs long-term, coordinated services",
    needsOtherServices: "whether the young person needs services from others",
    history: "what NAV has done, and when",
    birthDate: "birth date",
    problems: "problem types",
    targets: "whom the effort is directed at",
    model: "follow-up model",
    models: "follow-up models",
    actors: "who is followed up",
    themes: "themes of follow-up",
    phases: "phases of follow-up",
    naturalSupport: "natural support",
    reachableByMobile: "reachable by mobile",
    reactionDays: "reaction time in days",
    meetingPlace: "meeting place",
    youthPerCounsellor: "young people per counsellor",
    oneToOnePeriods: "one-to-one follow-up for periods",
    activeOutreach: "active outreach",
    prevention: "prevention angle",
    problemFocus: "focus here and now",
    futureFocus: "focus on the future",
    contactDate: "date the young person made contact",
    responseDate: "date a measure or follow-up was started",
    "history.needsAssessmentOn": "needs assessment made",
    "history.workAbilityAssessmentOn": "work-ability assessment made",
    "history.activityPlanOn": "activity plan made",
    "history.individualPlanOn": "individual plan made",
    "history.cooperationOn": "cooperation with other services established",
    "history.contactPersonOn": "fixed contact person given",
  },
  values: {
    "nav.activity-plan-owed-to": {
      "needs-help": "those who need help",
      "sought-help": "everyone who has asked for help with work",
    },
    "nav.reaction-day-count": {
      "calendar-days": "calendar days",
      "working-days": "working days (Monday–Friday)",
      "norwegian-working-days": "working days without Norwegian public holidays",
    },
    "nav.capacity-caseload-standard": { close: "close follow-up", "not-limited": "not limited" },
  },
  messages: /* @__PURE__ */ navCatalogue(words),
});

/** What the NAV rulebook says beyond an explanation, in English. */
export const navRulebookEn: NavRulebook = /* @__PURE__ */ deepFreeze({
  rules: {
    "nav.duties": {
      summary:
        "What NAV owes a young person known to NAV, and whether it is done: a needs assessment, a work-ability assessment and an activity plan (NAV-loven § 14 a), an individual plan (§ 15), cooperation with other services (§ 15 a, from 1 August 2022) and a fixed contact person under the youth guarantee (from 1 July 2023; a scheme, not law). Each duty is done, due, not owed or not settled.",
      interpretation:
        "A duty is owed only to the group it is for; an unknown fact leaves the duty not settled and is listed among the facts needed. A date in the history marks the duty done, and a duty done counts as done even where it is not settled whether it was owed. None of the sources read gives a time limit, so no duty has a last day. The text of §§ 14 a, 15 and 15 a was not read; each source says what was read (see each rule).",
    },
    "nav.needs-assessment": {
      summary:
        "Everyone who wants or needs help to get into work has the right to have their need for help assessed; whoever needs a more thorough assessment has the right to a work-ability assessment; and NAV-loven § 14 a gives a right to an activity plan. The decision places the user in an assistance group: standard, situation-specific, specially adapted or permanently adapted.",
      interpretation:
        "The statute's text was not read; the duties rest on the ministry's description (2015) of the first paragraph. «Ønsker eller trenger bistand» is read as: the young person has come to NAV wanting or needing help to get or keep work (`soughtWorkHelp`). A work-ability assessment is owed to whoever needs a broader assessment (`needsBroaderAssessment`). Whom the activity plan is owed was not read: the library reads it as whoever needs help (`needsHelp`); NAV's own words to users («når du har kontaktet oss for å få hjelp til å komme i jobb») are chosen with `nav.activity-plan-owed-to`. The assistance groups are the four the directorate named in 2014; NAV's systems also have «gradert varig tilpasset innsats» and new names («Gode muligheter», «Trenger veiledning» …), but when these came was not found, so the library does not use them.",
    },
    "nav.individual-plan": {
      summary:
        "NAV-loven § 15 is about cooperation with the user and the individual plan. Whoever needs long-term, coordinated services is to be offered an individual plan.",
      interpretation:
        "The statute's text was not read, only its heading. The condition «langvarige og koordinerte tjenester» is the one the other welfare acts set for an individual plan, and it is assumed here. That the plan needs consent is not modelled; the preparatory works describe the duty as to «tilby eller opprette» (offer or make) an individual plan (Prop. 100 L (2020–2021) chapter 8).",
    },
    "nav.cooperation": {
      summary:
        "NAV-loven § 15 a (from 1 August 2022) requires NAV to cooperate with other public bodies and service providers where cooperation is necessary to give the user a comprehensive and coordinated service. It applies at any age.",
      interpretation:
        "The statute's text was not read, only its heading; the date rests on the descriptions of Helsedirektoratet and Statsforvalteren. The duty is read as owed to whoever also needs services from others (`needsOtherServices`), and it counts as done from the day the cooperation began.",
    },
    "nav.youth-guarantee": {
      summary:
        "The youth guarantee (from 1 July 2023) applies to people between 16 and 30 who need help from NAV to get into work: everyone in the target group is to have a fixed contact person in NAV. It is a scheme the government introduced and funds through the state budget, not a statutory right.",
      interpretation:
        "«Mellom 16 og 30 år» is read as from the 16th birthday to the day before the 30th, as NAV's own system does. With only a birth year the young person is within the band when the whole year is, and not settled in the years of the 16th and 30th birthdays (NAV's system includes those whole years). NAV's decision letters name the guarantee only for situation-specific and specially adapted assistance; the library uses the wider target group the ministry describes. An article cites a «forskrift om ungdomsgarantien», but no such regulation was found.",
    },
    "nav.approach": {
      summary:
        "A universal approach addresses all young people in the area; a selective one groups known to have elevated risk that may not yet have clear problems; an indicative one individuals who show signs of difficulty. Efforts aimed only at young people with problems stigmatise more easily. A recommendation, not a legal requirement.",
      interpretation:
        "An effort may combine approaches (“combine work with young people who have developed problems with an offer to all young people”); the outcome is then `combined` and every approach is listed.",
    },
    "nav.partners-by-age": {
      summary:
        "Under 16, municipal social support in NAV may matter, and child welfare is more relevant the younger the person. At 16–19, upper secondary school, OT and NAV are central. Over 18, child welfare is still relevant for some through aftercare. From 20, local employers matter more, and upper secondary schools and OT are less central. A recommendation, not a legal requirement.",
      interpretation:
        "Age is completed years on asOf, so each band starts on a birthday (born 29 February: 1 March in common years). “16–19” lasts until the 20th birthday. Child welfare is central under 16 and relevant until 18 (“the younger the target group”), then relevant through aftercare (“has passed 18”: from the 18th birthday, `nav.aftercare-from`) until the day before the 25th birthday (23 before 2021, `nav.aftercare-until`). OT's own age limit is in `ungrett/ot`.",
    },
    "nav.partners-by-problem": {
      summary:
        "The type of problem the work addresses (substance use/crime, mental ill-health, lack of motivation/drop-out, learning difficulties, poor finances/living conditions) decides which agencies to involve: upper secondary schools, OT, providers, local employers, child welfare, mental-health services, PPT, police, substance-use services and the outreach service. A recommendation, not a legal requirement.",
      interpretation:
        "The report lists the problem types and the agencies but does not say in its text which agency belongs to which problem. The mapping in `NAV_PARTNERS_FOR_PROBLEM` is the library's reading, built on what the report says elsewhere (for example “outreach, treatment services, police” for those with greater difficulties); each link shows the words it rests on.",
    },
    "nav.partners": {
      summary:
        "Combines `nav.partners-by-age` and `nav.partners-by-problem` for one young person: each agency with its role (central, relevant, less central), the reason (age or problem type) and the source. A recommendation, not a legal requirement.",
      interpretation:
        "An agency takes the strongest role among its reasons. The outcome lists the agencies that are central or relevant; an agency that is only “less central” (upper secondary school and OT from 20) is in `details.partners` but not in the outcome.",
    },
    "nav.inclusion-approach": {
      summary:
        "Three approaches to inclusion: sheltered, gradual inclusion after preparation (train–place), and integrated with a quick start in an ordinary path (place–train). The integrated approach is recommended. The los (pilot) model and the motivation model fit the integrated approach; the maturation model falls under the sheltered or gradual approach. A recommendation, not a legal requirement.",
    },
    "nav.reaction-time": {
      summary:
        "NAV should be able to trigger a measure or offer follow-up quickly (within 1–2 days), ideally the same or the next day after the young person makes contact. A recommendation, not a legal requirement.",
      interpretation:
        "Days run from the day of contact (day 0) to the day of response: the same or the next day is ideal (at most 1, `nav.reaction-ideal-max-days`), two days is within (at most 2, `nav.reaction-max-days`), three or more is late. Calendar days are counted; `nav.reaction-day-count` selects working days.",
    },
    "nav.caseload": {
      summary:
        "A counsellor with over 100 young people to follow up has limited room for close follow-up; one with about 25 has better room. An estimate, not a legal requirement.",
      interpretation:
        "Two anchors, three classes: up to and including 25 leaves room for close follow-up (parameter `nav.caseload-close-max`), over 100 limits it (`nav.caseload-limited-over`, so 100 itself is intermediate), and everything between is an intermediate class the source does not describe.",
    },
    "nav.close-follow-up": {
      summary:
        "Close individual follow-up can be assessed against ten qualities: typology, actors, themes, phases, availability and reaction time, meeting place, capacity and intensity, active outreach, prevention angle and method. A single case or a whole municipality's offer can be assessed. A recommendation, not a legal requirement.",
      interpretation:
        "A quality is met when every part of its recommendation is, including what the report says “preferably” about (mobile phone). A list that is given is taken as complete. Quality 7 uses the classes of `nav.caseload`; only the close-follow-up class meets it (`nav.capacity-caseload-standard`). Quality 5 applies the limit of `nav.reaction-time` to the days given.",
    },
  },
  parameters: {
    "nav.cooperation-in-force": {
      interpretation:
        "False through 31 July 2022 and true from 1 August 2022, the date Helsedirektoratet and Statsforvalteren give for the amendments on cooperation and coordination.",
    },
    "nav.youth-guarantee-from-age": {
      interpretation:
        "Empty before 1 July 2023, when there was no youth guarantee; 16 from then. From the 16th birthday («fra og med de fyller 16»).",
    },
    "nav.youth-guarantee-until-age": {
      interpretation:
        "Empty before 1 July 2023; 30 from then. The guarantee applies until the day before the 30th birthday («inntil dagen de fyller 30 år»).",
    },
    "nav.activity-plan-owed-to": {
      interpretation:
        "The statute's text on the activity plan was not read. The library reads the plan as owed to whoever needs help; choose `sought-help` to follow NAV's words to users, that everyone who has asked for help with work has a right to a plan.",
    },
    "nav.caseload-close-max": {
      interpretation:
        "“A counsellor with 25 people … has better room”: 25 itself is in the close-follow-up class. Set 24 to read “about 25” as fewer than 25.",
    },
    "nav.caseload-limited-over": {
      interpretation:
        "“Over 100 young people” means more than 100: exactly 100 is intermediate. Set 99 to count 100 as limited.",
    },
    "nav.reaction-day-count": {
      interpretation:
        "“Within 1–2 days” does not say which days. The library counts calendar days: the young person waits at weekends too. Choose `working-days` (Monday–Friday) or `norwegian-working-days` (Monday–Friday except public holidays and 1 and 17 May) with this parameter.",
    },
    "nav.capacity-caseload-standard": {
      interpretation:
        "Only “25 people … better room” is a positive anchor, so only the close-follow-up class meets the quality. Choose `not-limited` to let the intermediate class (26–100) meet it.",
    },
    "nav.aftercare-from": {
      interpretation:
        "“Has passed 18” is read as from the 18th birthday, when the person comes of age and child-welfare measures become aftercare. Set 19 to read it as after the year of being 18.",
    },
    "nav.aftercare-until": {
      interpretation:
        "“Until the young person has turned 25”: aftercare may last until the day before the 25th birthday. The rise from 23 to 25 applied «med direkte virkning for unge voksne som fyller 23 år fra samme dato» (Bufdir): the limit is read on the day the person reaches the old one, so someone who turned 23 before 2021-01-01 had aftercare until their 23rd birthday.",
    },
  },
});
