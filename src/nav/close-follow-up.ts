import {
  type ChecklistCounts,
  type ChecklistOutcome,
  type ChecklistStatus,
  checklistResult,
  checklistStatus,
} from "../core/checklist.js";
import type { Decision } from "../core/decision.js";
import type { EvaluationOptions } from "../core/evaluation.js";
import { deepFreeze } from "../core/freeze.js";
import { allOf, defineRule, factIs, needsOf, type Reason } from "../core/rule.js";
import { cite } from "../core/sources.js";
import type { Facts, Source, Status, Strength } from "../core/types.js";
import { NAV } from "./area.js";
import { caseloadClass } from "./caseload.js";
import { advisory, type NavAdvisory } from "./common.js";
import { NAV_CAPACITY_STANDARD } from "./parameters.js";
import { reactionClass, reactionThresholds } from "./reaction-time.js";
import {
  type NavAssessCloseFollowUpInput,
  type NavPhase,
  type NavTheme,
  navFollowUpSchema,
  navPhaseSchema,
  navThemeSchema,
} from "./schemas.js";

/** The ten qualities of close individual follow-up, in the report's order. */
export type NavQuality =
  | "typology"
  | "actors"
  | "themes"
  | "phases"
  | "availability"
  | "meeting-place"
  | "capacity"
  | "active-outreach"
  | "prevention"
  | "method";

/** A quality as data: its number and the words it rests on (its name and the report's recommendation are in each language's catalogue). */
export type NavQualityInfo = {
  readonly id: NavQuality;
  /** Its number in the report (1–10). */
  readonly number: number;
  readonly source: Source;
  /** The input fields the assessment reads for it. */
  readonly facts: readonly (keyof NavAssessCloseFollowUpInput)[];
};

const src = (locator: string): Source => cite("afi-tipshefte-2016", locator);

/** The ten qualities with the report's recommendation for each («Grep i tett individuell oppfølging oppsummert»). */
export const NAV_QUALITIES: readonly NavQualityInfo[] = /* @__PURE__ */ deepFreeze([
  {
    id: "typology",
    number: 1,
    source: src(
      "«Det er viktig med en losfunksjon for oppfølging av ungdom i NAV. Kombiner gjerne en losfunksjon med kortvarig gruppebasert motivasjonsarbeid.»",
    ),
    facts: ["models"],
  },
  {
    id: "actors",
    number: 2,
    source: src("«Følg opp både ungdommer og arbeidsgiver/skole, evt. familie»"),
    facts: ["actors"],
  },
  {
    id: "themes",
    number: 3,
    source: src(
      "«Både sosial innlemmelse, fag eller arbeidsoppgaver, helse og livet ellers kan være sentrale tema. Tilstrekkelig oppfølging må sikres på alle disse områdene.»",
    ),
    facts: ["themes"],
  },
  {
    id: "phases",
    number: 4,
    source: src(
      "«Det ideelle er at oppfølger kan bidra både før, under og etter at jobb eller skole er etablert.» … «Tilrettelegging for naturlig bistand er sentralt for å oppnå varig oppfølging.»",
    ),
    facts: ["phases", "naturalSupport"],
  },
  {
    id: "availability",
    number: 5,
    source: src(
      "«Ungdomsveiledere bør gjerne være tilgjengelige på mobiltelefon.» … «Viktig å ha mulighet til å raskt (innen 1–2 dager) utløse tiltak eller tilby oppfølging.»",
    ),
    facts: ["reachableByMobile", "reactionDays"],
  },
  {
    id: "meeting-place",
    number: 6,
    source: src(
      "«Tilby gjerne trygge og inkluderende møtesteder for ungdom.» … «Eksempler er egne NAV Ung-filialer, eget ungdomsmottak eller møte med en ungdomsveileder.»",
    ),
    facts: ["meetingPlace"],
  },
  {
    id: "capacity",
    number: 7,
    source: src(
      "«Utsatte ungdommer trenger tidvis tett bistand. Å kunne tilby en-til-en-oppfølging i kortere perioder (noen dager) vil være en fordel.» … «En veileder som har over 100 ungdommer å følge opp, har begrenset mulighet til å følge tett opp. En veileder med 25 personer «på benken», har bedre muligheter.»",
    ),
    facts: ["youthPerCounsellor", "oneToOnePeriods"],
  },
  {
    id: "active-outreach",
    number: 8,
    source: src("«Aktiv oppsøking av ungdom som sliter når de ikke makter å møte opp kan være svært viktig.»"),
    facts: ["activeOutreach"],
  },
  {
    id: "prevention",
    number: 9,
    source: src(
      "«Oppfølgingen bør være proaktiv ved å forebygge frafall, og ikke bare settes inn når problemet alt er der. Ideelt er det om man også evner å gi bistand for å fremme inkludering i skole eller arbeidsplass.»",
    ),
    facts: ["prevention"],
  },
  {
    id: "method",
    number: 10,
    source: src(
      "«En kombinasjon av fokus på situasjonen her og nå (problemfokus) med et mulighets- og ressursfokus for framtida framstår som viktig.»",
    ),
    facts: ["problemFocus", "futureFocus"],
  },
]);

