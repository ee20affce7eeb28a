/** The explorer's own words (headings, buttons) in each language; everything about the law comes from src/. */
export type Lang = "nb" | "nn" | "en";

export interface Words {
  title: string;
  intro: string;
  language: string;
  skip: string;
  start: string;
  unknown: string;
  yes: string;
  no: string;
  inForce: string;
  notOverridden: string;
  asOf: string;
  version: string;
  wholeInput: string;
  tryIt: string;
  facts: string;
  when: string;
  whatIf: string;
  overrides: string;
  evaluate: string;
  reset: string;
  verified: string;
  unverified: string;
  now: string;
  useExample: string;
  strength: string;
  function: string;
  none: string;
  sources: string;
  versions: string;
  from: (d: string) => string;
  fromTo: (a: string, b: string) => string;
  parameters: string;
  interpretation: string;
  examples: string;
  computesNothing: string;
  unit: string;
  values: string;
  usedBy: string;
  bibliography: string;
  bibliographyIntro: string;
  outcome: string;
  needs: string;
  reasons: string;
  explanation: string;
  decisionJson: string;
  copy: string;
  copied: string;
  download: string;
  invalidJson: string;
  addRow: string;
  removeRow: (n: number) => string;
  row: (n: number) => string;
  noRows: string;
  noRowsUnknown: string;
  noneTicked: string;
  inputError: string;
  cohortTitle: string;
  cohortIntro: string;
  cohort: string;
  cohortHelp: string;
  upload: string;
  screen: string;
  limit: (n: number) => string;
  rows: (n: number, errors: number) => string;
  changed: string;
  chart: string;
}

