/**
 * The rule explorer's pages as HTML strings, from the library's own objects. Used twice:
 * by the generator (docs/tools/site.ts) to write each page in Bokmål, and in the browser
 * (app.ts) to render it again in the language the reader picks. Nothing here is written
 * by hand that the library already holds: titles, summaries, interpretations, strengths,
 * sources, parameters, versions and vectors all come from src/.
 */
import type { Vector } from "../../../src/conformance/compare.js";
import {
  CITATIONS,
  type CitationId,
  citationText,
  DOCUMENTS,
  type DocumentId,
} from "../../../src/core/bibliography.js";
import { cap, formatter } from "../../../src/core/format.js";
import type { ParameterDef } from "../../../src/core/parameters.js";
import type { RuleDef } from "../../../src/core/rule.js";
import { type AreaName, type RulebookTexts, type Texts, titleOf } from "../../../src/core/texts.js";
import { ALL_PARAMETERS, AREAS, FUNCTIONS, RULES } from "../../../src/index.js";
import { en, enRulebook } from "../../../src/locale/en.js";
import { nb, nbRulebook } from "../../../src/locale/nb.js";
import { nn, nnRulebook } from "../../../src/locale/nn.js";
import { choiceOf } from "./choices.js";
import { type Field, fieldsOf, mayBeUnknown, optionFieldsOf, rowOf, type Schema, unwrap } from "./fields.js";
import { helpText } from "./help.js";
import { type Lang, WORDS, type Words } from "./words.js";

export type { Field, Schema } from "./fields.js";
export type { Lang } from "./words.js";
export const LANGS: readonly Lang[] = ["nb", "nn", "en"];
export const TEXTS: Record<Lang, Texts> = { nb, nn, en };
const BOOKS: Record<Lang, Readonly<Record<AreaName, RulebookTexts>>> = {
  nb: nbRulebook,
  nn: nnRulebook,
  en: enRulebook,
};

/** What a page is: written into `<body data-page>` and read back by the app. */
export type PageRef =
  | { kind: "start" }
  | { kind: "rule"; id: string }
  | { kind: "parameter"; id: string }
  | { kind: "bibliography" }
  | { kind: "whatif" };

/** The file name of a page; every page sits in one folder, so links are plain names. */
export const fileOf = (p: PageRef): string =>
  p.kind === "start"
    ? "index.html"
    : p.kind === "bibliography"
      ? "bibliography.html"
      : p.kind === "whatif"
        ? "what-if-ot-age-limit.html"
        : `${p.kind}-${p.id.replace(/[^a-z0-9.-]/gi, "_")}.html`;

export const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Inline Markdown the texts use: `code`, *emphasis*. */
const md = (s: string): string =>
  esc(s)
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\*([^*]+)\*/g, "<em>$1</em>");

const title = (lang: Lang, id: string): string => titleOf(TEXTS[lang], id) ?? id;
const link = (lang: Lang, p: PageRef, text: string): string =>
  `<a href="${fileOf(p)}${lang === "nb" ? "" : `#lang=${lang}`}">${text}</a>`;

/** An HTML id for a field name. */
export const idOf = (name: string): string => `f-${name.replace(/[^a-zA-Z0-9-]/g, "_")}`;

function control(lang: Lang, f: Field): string {
  const w = WORDS[lang];
  const id = idOf(f.name);
  const common = `id="${id}" name="${esc(f.name)}" aria-describedby="${id}-help ${id}-error"`;
  const { s } = unwrap(f.schema);
  switch (f.kind) {
    case "boolean":
      return `<select ${common}><option value="">${blankWord(lang, f)}</option><option value="true">${w.yes}</option><option value="false">${w.no}</option></select>`;
    case "enum": {
      const opts = (s.enum ?? [])
        .map((v) => {
          const words = optionWords(lang, f, v);
          return `<option value="${esc(String(v))}">${words === undefined || words === String(v) ? esc(String(v)) : `${esc(words)} — ${esc(String(v))}`}</option>`;
        })
        .join("");
      return `<select ${common}><option value="">${blankWord(lang, f)}</option>${opts}</select>`;
    }
    case "integer":
    case "number":
      return `<input type="number" ${common} step="${f.kind === "integer" ? "1" : "any"}"${s.minimum === undefined ? "" : ` min="${s.minimum}"`}${s.maximum === undefined ? "" : ` max="${s.maximum}"`} />`;
    case "date":
      return `<input type="date" ${common}${f.required ? " required" : ""} />`;
    case "string":
      return `<input type="text" ${common} />`;
    default:
      return `<textarea ${common} rows="3" spellcheck="false" placeholder="JSON"></textarea>`;
  }
}