/** `nav.close-follow-up`: the ten qualities of close individual follow-up. */
export const NAV_CLOSE_FOLLOW_UP = defineRule({
  id: "nav.close-follow-up",
  area: "nav",
  strength: "recommendation",
  sources: [
    {
      ref: "afi-tipshefte-2016",
      locator:
        "«Tett oppfølging kan operasjonaliseres i følgende 10 temaer eller kvaliteter» … «Oppfølgingen i en enkelt sak kan vurderes ut fra disse temaene. Det samme kan tilbudet som samlet ytes i en hel kommune.»",
    },
    // The statutory duties the follow-up sits on (`details.restsOn`): the § 14 a assessment
    // decides what help NAV gives, and the youth guarantee promises close follow-up.
    { ref: "nav-loven/14a", locator: "the assessment of the need for help that the follow-up carries out" },
    {
      ref: "nav-retningslinjer-barnevern-nav/4.2.1",
      locator: "«Utfallet av denne vurderingen er styrende for den hjelpen NAV-kontoret gir den enkelte.»",
    },
    {
      ref: "regjeringen-ungdomsgaranti-2022",
      locator: "«… får tidlig innsats og tett oppfølging så lenge det er nødvendig»",
    },
  ],
  parameters: [NAV_CAPACITY_STANDARD],
  evaluatedBy: "navAssessCloseFollowUp",
});

/** One quality's assessment. */
export type NavQualityItem = {
  readonly quality: NavQuality;
  readonly number: number;
  readonly status: ChecklistStatus;
  readonly source: Source;
  readonly strength: Strength;
  /** The facts that would settle an `unknown` item. */
  readonly needs: readonly string[];
};

/** The overall outcome, a checklist's: every quality met, at least one falling short, or incomplete (some not yet known). */
export type NavAssessCloseFollowUpOutcome = ChecklistOutcome;

/** What `navAssessCloseFollowUp` reports beside the outcome. */
export type NavAssessCloseFollowUpDetails = NavAdvisory & {
  readonly items: readonly NavQualityItem[];
  readonly counts: ChecklistCounts;
  /**
   * The rules of the statutory duties and the scheme the follow-up sits on: the § 14 a
   * assessment, which decides the help NAV gives (`nav.needs-assessment`), and the youth
   * guarantee's close follow-up (`nav.youth-guarantee`). The qualities themselves stay
   * recommendations (`legalDuty: false`); `navDuties` says which duties are owed.
   */
  readonly restsOn: readonly string[];
};

/** The rules the close follow-up sits on (see `NavAssessCloseFollowUpDetails.restsOn`). */
const RESTS_ON: readonly string[] = /* @__PURE__ */ deepFreeze(["nav.needs-assessment", "nav.youth-guarantee"]);

