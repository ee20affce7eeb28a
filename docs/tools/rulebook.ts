import { isExpectedError, optionsOf, type Vector } from "../../src/conformance/compare.js";
import {
  CITATIONS,
  type CitationDef,
  citationText,
  DOCUMENTS,
  type DocumentDef,
  type DocumentId,
} from "../../src/core/bibliography.js";
import type { AreaDef } from "../../src/core/evaluation.js";
import type { Explain } from "../../src/core/explain.js";
import { formatter } from "../../src/core/format.js";
import type { RuleDef } from "../../src/core/rule.js";
import type { CitationId } from "../../src/core/sources.js";
import { type AreaName, type RulebookTexts, type Texts, titleOf } from "../../src/core/texts.js";
import type { FunctionEntry } from "../../src/functions.js";

type Words = {
  title: string;
  intro: string;
  contents: string;
  area: string;
  versions: string;
  strength: string;
  sources: string;
  parameters: string;
  interpretation: string;
  examples: string;
  function: string;
  none: string;
  computesNothing: string;
  inForce: (from: string, to: string | null) => string;
  value: (v: string, from: string, to: string | null) => string;
  call: string;
  overridden: string;
  pinned: string;
  bibliography: string;
  bibliographyIntro: string;
  verified: string;
  unverified: string;
  basis: Record<"provision-text" | "official-description" | "document-text", string>;
  readAt: string;
};

const WORDS: Record<"nb" | "en", Words> = {
  nb: {
    title: "Regelbok for ungrett",
    intro:
      "Generert fra regelobjektene, parameterne og samsvarsvektorene i biblioteket (`npm run docs`). Ikke rediger for hånd: `npm test` feiler når filen ikke stemmer med koden. Hver regel har styrke (lov, forskrift, veiledning, anbefaling, anslag), kilder, parameterne den leser med verdier og gyldighet, tolkninger av uklare kilder og eksempler med forklaring.",
    contents: "Innhold",
    area: "Område",
    versions: "Versjoner av regelverket",
    strength: "Styrke",
    sources: "Kilder",
    parameters: "Parametere",
    interpretation: "Tolkning",
    examples: "Eksempler",
    function: "Funksjon",
    none: "ingen",
    computesNothing: "Regelen beregner ingenting; den er med for at regelboken og forklaringene skal vise den.",
    inForce: (from, to) => (to === null ? `gjelder fra ${from}` : `gjaldt fra ${from} til og med ${to}`),
    value: (v, from, to) => (to === null ? `${v} fra ${from}` : `${v} fra ${from} til og med ${to}`),
    call: "Kall",
    overridden: "overstyrte parametere",
    pinned: "fastlåst versjon",
    bibliography: "Kilder og kontroll",
    bibliographyIntro:
      "Hvert dokument reglene viser til, og hver henvisning i det: kontrollert (teksten er lest, med adressen der den ble lest, og hva den sier) eller ikke kontrollert (med det som er kjent). Henvisninger merket ikke kontrollert er også merket slik i forklaringene.",
    verified: "kontrollert",
    unverified: "ikke kontrollert",
    basis: {
      "provision-text": "bestemmelsens ordlyd",
      "official-description": "offentlig tekst som gjengir regelen",
      "document-text": "dokumentets tekst",
    },
    readAt: "lest i",
  },
  en: {
    title: "The ungrett rulebook",
    intro:
      "Generated from the library's rule objects, parameters and conformance vectors (`npm run docs`). Do not edit by hand: `npm test` fails when this file does not match the code. Each rule shows its strength (statute, regulation, guidance, recommendation, estimate), its sources, the parameters it reads with their values and validity, readings of ambiguous sources, and worked examples with their explanation.",
    contents: "Contents",
    area: "Area",
    versions: "Versions of the rules",
    strength: "Strength",
    sources: "Sources",
    parameters: "Parameters",
    interpretation: "Interpretation",
    examples: "Worked examples",
    function: "Function",
    none: "none",
    computesNothing: "The rule computes nothing; it is here so that the rulebook and the explanations carry it.",
    inForce: (from, to) => (to === null ? `in force from ${from}` : `in force from ${from} through ${to}`),
    value: (v, from, to) => (to === null ? `${v} from ${from}` : `${v} from ${from} through ${to}`),
    call: "Call",
    overridden: "overridden parameters",
    pinned: "pinned version",
    bibliography: "Sources and their verification",
    bibliographyIntro:
      "Every document the rules cite, and every citation of it: verified (its text was read, with the address where and what it says) or unverified (with what is known). Citations marked unverified are marked so in the explanations too.",
    verified: "verified",
    unverified: "unverified",
    basis: {
      "provision-text": "the provision's own words",
      "official-description": "an official text that states the rule",
      "document-text": "the document's text",
    },
    readAt: "read at",
  },
};

const anchor = (id: string) => id.replace(/\./g, "");

const UNITS: Record<"nb" | "en", Record<string, string>> = {
  nb: {
    years: "år",
    days: "dager",
    inhabitants: "innbyggere",
    persons: "personer",
    fte: "årsverk",
    share: "andel",
    "per-10000": "per 10 000",
    "month-day": "måned-dag",
    choice: "valg",
    flag: "ja/nei",
  },
  en: {},
};

