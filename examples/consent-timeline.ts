/**
 * Samtykke og taushetsplikt etter alder, slik en saksbehandler spør hver dag:
 * Kan jeg drøfte henne med skolen? Hvem skriver under på samtykket? Kan jeg fortelle
 * foreldrene det hun fortalte meg? Når endrer det seg?
 *
 * Kjør: npm run examples -- consent-timeline
 */
import {
  type ConsentInformationKind,
  type ConsentThreshold,
  consentGuardianDisclosure,
  consentTimeline,
  consentToShare,
  type Decision,
  explain,
} from "ungrett/consent";

interface Case {
  readonly name: string;
  readonly birthDate: string;
  readonly asOf: string;
  /** "henne" or "ham", for the questions. */
  readonly pronoun: string;
  /** What she told the outreach worker, and what kind of information that is. */
  readonly told: string;
  readonly information: ConsentInformationKind;
}

const CASES: readonly Case[] = [
  {
    name: "Sara, 15 år",
    birthDate: "2010-09-01",
    asOf: "2026-01-10",
    pronoun: "henne",
    told: "at hun var på fest sist helg",
    information: "other",
  },
  {
    name: "Sara på 16-årsdagen",
    birthDate: "2010-09-01",
    asOf: "2026-09-01",
    pronoun: "henne",
    told: "hvor hun skal sove i natt",
    information: "whereabouts",
  },
  {
    name: "Jonas, født 29. februar, dagen før han blir myndig",
    birthDate: "2008-02-29",
    asOf: "2026-02-28",
    pronoun: "ham",
    told: "at han selger hasj på skolen",
    information: "serious",
  },
  {
    name: "Amina, 13 år",
    birthDate: "2012-11-20",
    asOf: "2026-01-10",
    pronoun: "henne",
    told: "at hun ikke trives i klassen",
    information: "other",
  },
];

const indent = (text: string): string =>
  text
    .split("\n")
    .map((l) => `    ${l}`)
    .join("\n");

/** The first line of an explanation: the rule and its answer. */
const answer = (d: Decision): string => explain(d, "nb").split("\n")[0] ?? "";

const nbDate = (iso: string | null): string => {
  if (iso === null) return "etter 31.12.9999";
  const [y, m, d] = iso.split("-");
  return `${d}.${m}.${y}`;
};

/** What changes at each threshold, in Bokmål: the explanation has one reason line per threshold, in order. */
const changesOf = (timeline: Decision<readonly ConsentThreshold[]>): Map<string, string> => {
  const lines = explain(timeline)
    .split("\n")
    .filter((l) => l.startsWith("- "));
  // "- Oppfylt: 7 år, fylt 1. september 2017: <what changes> [lov; …]"
  const text = (l: string): string => l.replace(/^- [^:]+: [^:]+: /, "").replace(/ \[[^\]]*\]$/, "");
  return new Map(timeline.reasons.map((r, i) => [r.condition, text(lines[i] ?? "")]));
};

function printTimeline(entries: readonly ConsentThreshold[], changes: ReadonlyMap<string, string>): void {
  for (const e of entries) {
    const mark = e.passed ? "✓" : " ";
    console.log(`  ${mark} ${nbDate(e.date)}  ${String(e.age).padStart(2)} år  ${changes.get(e.id) ?? ""}`);
  }
}

for (const c of CASES) {
  const options = { asOf: c.asOf };
  console.log(`\n=== ${c.name} (født ${nbDate(c.birthDate)}), per ${nbDate(c.asOf)} ===\n`);

  const timeline = consentTimeline({ birthDate: c.birthDate }, options);
  console.log("Aldersgrenser (✓ = nådd):");
  const changes = changesOf(timeline);
  printTimeline(timeline.outcome, changes);

  const share = consentToShare(
    { birthDate: c.birthDate, identifiable: true, dutyToReport: false, otherLegalBasis: "none" },
    options,
  );
  console.log(`\n1. Kan jeg drøfte ${c.pronoun} med skolen?`);
  console.log(indent(explain(share, "nb")));

  console.log("\n2. Hvem skriver under på samtykket?");
  const signer = share.outcome === "youth" ? "Ungdommen selv." : share.outcome === "guardians" ? "De foresatte." : "—";
  console.log(`    ${signer} ${answer(share)}`);

  const disclosure = consentGuardianDisclosure({ birthDate: c.birthDate, information: c.information }, options);
  console.log(`\n3. Kan jeg fortelle foreldrene ${c.told}?`);
  console.log(indent(explain(disclosure, "nb")));

  console.log("\n4. Når endrer det seg?");
  console.log(`    ${answer(timeline)}`);
  const next = timeline.details.next;
  if (next !== null) {
    for (const id of next.ids) {
      const e = timeline.outcome.find((x) => x.id === id);
      if (e !== undefined) console.log(`    - ${nbDate(e.date)}: ${changes.get(e.id) ?? ""}`);
    }
  }
}

console.log("\n=== Uten samtykke ===\n");
const slt = consentToShare({ birthDate: "2010-09-01", identifiable: false }, { asOf: "2026-01-10" });
console.log("Anonymisert sak i SLT:");
console.log(indent(answer(slt)));
const report = consentToShare(
  { birthDate: "2012-11-20", identifiable: true, dutyToReport: true },
  { asOf: "2026-01-10" },
);
console.log("Opplysningsplikten til barnevernet er utløst:");
console.log(indent(answer(report)));