/** One part of a quality: its status and the fact that would settle it. */
type Part = { status: Status; need: string };

/** A list given is complete: it holds when it contains everything wanted. */
const listCovers = <T extends string>(list: readonly T[] | null | undefined, wanted: readonly T[]): Status =>
  list == null ? "unknown" : wanted.every((w) => list.includes(w)) ? "holds" : "fails";

const missingFrom = <T extends string>(list: readonly T[] | null | undefined, wanted: readonly T[]): T[] | null =>
  list == null ? null : wanted.filter((w) => !list.includes(w));

const ALL_THEMES: readonly NavTheme[] = navThemeSchema.options;
const ALL_PHASES: readonly NavPhase[] = navPhaseSchema.options;

/**
 * Assesses a case's or a whole service's follow-up against the ten qualities of close
 * individual follow-up, each `meets`, `falls-short` or `unknown`, with its source and
 * strength, and the counts; the explanation gives the report's recommendation for each
 * quality that falls short. Unknown facts never make a
 * quality met; a part known to fall short decides its quality. A recommendation, not law.
 * Rule `nav.close-follow-up` (with `nav.caseload` and `nav.reaction-time`).
 *
 * @example
 * const d = navAssessCloseFollowUp(
 *   { models: ["los", "motivation"], actors: ["youth", "employer"], youthPerCounsellor: 60, activeOutreach: true },
 *   { asOf: "2026-03-02" },
 * );
 * d.outcome // "falls-short" (60 young people per counsellor is not room for close follow-up)
 * d.details.counts // { meets: 3, fallsShort: 1, unknown: 6, total: 10 }
 */