/**
 * An enum value of a field in words: a version's title, a parameter value's label from
 * the library's texts (`values`), an input's choice from choices.ts; `undefined` where
 * there are none (the value is shown as it is).
 */
export function optionWords(lang: Lang, f: Field, value: unknown): string | undefined {
  const v = String(value);
  if (f.name === "opt.version") return titleOf(TEXTS[lang], v);
  if (f.name.startsWith("par.")) {
    const labels = TEXTS[lang][f.key.split(".")[0] as AreaName]?.values;
    const byValue = labels && Object.hasOwn(labels, f.key) ? labels[f.key] : undefined;
    return byValue && Object.hasOwn(byValue, v) ? byValue[v] : undefined;
  }
  return choiceOf(lang, f.path, v);
}

/**
 * A decision's outcome in words: what the explanation says of it, the library's outcome
 * message (`explain` starts with "<rule's title> (<rule>): <outcome in words>", then a line
 * "<as of> <date> …"), with its first letter in upper case. Empty if the explanation has none.
 */
export function outcomeWords(lang: Lang, explanation: string, rule: string): string {
  const marker = `(${rule}): `;
  const start = explanation.indexOf(marker);
  if (start < 0) return "";
  const from = start + marker.length;
  const end = explanation.indexOf(`\n${TEXTS[lang].core.headings.asOf} `, from);
  return cap(explanation.slice(from, end < 0 ? undefined : end).trim());
}

