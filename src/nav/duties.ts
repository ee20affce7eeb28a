import { ageOn, dayBeforeBirthday } from "../core/dates.js";
import type { Decision } from "../core/decision.js";
import { type DutiesOutcome, type Duty, dutiesOutcome, dutyEntry, dutyStatus, historyOf } from "../core/duties.js";
import type { Evaluation, EvaluationOptions } from "../core/evaluation.js";
import { deepFreeze } from "../core/freeze.js";
import { checkParameterOrder } from "../core/parameter-order.js";
import type { ParameterDef } from "../core/parameters.js";
import { ageUnder, birthCheck, type CrossCheck, notAfterCheck, rawField } from "../core/person.js";
import { allOf, defineRule, factIs, notOf, type Reason, type RuleDef } from "../core/rule.js";
import type { IsoDate, Status } from "../core/types.js";
import { NAV } from "./area.js";
import {
  NAV_ACTIVITY_PLAN_OWED_TO,
  NAV_COOPERATION_IN_FORCE,
  NAV_YOUTH_GUARANTEE_FROM_AGE,
  NAV_YOUTH_GUARANTEE_UNTIL_AGE,
} from "./parameters.js";
import { type NavDutiesInput, navDutiesSchema } from "./schemas.js";

/** `nav.needs-assessment`: NAV-loven § 14 a, the assessment of the need for help to get or keep work, and the activity plan. */
export const NAV_NEEDS_ASSESSMENT = /* @__PURE__ */ defineRule({
  id: "nav.needs-assessment",
  area: "nav",
  strength: "statute",
  sources: [
    { ref: "nav-loven/14a" },
    { ref: "nav-loven/14a-work-ability" },
    { ref: "nav-loven/14a-activity-plan" },
    {
      ref: "stortinget-sporsmal-15-257-2015-2016",
      locator: "«alle som ønsker eller trenger bistand for å komme i arbeid, rett til å få vurdert sitt bistandsbehov»",
    },
    {
      ref: "nav-retningslinjer-barnevern-nav/4.2.1",
      locator: "«rett til en behovs- og eventuelt arbeidsevnevurdering, jf. NAV-loven § 14 a»",
    },
    {
      ref: "sivilombudet-2014-2335",
      locator:
        "«standardinnsats, situasjonsbestemt innsats, spesielt tilpasset innsats og varig tilpasset innsats» (the outcomes of the decision)",
    },
  ],
  parameters: [NAV_ACTIVITY_PLAN_OWED_TO],
});

/** `nav.individual-plan`: NAV-loven § 15, an individual plan for those who need long-term, coordinated services. */
export const NAV_INDIVIDUAL_PLAN = /* @__PURE__ */ defineRule({
  id: "nav.individual-plan",
  area: "nav",
  strength: "statute",
  sources: [
    { ref: "nav-loven/15" },
    {
      ref: "prop-100-l-2020-2021/kap-8",
      locator:
        "«arbeids- og velferdsforvaltningen har i dag regler om plikt til å tilby eller opprette individuell plan»",
    },
  ],
  parameters: [],
});

/** `nav.cooperation`: NAV-loven § 15 a, cooperation with other public bodies and service providers (from 2022-08-01). */
export const NAV_COOPERATION = /* @__PURE__ */ defineRule({
  id: "nav.cooperation",
  area: "nav",
  strength: "statute",
  sources: [
    { ref: "nav-loven/15a" },
    { ref: "innst-581-l-2020-2021", locator: "«ikke vil være avgrenset til kun å gjelde personer under 25»" },
    { ref: "statsforvalteren-samarbeid-2022", locator: "«gjelder alle med behov for velferdstjenester»" },
  ],
  parameters: [NAV_COOPERATION_IN_FORCE],
});