export const WORDS: Record<Lang, Words> = {
  nb: {
    title: "Regelutforsker for ungrett",
    intro:
      "Hver regel i biblioteket, med kilder, parametere, versjoner og eksempler, og et skjema for å prøve hver funksjon. Generert fra regelobjektene (npm run site); alt regnes ut i nettleseren.",
    language: "Språk",
    skip: "Hopp til innholdet",
    start: "Start",
    unknown: "ukjent",
    yes: "ja",
    no: "nei",
    inForce: "versjonen som gjelder på datoen",
    notOverridden: "ikke overstyrt",
    asOf: "Dato spørsmålet gjelder (asOf)",
    version: "Fastlåst versjon",
    wholeInput: "Hele inndataene",
    tryIt: "Prøv",
    facts: "Fakta",
    when: "Når og etter hvilke regler",
    whatIf: "Hva om: overstyr parametere",
    overrides: "Overstyrte parametere",
    evaluate: "Vurder",
    reset: "Tøm skjemaet",
    verified: "kontrollert",
    unverified: "ikke kontrollert",
    now: "i dag",
    useExample: "Fyll inn i skjemaet",
    strength: "Styrke",
    function: "Funksjon",
    none: "ingen",
    sources: "Kilder",
    versions: "Versjoner i kraft",
    from: (d) => `gjelder fra ${d}`,
    fromTo: (a, b) => `gjaldt fra ${a} til og med ${b}`,
    parameters: "Parametere",
    interpretation: "Tolkning av uklare kilder",
    examples: "Eksempler (samsvarsvektorer)",
    computesNothing: "Regelen beregner ingenting; den er med for at forklaringene skal vise den.",
    unit: "Enhet",
    values: "Verdier over tid",
    usedBy: "Brukes av",
    bibliography: "Kilder og kontroll",
    bibliographyIntro:
      "Hvert dokument reglene viser til, og hver henvisning i det: kontrollert (med adressen der teksten ble lest) eller ikke kontrollert.",
    outcome: "Utfall",
    needs: "Mangler",
    reasons: "Grunner",
    explanation: "Forklaring",
    decisionJson: "Avgjørelsen som JSON",
    copy: "Kopier JSON",
    copied: "Kopiert",
    download: "Last ned JSON",
    invalidJson: "ugyldig JSON",
    addRow: "Legg til rad",
    removeRow: (n) => `Fjern rad ${n}`,
    row: (n) => `Rad ${n}`,
    noRows: "Ingen rader er en tom liste.",
    noRowsUnknown: "«Ukjent» betyr at listen ikke er kjent; ingen rader er en tom liste.",
    noneTicked: "«Ukjent» betyr at det ikke er kjent; ingen avkrysset betyr «ingen av disse».",
    inputError: "Inndataene har feil; se feltene.",
    cohortTitle: "Hva om: OTs aldersgrense 21 eller 24",
    cohortIntro:
      "Lim inn eller last opp et kull (CSV med overskriftsrad, eller JSON Lines med ett objekt per linje) med feltene til otTargetGroup. Hver person vurderes med ot.upper-age overstyrt til 21 og til 24, side om side. Alt skjer i nettleseren; ingenting sendes noe sted.",
    cohort: "Kull (CSV eller JSON Lines)",
    cohortHelp:
      "For eksempel: birthYear,hasYouthRight,inEducation,inWork og så én linje per person (2005,true,false,false). Tom celle er ukjent.",
    upload: "Eller last opp en fil",
    screen: "Vurder kullet",
    limit: (n) => `grense ${n}`,
    rows: (n, e) => `${n} personer lest${e > 0 ? `, ${e} med feil i inndataene` : ""}.`,
    changed: "Personer med et annet utfall under 24 enn under 21",
    chart: "Antall per utfall under grense 21 og 24",
  },
  nn: {
    title: "Regelutforskar for ungrett",
    intro:
      "Kvar regel i biblioteket, med kjelder, parametrar, versjonar og døme, og eit skjema for å prøve kvar funksjon. Generert frå regelobjekta (npm run site); alt vert rekna ut i nettlesaren.",
    language: "Språk",
    skip: "Hopp til innhaldet",
    start: "Start",
    unknown: "ukjend",
    yes: "ja",
    no: "nei",
    inForce: "versjonen som gjeld på datoen",
    notOverridden: "ikkje overstyrt",
    asOf: "Dato spørsmålet gjeld (asOf)",
    version: "Fastlåst versjon",
    wholeInput: "Heile inndataa",
    tryIt: "Prøv",
    facts: "Fakta",
    when: "Når og etter kva reglar",
    whatIf: "Kva om: overstyr parametrar",
    overrides: "Overstyrte parametrar",
    evaluate: "Vurder",
    reset: "Tøm skjemaet",
    verified: "kontrollert",
    unverified: "ikkje kontrollert",
    now: "i dag",
    useExample: "Fyll inn i skjemaet",
    strength: "Styrke",
    function: "Funksjon",
    none: "ingen",
    sources: "Kjelder",
    versions: "Versjonar i kraft",
    from: (d) => `gjeld frå ${d}`,
    fromTo: (a, b) => `galdt frå ${a} til og med ${b}`,
    parameters: "Parametrar",
    interpretation: "Tolking av uklare kjelder",
    examples: "Døme (samsvarsvektorar)",
    computesNothing: "Regelen reknar ikkje ut noko; han er med for at forklaringane skal vise han.",
    unit: "Eining",
    values: "Verdiar over tid",
    usedBy: "Vert brukt av",
    bibliography: "Kjelder og kontroll",
    bibliographyIntro:
      "Kvart dokument reglane viser til, og kvar tilvising i det: kontrollert (med adressa der teksten vart lesen) eller ikkje kontrollert.",
    outcome: "Utfall",
    needs: "Manglar",
    reasons: "Grunnar",
    explanation: "Forklaring",
    decisionJson: "Avgjerda som JSON",
    copy: "Kopier JSON",
    copied: "Kopiert",
    download: "Last ned JSON",
    invalidJson: "ugyldig JSON",
    addRow: "Legg til rad",
    removeRow: (n) => `Fjern rad ${n}`,
    row: (n) => `Rad ${n}`,
    noRows: "Ingen rader er ei tom liste.",
    noRowsUnknown: "«Ukjend» tyder at lista ikkje er kjend; ingen rader er ei tom liste.",
    noneTicked: "«Ukjend» tyder at det ikkje er kjent; ingen kryssa av tyder «ingen av desse».",
    inputError: "Inndataa har feil; sjå felta.",
    cohortTitle: "Kva om: aldersgrensa til OT 21 eller 24",
    cohortIntro:
      "Lim inn eller last opp eit kull (CSV med overskriftsrad, eller JSON Lines med eitt objekt per linje) med felta til otTargetGroup. Kvar person vert vurdert med ot.upper-age overstyrt til 21 og til 24, side om side. Alt skjer i nettlesaren; ingenting vert sendt nokon stad.",
    cohort: "Kull (CSV eller JSON Lines)",
    cohortHelp:
      "Til dømes: birthYear,hasYouthRight,inEducation,inWork og så éi linje per person (2005,true,false,false). Tom celle er ukjend.",
    upload: "Eller last opp ei fil",
    screen: "Vurder kullet",
    limit: (n) => `grense ${n}`,
    rows: (n, e) => `${n} personar lesne${e > 0 ? `, ${e} med feil i inndataa` : ""}.`,
    changed: "Personar med eit anna utfall under 24 enn under 21",
    chart: "Tal per utfall under grense 21 og 24",
  },
  en: {
    title: "ungrett rule explorer",
    intro:
      "Every rule of the library, with its sources, parameters, versions and examples, and a form to try every function. Generated from the rule objects (npm run site); everything is computed in the browser.",
    language: "Language",
    skip: "Skip to the content",
    start: "Start",
    unknown: "unknown",
    yes: "yes",
    no: "no",
    inForce: "the version in force on the date",
    notOverridden: "not overridden",
    asOf: "Date the question is asked for (asOf)",
    version: "Pinned version",
    wholeInput: "The whole input",
    tryIt: "Try it",
    facts: "Facts",
    when: "When and under which rules",
    whatIf: "What if: override parameters",
    overrides: "Overridden parameters",
    evaluate: "Evaluate",
    reset: "Clear the form",
    verified: "verified",
    unverified: "unverified",
    now: "now",
    useExample: "Fill the form with it",
    strength: "Strength",
    function: "Function",
    none: "none",
    sources: "Sources",
    versions: "Versions in force",
    from: (d) => `in force from ${d}`,
    fromTo: (a, b) => `in force from ${a} through ${b}`,
    parameters: "Parameters",
    interpretation: "Readings of ambiguous sources",
    examples: "Worked examples (conformance vectors)",
    computesNothing: "The rule computes nothing; it is here so that the explanations carry it.",
    unit: "Unit",
    values: "Values over time",
    usedBy: "Used by",
    bibliography: "Sources and their verification",
    bibliographyIntro:
      "Every document the rules cite, and every citation of it: verified (with the address where its text was read) or unverified.",
    outcome: "Outcome",
    needs: "Still needed",
    reasons: "Reasons",
    explanation: "Explanation",
    decisionJson: "The decision as JSON",
    copy: "Copy JSON",
    copied: "Copied",
    download: "Download JSON",
    invalidJson: "invalid JSON",
    addRow: "Add row",
    removeRow: (n) => `Remove row ${n}`,
    row: (n) => `Row ${n}`,
    noRows: "No rows is an empty list.",
    noRowsUnknown: "“Unknown” means the list is not known; no rows is an empty list.",
    noneTicked: "“Unknown” means it is not known; none ticked means “none of these”.",
    inputError: "The input has errors; see the fields.",
    cohortTitle: "What if: the OT age limit at 21 or 24",
    cohortIntro:
      "Paste or upload a cohort (CSV with a header row, or JSON Lines with one object a line) with otTargetGroup's fields. Each person is screened with ot.upper-age overridden to 21 and to 24, side by side. Everything happens in the browser; nothing is sent anywhere.",
    cohort: "Cohort (CSV or JSON Lines)",
    cohortHelp:
      "For example: birthYear,hasYouthRight,inEducation,inWork and then one line per person (2005,true,false,false). An empty cell is unknown.",
    upload: "Or upload a file",
    screen: "Screen the cohort",
    limit: (n) => `limit ${n}`,
    rows: (n, e) => `${n} people read${e > 0 ? `, ${e} with input errors` : ""}.`,
    changed: "People with another outcome under 24 than under 21",
    chart: "Count per outcome under limit 21 and 24",
  },
};