/** A reason's condition as a statement (the texts' `conditions`, by `rule/condition`), if the texts have one. */
export function conditionWords(lang: Lang, rule: string, condition: string): string | undefined {
  const table = TEXTS[lang][rule.split(".")[0] as AreaName]?.conditions as Readonly<Record<string, string>> | undefined;
  const key = `${rule}/${condition}`;
  return table && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** What a blank choice says: unknown for a fact, not overridden for a parameter, the version in force. */
const blankWord = (lang: Lang, f: Field): string =>
  f.name === "opt.version"
    ? WORDS[lang].inForce
    : f.name.startsWith("par.")
      ? WORDS[lang].notOverridden
      : WORDS[lang].unknown;

/** A field's name in words: the texts' `facts` label (by its path, `history.contacts`) where the area has one. */
function factOf(lang: Lang, area: string, f: Field): string | undefined {
  return TEXTS[lang][area as AreaName]?.facts[f.path];
}

/** A field's label: the texts' `facts` label where the area has one, else its name. */
function labelOf(lang: Lang, area: string, f: Field): string {
  const w = WORDS[lang];
  if (f.name === "opt.asOf") return w.asOf;
  if (f.name === "opt.version") return w.version;
  if (f.name.startsWith("par.")) return `${title(lang, f.key)} <code>${esc(f.key)}</code>`;
  if (f.name === "in") return w.wholeInput;
  const fact = factOf(lang, area, f);
  const key = f.key || f.path.split(".").at(-1) || "";
  return fact ? `${esc(fact)} <code>${esc(key)}</code>` : `<code>${esc(key)}</code>`;
}

/** A label as plain text, for a button's hidden words and a row's name. */
const plain = (html: string): string =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** A field's help: its schema's description in the language (help.ts), with a note of the form's own. */
function helpOf(lang: Lang, f: Field, note = ""): string {
  const english = f.schema.description ?? unwrap(f.schema).s.description ?? "";
  const help = english ? md(helpText(lang, english)) : "";
  return [help, note].filter(Boolean).join(" ");
}

const errorHtml = (id: string): string => `<p class="error" id="${id}-error" role="alert"></p>`;

/** "Unknown" for a list: no list at all (absent or `null`), not an empty one. */
function unknownBox(lang: Lang, f: Field): string {
  if (!mayBeUnknown(f)) return "";
  const id = idOf(f.name);
  return `<div class="check"><input type="checkbox" id="${id}-unknown" data-unknown="${esc(f.name)}" checked /><label for="${id}-unknown">${blankWord(lang, f)}</label></div>`;
}

/** A field and what belongs to it: label or legend, control or sub-fields, help, error. */
export function fieldHtml(lang: Lang, area: string, f: Field): string {
  const w = WORDS[lang];
  const id = idOf(f.name);
  const mark = f.required && f.name !== "in" ? " *" : "";
  const attrs = `id="${id}" data-field="${esc(f.name)}" data-kind="${f.kind}" aria-describedby="${id}-help ${id}-error"`;
  const help = (note = "") => `<p class="help" id="${id}-help">${helpOf(lang, f, note)}</p>`;
  // The notes on unknown and none are about facts; a parameter's blank is "not overridden".
  const isFact = f.name === "in" || f.name.startsWith("in.");
  switch (f.kind) {
    case "group":
      return `<fieldset class="group" ${attrs}><legend>${labelOf(lang, area, f)}${mark}</legend>${help()}${(f.children ?? []).map((c) => fieldHtml(lang, area, c)).join("")}${errorHtml(id)}</fieldset>`;
    case "checks": {
      const boxes = (f.item?.enum ?? []).map((v, i) => {
        const bid = `${id}-${i}`;
        const words = optionWords(lang, f, v);
        // Words that are the code itself (English `proactive`) are not repeated.
        const text =
          words === undefined || words === String(v) ? esc(String(v)) : `${esc(words)} <code>${esc(String(v))}</code>`;
        return `<div class="check"><input type="checkbox" id="${bid}" name="${esc(f.name)}" value="${esc(String(v))}" /><label for="${bid}">${text}</label></div>`;
      });
      return `<fieldset class="checks" ${attrs}><legend>${labelOf(lang, area, f)}${mark}</legend>${help(isFact && mayBeUnknown(f) ? w.noneTicked : "")}${unknownBox(lang, f)}${boxes.join("")}${errorHtml(id)}</fieldset>`;
    }
    case "rows": {
      const name = esc(plain(labelOf(lang, area, f)));
      return `<fieldset class="list" ${attrs}><legend>${labelOf(lang, area, f)}${mark}</legend>${help(!isFact ? "" : mayBeUnknown(f) ? w.noRowsUnknown : w.noRows)}${unknownBox(lang, f)}<div class="rows" id="${id}-rows"></div>${errorHtml(id)}<p class="buttons"><button type="button" class="add-row" data-list="${esc(f.name)}">${w.addRow}<span class="vh"> (${name})</span></button></p></fieldset>`;
    }
    default: {
      const json = f.kind === "json" ? ` <span class="hint">(JSON)</span>` : "";
      return `<div class="field" data-field="${esc(f.name)}" data-kind="${f.kind}"><label for="${id}">${labelOf(lang, area, f)}${mark}${json}</label>${control(lang, f)}${help()}${errorHtml(id)}</div>`;
    }
  }
}

/** Row `i` of a list (`i` from 0): a fieldset of the item's fields, or the item's one control, and a button to remove it. */
export function rowHtml(lang: Lang, area: string, list: Field, i: number): string {
  const w = WORDS[lang];
  const row = rowOf(list, i);
  const id = idOf(row.name);
  const listName = plain(labelOf(lang, area, list));
  const remove = `<button type="button" class="remove-row" data-list="${esc(list.name)}" data-index="${i}">${w.removeRow(i + 1)}<span class="vh"> (${esc(listName)})</span></button>`;
  if (row.kind === "group")
    return `<fieldset class="row" id="${id}" data-field="${esc(row.name)}" data-kind="group" aria-describedby="${id}-error"><legend>${w.row(i + 1)}</legend>${(row.children ?? []).map((c) => fieldHtml(lang, area, c)).join("")}${errorHtml(id)}<p class="buttons">${remove}</p></fieldset>`;
  return `<div class="field row" data-field="${esc(row.name)}" data-kind="${row.kind}"><label for="${id}">${esc(listName)}: ${w.row(i + 1)}</label>${control(lang, row)}<p class="help" id="${id}-help"></p>${errorHtml(id)}<p class="buttons">${remove}</p></div>`;
}

/** The try-it form of a function, generated from its input and options schemas; help texts in the language (help.ts). */
export function formHtml(lang: Lang, fnName: string, input: Schema, options: Schema): string {
  const w = WORDS[lang];
  const fn = FUNCTIONS.find((f) => f.name === fnName);
  const area = fn?.area ?? "";
  const inputs = fieldsOf(input);
  const opts = optionFieldsOf(options);
  const main = opts.filter((f) => !f.name.startsWith("par."));
  const pars = opts.filter((f) => f.name.startsWith("par."));
  return `<section aria-labelledby="try-h"><h2 id="try-h">${w.tryIt}: <code>${esc(fnName)}</code></h2>
<form id="try" data-function="${esc(fnName)}" data-area="${esc(area)}" novalidate>
<fieldset><legend>${w.facts}</legend>${inputs.map((f) => fieldHtml(lang, area, f)).join("")}</fieldset>
<fieldset><legend>${w.when}</legend>${main.map((f) => fieldHtml(lang, area, f)).join("")}</fieldset>
<details><summary>${w.whatIf} (${pars.length})</summary><fieldset><legend>${w.overrides}</legend>${pars.map((f) => fieldHtml(lang, area, f)).join("")}</fieldset></details>
<p class="error" id="form-error" role="alert"></p>
<p class="buttons"><button type="submit">${w.evaluate}</button> <button type="button" id="reset">${w.reset}</button></p>
</form>
<div id="result" aria-live="polite"></div></section>`;
}

const strengthOf = (lang: Lang, s: RuleDef["strength"]): string =>
  formatter(TEXTS[lang].locale, TEXTS[lang].core).strength(s);

function citation(lang: Lang, ref: CitationId, extra = ""): string {
  const c = CITATIONS[ref];
  const w = WORDS[lang];
  const doc = DOCUMENTS[c.document as DocumentId] as { url?: string };
  const mark = c.check.verified ? `<span class="ok">${w.verified}</span>` : `<span class="warn">${w.unverified}</span>`;
  const text = `${esc(citationText(ref))}${extra}`;
  return `${doc.url ? `<a href="${esc(doc.url)}">${text}</a>` : text} — ${mark}`;
}

function timeline(lang: Lang, p: ParameterDef): string {
  const w = WORDS[lang];
  const rows = p.values
    .map(
      (v) =>
        `<li><time>${v.from}</time>${v.to ? ` – <time>${v.to}</time>` : ` – ${w.now}`}: <strong>${esc(JSON.stringify(v.value))}</strong></li>`,
    )
    .join("");
  return `<ol class="timeline">${rows}</ol>`;
}

const interpretationOf = (lang: Lang, pid: string): string | undefined =>
  BOOKS[lang][pid.split(".")[0] as AreaName]?.parameters[pid]?.interpretation;

function vectorHtml(lang: Lang, v: Vector): string {
  const w = WORDS[lang];
  const expected = v.expected as { outcome?: unknown };
  const extras = [
    v.version ? `${w.version}: <code>${esc(v.version)}</code>` : "",
    v.parameters ? `${w.overrides}: <code>${esc(JSON.stringify(v.parameters))}</code>` : "",
  ].filter(Boolean);
  return `<li><p>${esc(v.description)} <small>(<code>${esc(v.id)}</code>)</small></p><p><code>${esc(v.function)}(${esc(JSON.stringify(v.input))}, { asOf: "${v.asOf}" })</code>${extras.length ? ` — ${extras.join("; ")}` : ""} → <code>${esc(JSON.stringify(expected.outcome))}</code> <button type="button" class="use-vector" data-vector="${esc(v.id)}">${w.useExample}</button></p></li>`;
}

/** What a rule page with a function shows beyond the rule object: its schemas and its vectors. */
export interface FunctionData {
  readonly input: Schema;
  readonly options: Schema;
  readonly vectors: readonly Vector[];
}

export function rulePage(lang: Lang, id: string, schemas?: FunctionData): string {
  const w = WORDS[lang];
  const r = RULES.find((x) => x.id === id);
  if (r === undefined) return `<p>${esc(id)}?</p>`;
  const area = AREAS.find((a) => a.id === r.area);
  const words = BOOKS[lang][r.area as AreaName]?.rules[r.id];
  const note = TEXTS[lang][r.area as AreaName]?.rules[r.id]?.strengthNote;
  const fn = FUNCTIONS.find((f) => f.rule === r.id);
  const versions = (area?.versions ?? []).filter((v) => r.versions === undefined || r.versions.includes(v.id));
  const out: string[] = [
    `<p class="crumbs">${link(lang, { kind: "start" }, w.start)} › ${esc(title(lang, r.area))}</p>`,
    `<h1>${esc(title(lang, r.id))} <code>${esc(r.id)}</code></h1>`,
    words?.summary ? `<p class="summary">${md(words.summary)}</p>` : "",
    `<dl><dt>${w.strength}</dt><dd>${esc(strengthOf(lang, r.strength))}${note ? ` (${esc(note)})` : ""}</dd><dt>${w.function}</dt><dd>${fn ? `<code>${esc(fn.name)}</code>` : w.none}</dd></dl>`,
    `<h2>${w.sources}</h2><ul>${r.sources.map((s) => `<li>${citation(lang, s.ref, s.locator ? `: ${esc(s.locator)}` : "")}${s.versions ? ` (${s.versions.map(esc).join(", ")})` : ""}</li>`).join("")}</ul>`,
    `<h2>${w.versions}</h2><ul>${versions.map((v) => `<li><code>${esc(v.id)}</code>: ${esc(title(lang, v.id))}; ${v.validTo === null ? w.from(v.validFrom) : w.fromTo(v.validFrom, v.validTo)}</li>`).join("")}</ul>`,
  ];
  if (r.parameters.length > 0) {
    out.push(`<h2>${w.parameters}</h2><ul>`);
    for (const p of r.parameters)
      out.push(
        `<li>${link(lang, { kind: "parameter", id: p.id }, `${esc(title(lang, p.id))} <code>${esc(p.id)}</code>`)}${timeline(lang, p)}</li>`,
      );
    out.push("</ul>");
  }
  const readings = [
    words?.interpretation ? `<li>${md(words.interpretation)}</li>` : "",
    ...r.parameters.map((p) => {
      const i = interpretationOf(lang, p.id);
      return i ? `<li><code>${esc(p.id)}</code>: ${md(i)}</li>` : "";
    }),
  ].filter(Boolean);
  if (readings.length > 0) out.push(`<h2>${w.interpretation}</h2><ul>${readings.join("")}</ul>`);
  if (fn && schemas) out.push(formHtml(lang, fn.name, schemas.input, schemas.options));
  const examples = schemas?.vectors ?? [];
  if (examples.length > 0)
    out.push(`<h2>${w.examples}</h2><ul class="examples">${examples.map((v) => vectorHtml(lang, v)).join("")}</ul>`);
  else if (!fn) out.push(`<p>${w.computesNothing}</p>`);
  return out.join("\n");
}

export function parameterPage(lang: Lang, id: string): string {
  const w = WORDS[lang];
  const p = ALL_PARAMETERS.find((x) => x.id === id);
  if (p === undefined) return `<p>${esc(id)}?</p>`;
  const users = RULES.filter((r) => r.parameters.some((x) => x.id === id));
  const reading = interpretationOf(lang, id);
  return [
    `<p class="crumbs">${link(lang, { kind: "start" }, w.start)} › ${w.parameters}</p>`,
    `<h1>${esc(title(lang, p.id))} <code>${esc(p.id)}</code></h1>`,
    `<dl><dt>${w.unit}</dt><dd>${esc(p.unit)}</dd><dt>${w.strength}</dt><dd>${esc(strengthOf(lang, p.strength))}</dd></dl>`,
    `<h2>${w.values}</h2>${timeline(lang, p)}`,
    `<h2>${w.sources}</h2><ul>${p.sources.map((s) => `<li>${citation(lang, s.ref, s.locator ? `: ${esc(s.locator)}` : "")}</li>`).join("")}</ul>`,
    reading ? `<h2>${w.interpretation}</h2><p>${md(reading)}</p>` : "",
    `<h2>${w.usedBy}</h2><ul>${users.map((r) => `<li>${link(lang, { kind: "rule", id: r.id }, `${esc(title(lang, r.id))} <code>${esc(r.id)}</code>`)}</li>`).join("")}</ul>`,
  ].join("\n");
}

export function bibliographyPage(lang: Lang): string {
  const w = WORDS[lang];
  const out = [
    `<p class="crumbs">${link(lang, { kind: "start" }, w.start)}</p>`,
    `<h1>${w.bibliography}</h1>`,
    `<p>${w.bibliographyIntro}</p>`,
  ];
  for (const [docId, doc] of Object.entries(DOCUMENTS) as [DocumentId, (typeof DOCUMENTS)[DocumentId]][]) {
    const d = doc as { author: string; title: string; year: number | null; url?: string; short: string; note?: string };
    out.push(
      `<h2 id="${esc(docId)}">${esc(d.short)}</h2><p>${esc(d.author)}. <em>${esc(d.title)}</em>${d.year === null ? "" : `. ${d.year}`}.${d.url ? ` <a href="${esc(d.url)}">${esc(d.url)}</a>` : ""}</p>`,
    );
    if (d.note) out.push(`<p>${md(d.note)}</p>`);
    const items = (Object.entries(CITATIONS) as [CitationId, (typeof CITATIONS)[CitationId]][])
      .filter(([, c]) => c.document === docId)
      .map(([id, c]) => {
        const check = c.check as { verified: boolean; readAt?: string; says?: string; note?: string };
        const where = (c as { pinpoint?: string }).pinpoint ?? "";
        return check.verified
          ? `<li><code>${esc(id)}</code> ${esc(where)}: <span class="ok">${w.verified}</span> (<a href="${esc(check.readAt ?? "")}">${esc(check.readAt ?? "")}</a>): ${md(check.says ?? "")}</li>`
          : `<li><code>${esc(id)}</code> ${esc(where)}: <span class="warn">${w.unverified}</span>: ${md(check.note ?? "")}</li>`;
      });
    out.push(`<ul>${items.join("")}</ul>`);
  }
  return out.join("\n");
}

export function startPage(lang: Lang): string {
  const w = WORDS[lang];
  const out = [`<h1>${w.title}</h1>`, `<p>${w.intro}</p>`];
  for (const a of AREAS) {
    out.push(`<h2>${esc(title(lang, a.id))} <code>${esc(a.id)}</code></h2><ul>`);
    for (const r of RULES.filter((x) => x.area === a.id)) {
      const fn = FUNCTIONS.find((f) => f.rule === r.id);
      out.push(
        `<li>${link(lang, { kind: "rule", id: r.id }, `${esc(title(lang, r.id))} <code>${esc(r.id)}</code>`)}${fn ? ` — <span class="tag">${w.tryIt}</span>` : ""}</li>`,
      );
    }
    out.push("</ul>");
  }
  out.push(
    `<h2>${w.parameters}</h2><ul class="cols">${ALL_PARAMETERS.map((p) => `<li>${link(lang, { kind: "parameter", id: p.id }, `<code>${esc(p.id)}</code>`)}</li>`).join("")}</ul>`,
    `<h2>${w.bibliography}</h2><p>${link(lang, { kind: "bibliography" }, w.bibliography)}</p>`,
    `<h2>${w.cohortTitle}</h2><p>${link(lang, { kind: "whatif" }, w.cohortTitle)}</p>`,
  );
  return out.join("\n");
}

/** The OT age-limit what-if: a cohort screened under 21 and 24 (the app fills in the result). */
export function whatIfPage(lang: Lang): string {
  const w = WORDS[lang];
  return `<p class="crumbs">${link(lang, { kind: "start" }, w.start)} › ${link(lang, { kind: "rule", id: "ot.age-limit" }, esc(title(lang, "ot.age-limit")))}</p>
<h1>${w.cohortTitle}</h1><p>${w.cohortIntro}</p>
<form id="cohort-form" novalidate>
<div class="field"><label for="cohort">${w.cohort}</label><textarea id="cohort" name="cohort" rows="8" spellcheck="false" aria-describedby="cohort-help cohort-error"></textarea><p class="help" id="cohort-help">${w.cohortHelp}</p><p class="error" id="cohort-error" role="alert"></p></div>
<div class="field"><label for="cohort-file">${w.upload}</label><input type="file" id="cohort-file" accept=".csv,.jsonl,.ndjson,text/csv,text/plain" /></div>
<div class="field"><label for="cohort-asOf">${w.asOf} *</label><input type="date" id="cohort-asOf" name="asOf" required aria-describedby="cohort-asOf-error" /><p class="error" id="cohort-asOf-error" role="alert"></p></div>
<p class="buttons"><button type="submit">${w.screen}</button></p>
</form>
<div id="cohort-result" aria-live="polite"></div>`;
}

/** The page's main content in a language. */
export function pageHtml(lang: Lang, p: PageRef, schemas?: FunctionData): string {
  switch (p.kind) {
    case "start":
      return startPage(lang);
    case "rule":
      return rulePage(lang, p.id, schemas);
    case "parameter":
      return parameterPage(lang, p.id);
    case "whatif":
      return whatIfPage(lang);
    default:
      return bibliographyPage(lang);
  }
}

/** The language switch: links to the same page in each language (the app keeps the form state). */
export function langSwitch(lang: Lang, p: PageRef): string {
  const w = WORDS[lang];
  const names: Record<Lang, string> = { nb: "Bokmål", nn: "Nynorsk", en: "English" };
  return `<nav aria-label="${w.language}"><ul class="langs">${LANGS.map((l) => `<li><a href="${fileOf(p)}#lang=${l}" hreflang="${l}" lang="${l}" data-lang="${l}"${l === lang ? ' aria-current="true"' : ""}>${names[l]}</a></li>`).join("")}</ul></nav>`;
}

export type { Words };
