/**
 * A small NAV office's follow-up of young people: each youth counsellor's caseload, the
 * reaction time in a few cases (in calendar days and in working days), and which agencies
 * to involve for three young people, with the Norwegian explanations. Everything here is a
 * recommendation or an estimate from the AFI report, not law.
 * Run: npm run examples -- nav-follow-up
 */
import {
  explain,
  type NavPartnersInput,
  type NavReactionTimeInput,
  navAssessCloseFollowUp,
  navCaseload,
  navPartners,
  navReactionTime,
} from "ungrett/nav";

const asOf = "2025-05-09";
const office = "NAV Eksempelby";

// 1. Caseloads: young people per youth counsellor.
const counsellors: readonly { name: string; youth: number }[] = [
  { name: "Kari", youth: 22 },
  { name: "Ola", youth: 25 },
  { name: "Aisha", youth: 60 },
  { name: "Per", youth: 100 },
  { name: "Lise", youth: 118 },
];

const REACTION_NB = { ideal: "ideell", within: "innenfor", late: "for sent", pending: "venter" } as const;

const CLASS_NB = {
  "close-follow-up-possible": "rom for tett oppfølging",
  intermediate: "mellomklasse",
  limited: "begrenset rom",
} as const;

console.log(`# ${office}: oppfølging av ungdom per ${asOf}\n`);
console.log("## Saksmengde per veileder (et anslag, ikke et lovkrav)\n");
console.log("| veileder | ungdommer | klasse |");
console.log("| --- | ---: | --- |");
const caseloads = counsellors.map((c) => ({ ...c, d: navCaseload({ youthPerCounsellor: c.youth }, { asOf }) }));
for (const { name, youth, d } of caseloads) console.log(`| ${name} | ${youth} | ${CLASS_NB[d.outcome]} |`);
const total = counsellors.reduce((s, c) => s + c.youth, 0);
console.log(
  `\nI alt ${total} ungdommer på ${counsellors.length} veiledere, ${(total / counsellors.length).toFixed(1).replace(".", ",")} i snitt.\n`,
);
const aisha = caseloads.find((c) => c.name === "Aisha");
if (aisha !== undefined) console.log(explain(aisha.d, "nb"), "\n");

// 2. Reaction time: from the day the young person made contact to the day a measure or follow-up was offered.
const cases: readonly { id: string; input: NavReactionTimeInput }[] = [
  { id: "Sak 1 (fredag til mandag)", input: { contactDate: "2025-05-02", responseDate: "2025-05-05" } },
  { id: "Sak 2 (over påske)", input: { contactDate: "2025-04-16", responseDate: "2025-04-22" } },
  { id: "Sak 3 (samme dag)", input: { contactDate: "2025-05-07", responseDate: "2025-05-07" } },
  { id: "Sak 4 (ikke svart ennå)", input: { contactDate: "2025-05-08" } },
];

console.log("## Reaksjonstid (en anbefaling, ikke et lovkrav)\n");
console.log("| sak | kalenderdager | arbeidsdager | arbeidsdager utenom helligdager |");
console.log("| --- | --- | --- | --- |");
const reactions = cases.map(({ id, input }) => {
  const by = (dayCount: string) => navReactionTime(input, { asOf, parameters: { "nav.reaction-day-count": dayCount } });
  return { id, calendar: by("calendar-days"), working: by("working-days"), norwegian: by("norwegian-working-days") };
});
for (const r of reactions) {
  const cell = (d: typeof r.calendar) => `${REACTION_NB[d.outcome]} (${d.details.days})`;
  console.log(`| ${r.id} | ${cell(r.calendar)} | ${cell(r.working)} | ${cell(r.norwegian)} |`);
}
console.log();
for (const r of reactions.slice(0, 2)) {
  console.log(`### ${r.id}\n`);
  console.log(explain(r.calendar, "nb"), "\n");
  console.log(explain(r.norwegian, "nb"), "\n");
}

// 3. Which agencies to involve, by age and by problem type.
const youth: readonly { id: string; input: NavPartnersInput }[] = [
  { id: "Ungdom A (15 år, psykisk uhelse)", input: { birthDate: "2010-01-20", problems: ["mental-ill-health"] } },
  {
    id: "Ungdom B (17 år, har sluttet på videregående)",
    input: { birthDate: "2007-09-03", problems: ["lack-of-motivation-or-dropout"] },
  },
  {
    id: "Ungdom C (22 år, rus og dårlig økonomi)",
    input: { birthDate: "2003-02-11", problems: ["substance-use-or-crime", "poor-finances-or-living-conditions"] },
  },
];

console.log("## Samarbeidsparter (en anbefaling, ikke et lovkrav)\n");
for (const { id, input } of youth) {
  console.log(`### ${id}\n`);
  console.log(explain(navPartners(input, { asOf }), "nb"), "\n");
}

// 4. The office as a whole against the ten qualities of close follow-up.
console.log("## Kontoret mot de ti kvalitetene ved tett oppfølging\n");
const assessment = navAssessCloseFollowUp(
  {
    models: ["los", "motivation"],
    actors: ["youth", "employer", "school"],
    themes: ["social-inclusion", "tasks", "life-otherwise"],
    phases: ["before", "during"],
    naturalSupport: true,
    reachableByMobile: true,
    reactionDays: 2,
    meetingPlace: "youth-reception",
    youthPerCounsellor: Math.round(total / counsellors.length),
    oneToOnePeriods: true,
    activeOutreach: false,
    prevention: "proactive",
    problemFocus: true,
    futureFocus: true,
  },
  { asOf },
);
console.log(explain(assessment, "nb"));