export function navAssessCloseFollowUp(
  followUp: NavAssessCloseFollowUpInput,
  options: EvaluationOptions,
): Decision<NavAssessCloseFollowUpOutcome, NavAssessCloseFollowUpDetails> {
  const fn = "navAssessCloseFollowUp";
  const { ev, input: f } = NAV.begin(fn, navFollowUpSchema, followUp, options);
  const rule = NAV_CLOSE_FOLLOW_UP;
  const extra: Reason[] = [];
  const qualityReasons: Reason[] = [];

  const evaluate = (q: NavQuality): { parts: Part[]; facts: Facts } => {
    switch (q) {
      case "typology": {
        const models = f.models ?? null;
        return {
          parts: [{ status: models === null ? "unknown" : models.includes("los") ? "holds" : "fails", need: "models" }],
          facts: {
            models: models === null ? null : models.slice(),
            motivation: models?.includes("motivation") ?? null,
          },
        };
      }
      case "actors": {
        const actors = f.actors ?? null;
        const reachesYouth = actors === null ? null : actors.includes("youth");
        const reachesWorkOrSchool = actors === null ? null : actors.includes("employer") || actors.includes("school");
        const status: Status = actors === null ? "unknown" : reachesYouth && reachesWorkOrSchool ? "holds" : "fails";
        return {
          parts: [{ status, need: "actors" }],
          facts: { actors: actors === null ? null : actors.slice(), reachesYouth, reachesWorkOrSchool },
        };
      }
      case "themes":
        return {
          parts: [{ status: listCovers(f.themes, ALL_THEMES), need: "themes" }],
          facts: { themes: f.themes?.slice() ?? null, missing: missingFrom(f.themes, ALL_THEMES) },
        };
      case "phases":
        return {
          parts: [
            { status: listCovers(f.phases, ALL_PHASES), need: "phases" },
            { status: factIs(f.naturalSupport, true), need: "naturalSupport" },
          ],
          facts: {
            phases: f.phases?.slice() ?? null,
            missing: missingFrom(f.phases, ALL_PHASES),
            naturalSupport: f.naturalSupport ?? null,
          },
        };
      case "availability": {
        const { idealMaxDays, maxDays } = reactionThresholds(ev, fn);
        let reactionStatus: Status = "unknown";
        let reaction: string | null = null;
        if (f.reactionDays != null) {
          const r = reactionClass(ev, f.reactionDays, idealMaxDays, maxDays, { reactionDays: f.reactionDays });
          extra.push(...r.reasons);
          reaction = r.outcome;
          reactionStatus = r.outcome === "late" ? "fails" : "holds";
        }
        return {
          parts: [
            { status: factIs(f.reachableByMobile, true), need: "reachableByMobile" },
            { status: reactionStatus, need: "reactionDays" },
          ],
          facts: {
            reachableByMobile: f.reachableByMobile ?? null,
            reactionDays: f.reactionDays ?? null,
            reaction,
            maxDays,
          },
        };
      }
      case "meeting-place": {
        const place = f.meetingPlace ?? null;
        const status: Status = place === null ? "unknown" : place === "ordinary-reception" ? "fails" : "holds";
        return { parts: [{ status, need: "meetingPlace" }], facts: { meetingPlace: place } };
      }
      case "capacity": {
        const standard = ev.param(NAV_CAPACITY_STANDARD);
        let caseloadStatus: Status = "unknown";
        let caseload: string | null = null;
        // Only the close class meets by default: «25 personer … har bedre muligheter» is the
        // report's one positive anchor; `nav.capacity-caseload-standard` = "not-limited" lets 26–100 meet.
        if (f.youthPerCounsellor != null) {
          const c = caseloadClass(ev, fn, f.youthPerCounsellor);
          extra.push(...c.reasons);
          caseload = c.outcome;
          const ok =
            c.outcome === "close-follow-up-possible" || (standard === "not-limited" && c.outcome === "intermediate");
          caseloadStatus = ok ? "holds" : "fails";
        }
        return {
          parts: [
            { status: caseloadStatus, need: "youthPerCounsellor" },
            { status: factIs(f.oneToOnePeriods, true), need: "oneToOnePeriods" },
          ],
          facts: {
            youthPerCounsellor: f.youthPerCounsellor ?? null,
            caseload,
            caseloadMeets: caseloadStatus === "unknown" ? null : caseloadStatus === "holds",
            standard,
            oneToOnePeriods: f.oneToOnePeriods ?? null,
          },
        };
      }
      case "active-outreach":
        return {
          parts: [{ status: factIs(f.activeOutreach, true), need: "activeOutreach" }],
          facts: { activeOutreach: f.activeOutreach ?? null },
        };
      case "prevention": {
        const p = f.prevention ?? null;
        const status: Status = p === null ? "unknown" : p === "reactive" ? "fails" : "holds";
        return { parts: [{ status, need: "prevention" }], facts: { prevention: p } };
      }
      case "method":
        return {
          parts: [
            { status: factIs(f.problemFocus, true), need: "problemFocus" },
            { status: factIs(f.futureFocus, true), need: "futureFocus" },
          ],
          facts: { problemFocus: f.problemFocus ?? null, futureFocus: f.futureFocus ?? null },
        };
    }
  };

  const items: NavQualityItem[] = [];
  for (const q of NAV_QUALITIES) {
    const { parts, facts } = evaluate(q.id);
    const status = allOf(parts.map((p) => p.status));
    // Only facts that can still change the item are asked for: a part known to fall short decides it.
    const needs = status === "unknown" ? parts.filter((p) => p.status === "unknown").map((p) => p.need) : [];
    qualityReasons.push(ev.reason(rule, q.id, status, facts, needs));
    items.push({
      quality: q.id,
      number: q.number,
      status: checklistStatus(status),
      source: q.source,
      strength: rule.strength,
      needs,
    });
  }
  const { counts, outcome } = checklistResult(items);
  return ev.decide(
    rule,
    outcome,
    [...qualityReasons, ...extra],
    outcome === "incomplete" ? needsOf(qualityReasons) : [],
    { ...advisory(rule.strength), items, counts, restsOn: RESTS_ON },
  );
}