/** `nav.youth-guarantee`: the youth guarantee (from 2023-07-01), a government scheme run by NAV, not a statute. */
export const NAV_YOUTH_GUARANTEE = /* @__PURE__ */ defineRule({
  id: "nav.youth-guarantee",
  area: "nav",
  strength: "guidance",
  sources: [
    {
      ref: "randaberg24-ungdomsgaranti-2023",
      locator:
        "«Alle i målgruppen skal få en fast kontaktperson i NAV.» «… personer mellom 16 og 30 år som har behov for hjelp fra NAV for å komme i arbeid»",
    },
    { ref: "regjeringen-ungdomsgaranti-2022", locator: "«Regjeringen foreslår å bevilge 175 millioner kroner i 2023»" },
    { ref: "navikt-veilarbvedtaksstotte", locator: "«fra og med de fyller 16 inntil dagen de fyller 30 år»" },
  ],
  parameters: [NAV_YOUTH_GUARANTEE_FROM_AGE, NAV_YOUTH_GUARANTEE_UNTIL_AGE],
});

/** `nav.duties`: what NAV owes a young person under §§ 14 a, 15 and 15 a and the youth guarantee. */
export const NAV_DUTIES = /* @__PURE__ */ defineRule({
  id: "nav.duties",
  area: "nav",
  strength: "statute",
  sources: [
    { ref: "nav-loven/14a" },
    { ref: "nav-loven/15" },
    { ref: "nav-loven/15a" },
    { ref: "randaberg24-ungdomsgaranti-2023", locator: "the youth guarantee, «i regi av NAV» from 1 July 2023" },
  ],
  parameters: [],
  evaluatedBy: "navDuties",
});

/** What NAV may owe a young person, each resting on one rule. */
export type NavDuty =
  | "needs-assessment"
  | "work-ability-assessment"
  | "activity-plan"
  | "individual-plan"
  | "cooperation"
  | "contact-person";

/** The condition that leaves a duty not owed (it fails) or unknown (it is not known). */
export type NavDutyBecause =
  | "sought-work-help"
  | "needs-help"
  | "needs-broader-assessment"
  | "long-term-coordinated-services"
  | "cooperation-in-force"
  | "needs-other-services"
  | "guarantee-in-force"
  | "within-age-band";

/** Every duty, in the order a decision lists them. */
export const NAV_DUTY_LIST: readonly NavDuty[] = /* @__PURE__ */ deepFreeze([
  "needs-assessment",
  "work-ability-assessment",
  "activity-plan",
  "individual-plan",
  "cooperation",
  "contact-person",
]);

/** Every condition that decides whether a duty is owed, with the rule that states it. */
export const NAV_DUTY_CONDITIONS: Readonly<Record<NavDutyBecause, string>> = /* @__PURE__ */ deepFreeze({
  "sought-work-help": "nav.needs-assessment",
  "needs-help": "nav.needs-assessment",
  "needs-broader-assessment": "nav.needs-assessment",
  "long-term-coordinated-services": "nav.individual-plan",
  "cooperation-in-force": "nav.cooperation",
  "needs-other-services": "nav.cooperation",
  "guarantee-in-force": "nav.youth-guarantee",
  "within-age-band": "nav.youth-guarantee",
});

/** The outcome of `navDuties`: see {@link DutiesOutcome}. */
export type NavDutiesOutcome = DutiesOutcome;

/** What `navDuties` reports beside the outcome. */
export type NavDutiesDetails = {
  /** Every duty, in the order of {@link NAV_DUTY_LIST}. */
  readonly duties: readonly Duty<NavDuty, NavDutyBecause>[];
  /**
   * The last day the youth guarantee's age band covers the young person (the day before the
   * birthday that ends it); `null` without a birth date or when no guarantee is in force.
   */
  readonly youthGuaranteeThrough: IsoDate | null;
};

const HISTORY_FIELDS = [
  "needsAssessmentOn",
  "workAbilityAssessmentOn",
  "activityPlanOn",
  "individualPlanOn",
  "cooperationOn",
  "contactPersonOn",
] as const;

// Every date in the history must be on or before asOf: the library does not judge the future.
const historyNotAfter = /* @__PURE__ */ notAfterCheck((raw) => {
  const history = rawField(raw, "history");
  return HISTORY_FIELDS.map((k) => [`history.${k}`, rawField(history, k)] as const);
});
const dutiesChecks: CrossCheck = (raw, asOf) => [...birthCheck(raw, asOf), ...historyNotAfter(raw, asOf)];

/** One condition: its status, and the reason that traces it. */
type Cond = { readonly because: NavDutyBecause; readonly reason: Reason };

