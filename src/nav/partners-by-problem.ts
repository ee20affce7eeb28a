import type { Evaluation } from "../core/evaluation.js";
import { deepFreeze } from "../core/freeze.js";
import { defineRule, type Reason } from "../core/rule.js";
import { cite } from "../core/sources.js";
import type { Status } from "../core/types.js";
import type { NavAgency, NavPartnerEntry } from "./agencies.js";
import { NAV_PROBLEMS, type NavProblem } from "./schemas.js";

/** `nav.partners-by-problem`: which agencies a type of problem calls for. */
export const NAV_PARTNERS_BY_PROBLEM = defineRule({
  id: "nav.partners-by-problem",
  area: "nav",
  strength: "recommendation",
  sources: [
    {
      ref: "afi-tipshefte-2016",
      locator:
        "«Rus/kriminalitet; Psykisk uhelse; Motivasjonsmangel/drop-out; Lærevansker; Dårlig økonomi / levekårsutfordringer» … «Hvilken problematikk man velger å rette oppmerksomheten mot, vil ha betydning for hvilke instanser det kan være lurt å samarbeide med»",
    },
    {
      ref: "afi-tipshefte-2016",
      locator:
        "«videregående skoler, oppfølgingstjenesten, tiltaksleverandører, lokale bedrifter i ordinært arbeidsliv, barnevern, psykisk helsetjenester, PPT og politi»",
    },
  ],
  parameters: [],
  evaluatedBy: "navPartners",
});

const link = (agency: NavAgency, locator: string): NavPartnerEntry => ({
  agency,
  role: "relevant",
  source: cite("afi-tipshefte-2016", locator),
});

const INDICATIVE =
  "«En indikativ tilnærming vil kunne bety et tydeligere samarbeid med instanser som oppsøkende virksomhet, behandlingsapparat, politi eller andre som har kompetanse og mandat til å hjelpe enkeltindivider som har større utfordringer.»";
const OT_ETC =
  "«må det etableres samarbeid med for eksempel Oppfølgingstjenesten, Barnevernet, oppsøkende tjeneste, rustiltak eller andre som er relevante i den enkelte sak»";
const WORKPLACES =
  "«Bedre bruk av ordinære arbeidsplasser vil kunne gjøre en vesentlig forskjell … enten de er skoleelever, OT-ungdom, har fullført videregående opplæring eller brukt opp skolerettighetene.»";
const SCHOOLING = "«kompetanse om tilrettelegging av skolegang»";

/*
 * The library's reading of which agencies each problem type calls for: the report names
 * the problems and the agencies («Rus/kriminalitet … politi») without pairing them in
 * its text. Every link is `relevant`; none is a parameter, since callers with a local
 * mandate add partners of their own rather than remove these.
 */
/** The agencies each problem type calls for, each with the words it rests on. */
export const NAV_PARTNERS_FOR_PROBLEM: Readonly<Record<NavProblem, readonly NavPartnerEntry[]>> =
  /* @__PURE__ */ deepFreeze({
    "substance-use-or-crime": [
      link("substance-use-services", OT_ETC),
      link("police", INDICATIVE),
      link("outreach-service", OT_ETC),
    ],
    "mental-ill-health": [link("mental-health-services", "«psykisk helsetjenester»; «behandlingsapparat»")],
    "lack-of-motivation-or-dropout": [
      link(
        "upper-secondary-school",
        "«For ungdom som ikke har fullført VGS, kan fullføring av skolen være mest viktig på kort sikt»",
      ),
      link("ot", OT_ETC),
      link(
        "providers",
        "«Motivasjonsmodellen: En gruppebasert tilnærming, gjerne et kurs etterfulgt av og i kombinasjon med individuell oppfølging»; «tiltaksleverandører»",
      ),
      link("employers", WORKPLACES),
    ],
    "learning-difficulties": [link("ppt", "«PPT»; «Lærevansker»"), link("upper-secondary-school", SCHOOLING)],
    "poor-finances-or-living-conditions": [
      link(
        "nav-municipal-social",
        "«Dårlig økonomi / levekårsutfordringer»; «handlingsplaner på temaspesifikke områder som rus, boligsosialt arbeid, fattigdom»",
      ),
    ],
  });

/** A reason per problem type, and the agencies the present ones call for. */
export function problemReasons(
  ev: Evaluation,
  problems: readonly NavProblem[] | null | undefined,
): { reasons: Reason[]; entries: { problem: NavProblem; entry: NavPartnerEntry }[] } {
  const reasons: Reason[] = [];
  const entries: { problem: NavProblem; entry: NavPartnerEntry }[] = [];
  for (const p of NAV_PROBLEMS) {
    const status: Status = problems == null ? "unknown" : problems.includes(p) ? "holds" : "fails";
    reasons.push(
      ev.reason(NAV_PARTNERS_BY_PROBLEM, p, status, { present: status === "unknown" ? null : status === "holds" }, [
        "problems",
      ]),
    );
    if (status === "holds") for (const e of NAV_PARTNERS_FOR_PROBLEM[p]) entries.push({ problem: p, entry: e });
  }
  return { reasons, entries };
}