/** The rulebook in one locale, as Markdown. */
export function rulebook(
  locale: "nb" | "en",
  areas: readonly { area: AreaDef; rules: readonly RuleDef[] }[],
  functions: readonly FunctionEntry[],
  vectors: readonly Vector[],
  explain: Explain,
  texts: Texts,
  book: Readonly<Record<AreaName, RulebookTexts>>,
  examplesPerRule = 3,
): string {
  const w = WORDS[locale];
  const f = formatter(texts.locale, texts.core);
  const title = (id: string): string => titleOf(texts, id) ?? id;
  const lines: string[] = [`# ${w.title}`, "", w.intro, "", `## ${w.contents}`, ""];
  for (const { area, rules } of areas) {
    lines.push(`- ${title(area.id)}`);
    for (const r of rules) lines.push(`  - [\`${r.id}\`: ${title(r.id)}](#${anchor(r.id)})`);
  }
  for (const { area, rules } of areas) {
    lines.push(
      "",
      `## ${title(area.id)}`,
      "",
      `${w.area}: \`${area.id}\` (\`ungrett/${area.id}\`).`,
      "",
      `### ${w.versions}`,
      "",
    );
    for (const v of area.versions) {
      lines.push(
        `- \`${v.id}\`: ${title(v.id)}; ${w.inForce(v.validFrom, v.validTo)}. ${v.sources.map((s) => citationLink(s.ref)).join("; ")}.`,
      );
    }
    for (const r of rules) {
      const words = book[area.id as AreaName].rules[r.id];
      const note = texts[area.id as AreaName]?.rules[r.id]?.strengthNote;
      lines.push("", `### \`${r.id}\``, "", `**${title(r.id)}**`, "", words?.summary ?? "", "");
      const strength = f.strength(r.strength) + (note ? ` (${note})` : "");
      lines.push(`- ${w.strength}: ${strength}`);
      const fns = functions.filter((fn) => fn.rule === r.id).map((fn) => `\`${fn.name}\``);
      lines.push(`- ${w.function}: ${fns.length > 0 ? fns.join(", ") : w.none}`);
      lines.push(`- ${w.sources}:`);
      for (const s of r.sources) {
        const versions = s.versions ? ` (${s.versions.join(", ")})` : "";
        const mark = CITATIONS[s.ref].check.verified ? "" : ` — *${w.unverified}*`;
        lines.push(`  - ${citationLink(s.ref)}${s.locator ? `: ${s.locator}` : ""}${versions}${mark}`);
      }
      if (r.parameters.length > 0) {
        lines.push(`- ${w.parameters}:`);
        for (const p of r.parameters) {
          const values = p.values.map((v) => w.value(JSON.stringify(v.value), v.from, v.to ?? null)).join("; ");
          lines.push(
            `  - \`${p.id}\` (${title(p.id)}, ${UNITS[locale][p.unit] ?? p.unit}, ${f.strength(p.strength)}): ${values}`,
          );
          const reading = book[p.id.split(".")[0] as AreaName]?.parameters[p.id]?.interpretation;
          if (reading) lines.push(`    - ${w.interpretation}: ${reading}`);
        }
      }
      if (words?.interpretation) lines.push("", `${w.interpretation}: ${words.interpretation}`);
      const fn = functions.find((x) => x.rule === r.id);
      const examples = vectors.filter((v) => v.rule === r.id && !isExpectedError(v.expected)).slice(0, examplesPerRule);
      if (fn === undefined && examples.length === 0) {
        lines.push("", w.computesNothing);
        continue;
      }
      if (examples.length > 0) lines.push("", `#### ${w.examples}`);
      for (const v of examples) {
        const entry = functions.find((x) => x.name === v.function);
        if (entry === undefined) continue;
        const decision = entry.evaluate(v.input as never, optionsOf(v) as never);
        const extras = [
          v.version ? `${w.pinned}: \`${v.version}\`` : "",
          v.parameters ? `${w.overridden}: \`${JSON.stringify(v.parameters)}\`` : "",
        ].filter(Boolean);
        lines.push(
          "",
          `*${v.description}* (\`${v.id}\`)`,
          "",
          `${w.call}: \`${v.function}(${JSON.stringify(v.input)}, { asOf: "${v.asOf}" })\`${extras.length ? ` — ${extras.join("; ")}` : ""}`,
          "",
          "```text",
          explain(decision, texts),
          "```",
        );
      }
    }
  }
  lines.push("", `## ${w.bibliography}`, "", w.bibliographyIntro);
  for (const [docId, doc] of Object.entries(DOCUMENTS) as [DocumentId, DocumentDef][]) {
    const head = [doc.author, `*${doc.title}*`, doc.year === null ? null : String(doc.year), doc.identifier ?? null]
      .filter((x) => x !== null)
      .join(". ");
    lines.push(
      "",
      `### ${doc.short}`,
      "",
      `<a id="${sourceAnchor(docId)}"></a>${head}.${doc.url ? ` <${doc.url}>` : ""}`,
    );
    if (doc.note) lines.push("", doc.note);
    lines.push("");
    for (const [id, c] of Object.entries(CITATIONS) as [CitationId, CitationDef][]) {
      if (c.document !== docId) continue;
      const check = c.check;
      const where = c.pinpoint === undefined ? "" : ` ${c.pinpoint}`;
      lines.push(
        check.verified
          ? `- \`${id}\`${where}: **${w.verified}** (${w.basis[check.basis]}; ${w.readAt} <${check.readAt}>): ${check.says}`
          : `- \`${id}\`${where}: **${w.unverified}**: ${check.note}`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

const sourceAnchor = (docId: string) => `source-${docId.replace(/[^a-z0-9-]/g, "")}`;
const citationLink = (ref: CitationId) => `[${citationText(ref)}](#${sourceAnchor(CITATIONS[ref].document)})`;