/** The youth guarantee's age band on `asOf`: from the birth date, or the birth year where it settles it. */
function ageBand(
  ev: Evaluation,
  fromAge: number,
  untilAge: number,
  birthDate: IsoDate | null,
  birthYear: number | null,
): { status: Status; age: number | null; through: IsoDate | null } {
  // From the first age (not under it) and under the age that ends the band.
  const status = allOf([
    notOf(ageUnder(fromAge, ev.asOf, birthDate, birthYear)),
    ageUnder(untilAge, ev.asOf, birthDate, birthYear),
  ]);
  if (birthDate === null) return { status, age: null, through: null };
  return { status, age: ageOn(birthDate, ev.asOf), through: dayBeforeBirthday(birthDate, untilAge) };
}

/**
 * Which of NAV's duties to a young person are owed, done or due on `asOf`: under
 * NAV-loven § 14 a the assessment of the need for help to get or keep work, a work-ability
 * assessment where a broader one is needed, and an activity plan; under § 15 an
 * individual plan; under § 15 a (from 2022-08-01) cooperation with the other services the
 * young person needs; and under the youth guarantee (from 2023-07-01, ages 16 to 29, a
 * government scheme, not a statute) a fixed contact person. A duty is owed only to the
 * group it is for; an unknown fact leaves it `unknown` and is listed in `needs`; a date
 * in `history` marks it done. Rules `nav.duties`, `nav.needs-assessment`,
 * `nav.individual-plan`, `nav.cooperation` and `nav.youth-guarantee`.
 *
 * @example
 * const d = navDuties(
 *   { birthDate: "2005-04-10", soughtWorkHelp: true, needsHelp: true, history: { needsAssessmentOn: "2026-01-15" } },
 *   { asOf: "2026-03-02" },
 * );
 * d.outcome // "due" (the activity plan and the youth guarantee's contact person are owed and not done)
 * d.details.duties.map((x) => x.status)
 * // ["done", "unknown", "due", "unknown", "unknown", "due"]
 */
