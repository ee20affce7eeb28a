/**
 * A caseworker's to-do list: what the follow-up service (OT) and NAV owe three young
 * people on one day, from the history the case systems have recorded, printed in
 * Norwegian. Each task is done, due (with its date where one is given), not owed (and
 * why) or not yet settled (and which fact is missing). Where informing the guardians
 * meets OT's duty of confidentiality, the list says which rule the law lets win.
 * Run: npm run examples -- caseworker-todo
 */
import { explain, type NavDutiesInput, navDuties, type OtDutiesInput, otDuties } from "ungrett";

const asOf = "2025-10-15";

// Pseudonyms: a case system would pass its own ids, never names, to a log.
const youth: readonly { who: string; input: OtDutiesInput; nav?: NavDutiesInput }[] = [
  {
    who: "Ungdom A (16 år, sluttet på vg1 i september)",
    input: {
      birthDate: "2009-04-02",
      hasYouthRight: true,
      inEducation: false,
      inWork: false,
      history: {
        registeredOn: "2025-09-12",
        informedOn: "2025-09-15",
        contacts: [{ date: "2025-09-20", established: false }],
      },
    },
  },
  {
    who: "Ungdom B (20 år, takket ja til et kurs i august)",
    input: {
      birthDate: "2005-06-30",
      hasYouthRight: true,
      inEducation: false,
      inWork: false,
      history: {
        registeredOn: "2024-08-20",
        informedOn: "2024-08-22",
        contacts: [{ date: "2025-08-18", established: true }],
        offers: [{ date: "2025-08-25", accepted: true }],
        followUps: ["2025-10-01"],
      },
    },
    nav: {
      birthDate: "2005-06-30",
      soughtWorkHelp: true,
      needsHelp: true,
      needsBroaderAssessment: false,
      needsLongTermCoordinatedServices: false,
      needsOtherServices: true,
      history: { needsAssessmentOn: "2025-08-05", activityPlanOn: "2025-08-12" },
    },
  },
  {
    who: "Ungdom C (18 år i år, arbeidssituasjonen er ikke kjent)",
    input: {
      birthYear: 2007,
      hasYouthRight: true,
      inEducation: false,
      history: { registeredOn: "2025-08-28" },
    },
    nav: { birthYear: 2007, soughtWorkHelp: true, history: {} },
  },
];

/** The tasks in the caseworker's words. */
const TASK_NB = {
  overview: "registrere i OTs oversikt",
  "written-information": "gi skriftlig informasjon om rettighetene",
  "guardian-information": "gi foresatte den samme informasjonen",
  contact: "etablere kontakt (et brev uten svar teller ikke)",
  offer: "gi tilbud om opplæring, arbeid eller annet tiltak",
  "follow-up": "følge opp etter tilbudet",
} as const;

const MARK = { due: "[ ]", unknown: "[?]", done: "[x]" } as const;

console.log(`# OT og NAV: gjøremål per ${asOf}\n`);
/** NAV's duties in the caseworker's words. */
const NAV_TASK_NB = {
  "needs-assessment": "vurdere behovet for bistand (NAV-loven § 14 a)",
  "work-ability-assessment": "gjøre en arbeidsevnevurdering (§ 14 a)",
  "activity-plan": "lage aktivitetsplan (§ 14 a)",
  "individual-plan": "lage individuell plan (§ 15)",
  cooperation: "samarbeide med de andre tjenestene (§ 15 a)",
  "contact-person": "gi fast kontaktperson (ungdomsgarantien, ikke lov)",
} as const;

for (const { who, input, nav } of youth) {
  const d = otDuties(input, { asOf });
  console.log(`## ${who}\n`);
  console.log("### OT\n");
  for (const t of d.details.duties) {
    if (t.status === "not-owed") continue;
    const when =
      t.status === "due" && t.dueBy !== null ? ` – frist ${t.dueBy}` : t.doneOn === null ? "" : ` – gjort ${t.doneOn}`;
    console.log(`- ${MARK[t.status]} ${TASK_NB[t.duty]}${when}`);
  }
  if (d.needs.length > 0) console.log(`\nAvklar først: ${d.needs.join(", ")}.`);
  if (d.details.collisions.length > 0) {
    console.log(
      d.details.collisions[0]?.resolution === "confidentiality-wins"
        ? "\nNB: Ungdommen bestemmer selv over sin utdanning. Taushetsplikten går foran: gi foresatte bare det som ikke er taushetsbelagt overfor dem."
        : "\nNB: Ungdommen bestemmer selv over sin utdanning. Vurder hva foresatte kan få vite før informasjonen sendes.",
    );
  }
  // The whole explanation, with the sources, is what the case system stores beside the decision.
  console.log(`\n<details><summary>Begrunnelse</summary>\n\n${explain(d)}\n</details>\n`);
  if (nav === undefined) continue;
  const n = navDuties(nav, { asOf });
  console.log("### NAV\n");
  for (const t of n.details.duties) {
    if (t.status === "not-owed") continue;
    console.log(`- ${MARK[t.status]} ${NAV_TASK_NB[t.duty]}${t.doneOn === null ? "" : ` – gjort ${t.doneOn}`}`);
  }
  if (n.needs.length > 0) console.log(`\nAvklar først: ${n.needs.join(", ")}.`);
  console.log(`\n<details><summary>Begrunnelse</summary>\n\n${explain(n)}\n</details>\n`);
}