export function navDuties(
  input: NavDutiesInput,
  options: EvaluationOptions,
): Decision<NavDutiesOutcome, NavDutiesDetails> {
  const fn = "navDuties";
  const { ev, input: p } = NAV.begin(fn, navDutiesSchema, input, options, dutiesChecks);
  const h = historyOf(p.history);
  const birthDate = p.birthDate ?? null;
  const birthYear = p.birthYear ?? null;

  const fact = (because: NavDutyBecause, rule: RuleDef, field: keyof NavDutiesInput, wanted: boolean): Cond => {
    const value = (p[field] as boolean | null | undefined) ?? null;
    return { because, reason: ev.reason(rule, because, factIs(value, wanted), { [field]: value }, [field]) };
  };

  // § 14 a: the group is those who came wanting or needing help with work.
  const sought = fact("sought-work-help", NAV_NEEDS_ASSESSMENT, "soughtWorkHelp", true);
  const needsHelp = fact("needs-help", NAV_NEEDS_ASSESSMENT, "needsHelp", true);
  const broader = fact("needs-broader-assessment", NAV_NEEDS_ASSESSMENT, "needsBroaderAssessment", true);
  const planOwedTo = ev.param(NAV_ACTIVITY_PLAN_OWED_TO);
  // § 15.
  const longTerm = fact(
    "long-term-coordinated-services",
    NAV_INDIVIDUAL_PLAN,
    "needsLongTermCoordinatedServices",
    true,
  );
  // § 15 a, from the date it is in force.
  const cooperationInForce = ev.param(NAV_COOPERATION_IN_FORCE);
  const coopInForce: Cond = {
    because: "cooperation-in-force",
    reason: ev.reason(NAV_COOPERATION, "cooperation-in-force", cooperationInForce ? "holds" : "fails", {
      asOf: ev.asOf,
    }),
  };
  const otherServices = fact("needs-other-services", NAV_COOPERATION, "needsOtherServices", true);
  // The youth guarantee: in force while both ages are given (from 2023-07-01).
  const fromAge = ev.param(NAV_YOUTH_GUARANTEE_FROM_AGE);
  const untilAge = ev.param(NAV_YOUTH_GUARANTEE_UNTIL_AGE);
  const guaranteeInForce = fromAge !== null && untilAge !== null;
  const guarantee: Cond = {
    because: "guarantee-in-force",
    reason: ev.reason(NAV_YOUTH_GUARANTEE, "guarantee-in-force", guaranteeInForce ? "holds" : "fails", {
      asOf: ev.asOf,
    }),
  };
  let band: Cond | null = null;
  let youthGuaranteeThrough: IsoDate | null = null;
  if (fromAge !== null && untilAge !== null) {
    checkParameterOrder(
      ev,
      fn,
      // Both are numbers here; the order check reads only the ids and whether they are overridden.
      [NAV_YOUTH_GUARANTEE_FROM_AGE as ParameterDef as ParameterDef<number>, fromAge],
      [NAV_YOUTH_GUARANTEE_UNTIL_AGE as ParameterDef as ParameterDef<number>, untilAge],
      true,
    );
    const b = ageBand(ev, fromAge, untilAge, birthDate, birthYear);
    youthGuaranteeThrough = b.through;
    band = {
      because: "within-age-band",
      reason: ev.reason(
        NAV_YOUTH_GUARANTEE,
        "within-age-band",
        b.status,
        // An age or a birth year, never the birth date (the decision keeps the least revealing form).
        { age: b.age, birthYear: birthDate === null ? birthYear : null, fromAge, untilAge, through: b.through },
        ["birthDate"],
      ),
    };
  }

  const owedBy: Readonly<Record<NavDuty, { rule: RuleDef; conds: readonly Cond[]; doneOn: IsoDate | null }>> = {
    "needs-assessment": { rule: NAV_NEEDS_ASSESSMENT, conds: [sought], doneOn: h.needsAssessmentOn ?? null },
    "work-ability-assessment": {
      rule: NAV_NEEDS_ASSESSMENT,
      conds: [sought, broader],
      doneOn: h.workAbilityAssessmentOn ?? null,
    },
    "activity-plan": {
      rule: NAV_NEEDS_ASSESSMENT,
      conds: planOwedTo === "sought-help" ? [sought] : [sought, needsHelp],
      doneOn: h.activityPlanOn ?? null,
    },
    "individual-plan": { rule: NAV_INDIVIDUAL_PLAN, conds: [longTerm], doneOn: h.individualPlanOn ?? null },
    cooperation: {
      rule: NAV_COOPERATION,
      conds: [coopInForce, otherServices],
      doneOn: h.cooperationOn ?? null,
    },
    "contact-person": {
      rule: NAV_YOUTH_GUARANTEE,
      conds: band === null ? [guarantee] : [guarantee, sought, needsHelp, band],
      doneOn: h.contactPersonOn ?? null,
    },
  };

  const duties: Duty<NavDuty, NavDutyBecause>[] = [];
  const dutyReasons: Reason[] = [];
  const needs: string[] = [];
  const consulted = new Set<Cond>();
  for (const duty of NAV_DUTY_LIST) {
    const { rule, conds, doneOn } = owedBy[duty];
    for (const c of conds) consulted.add(c);
    const owed = allOf(conds.map((c) => c.reason.status));
    const status = dutyStatus(owed, doneOn);
    // A failing condition decides; otherwise the first unknown one is what leaves it open.
    const decisive =
      owed === "holds" ? undefined : conds.find((c) => c.reason.status === (owed === "fails" ? "fails" : "unknown"));
    const unknownNeeds =
      status === "unknown" ? conds.filter((c) => c.reason.status === "unknown").flatMap((c) => c.reason.needs) : [];
    for (const n of unknownNeeds) if (!needs.includes(n)) needs.push(n);
    const entry = dutyEntry(ev, rule, duty, status, { doneOn, because: decisive?.because ?? null }, unknownNeeds);
    duties.push(entry.duty);
    if (entry.reason !== null) dutyReasons.push(entry.reason);
  }
  // The conditions in the order of the rules, each once, then each duty owed or possibly owed.
  const order: readonly Cond[] = [sought, needsHelp, broader, longTerm, coopInForce, otherServices, guarantee];
  const reasons: Reason[] = [
    ...order.filter((c) => consulted.has(c)).map((c) => c.reason),
    ...(band === null ? [] : [band.reason]),
    ...dutyReasons,
  ];
  return ev.decide(NAV_DUTIES, dutiesOutcome(duties), reasons, needs, { duties, youthGuaranteeThrough });
}
