/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The rule explorer in the browser: renders the page in the language in the URL's hash,
 * runs the try-it form with the library itself, and keeps language and form values in the
 * hash so a case can be shared as a link (the hash works from file:// too). Bundled with
 * the library into one classic script (app.js) by docs/tools/site.ts.
 */
import { CellError, cellValue, inputFields } from "../../../src/cli/cells.js";
import { CsvReader } from "../../../src/cli/csv.js";
import type { Decision } from "../../../src/core/decision.js";
import { isUngrettInputError } from "../../../src/core/errors.js";
import { explain, FUNCTIONS, otPrepare, otTargetGroup } from "../../../src/index.js";
import {
  type Field,
  fieldsOf,
  inputValue,
  namesOfPath,
  optionFieldsOf,
  putValue,
  removeRow,
  rowCount,
  rowOf,
  type Values,
} from "./fields.js";
import {
  conditionWords,
  esc,
  type FunctionData,
  idOf,
  LANGS,
  type Lang,
  langSwitch,
  outcomeWords,
  type PageRef,
  pageHtml,
  rowHtml,
  TEXTS,
} from "./render.js";
import { WORDS } from "./words.js";

interface State {
  lang: Lang;
  values: Values | null;
}

const readState = (): State => {
  const h = new URLSearchParams(location.hash.slice(1));
  const l = h.get("lang");
  let values: Values | null = null;
  try {
    const f = h.get("f");
    if (f) values = JSON.parse(f) as Values;
  } catch {}
  return { lang: LANGS.includes(l as Lang) ? (l as Lang) : "nb", values };
};

const writeState = (s: State): void => {
  const h = new URLSearchParams();
  h.set("lang", s.lang);
  if (s.values) h.set("f", JSON.stringify(s.values));
  history.replaceState(null, "", `#${h.toString()}`);
};

const page = JSON.parse(document.body.dataset.page ?? '{"kind":"start"}') as PageRef;
const schemaTag = document.getElementById("schemas");
const schemas = schemaTag ? (JSON.parse(schemaTag.textContent ?? "{}") as FunctionData) : undefined;
let state = readState();

const $ = <T extends HTMLElement>(sel: string): T | null => document.querySelector<T>(sel);

function allFields(): Field[] {
  if (!schemas) return [];
  return [...fieldsOf(schemas.input), ...optionFieldsOf(schemas.options)];
}

const byId = <T extends HTMLElement>(id: string): T | null => document.getElementById(id) as T | null;
const unknownBox = (f: Field): HTMLInputElement | null => byId(`${idOf(f.name)}-unknown`);

/** The form's state, read from its fields (rows as many as are shown). */
function collect(): Values {
  const v: Values = {};
  const read = (f: Field): void => {
    const id = idOf(f.name);
    switch (f.kind) {
      case "group":
        for (const c of f.children ?? []) read(c);
        return;
      case "checks": {
        if (unknownBox(f)?.checked) return;
        const ticked = [...document.querySelectorAll<HTMLInputElement>(`#${id} input[name="${f.name}"]:checked`)];
        v[f.name] = JSON.stringify(ticked.map((b) => (f.item?.enum ?? []).find((e) => String(e) === b.value)));
        return;
      }
      case "rows": {
        if (unknownBox(f)?.checked) return;
        const n = byId(`${id}-rows`)?.children.length ?? 0;
        v[f.name] = String(n);
        for (let i = 0; i < n; i++) read(rowOf(f, i));
        return;
      }
      default: {
        const el = byId<HTMLInputElement>(id);
        if (el && el.value !== "") v[f.name] = el.value;
      }
    }
  };
  for (const f of allFields()) read(f);
  return v;
}

/** Sets the fields to a state: rows are drawn as many as the state has. */
function fillField(f: Field, values: Values): void {
  const id = idOf(f.name);
  switch (f.kind) {
    case "group":
      for (const c of f.children ?? []) fillField(c, values);
      return;
    case "checks": {
      const raw = values[f.name];
      let ticked: string[] = [];
      try {
        ticked = raw === undefined ? [] : (JSON.parse(raw) as unknown[]).map(String);
      } catch {}
      const box = unknownBox(f);
      if (box) box.checked = raw === undefined;
      for (const b of document.querySelectorAll<HTMLInputElement>(`#${id} input[name="${f.name}"]`))
        b.checked = ticked.includes(b.value);
      return;
    }
    case "rows": {
      const n = rowCount(f, values);
      const box = unknownBox(f);
      if (box) box.checked = n === null;
      const rows = byId(`${id}-rows`);
      if (!rows) return;
      const area = $<HTMLFormElement>("#try")?.dataset.area ?? "";
      rows.innerHTML = Array.from({ length: n ?? 0 }, (_, i) => rowHtml(state.lang, area, f, i)).join("");
      for (let i = 0; i < (n ?? 0); i++) fillField(rowOf(f, i), values);
      return;
    }
    default: {
      const el = byId<HTMLInputElement>(id);
      if (el) el.value = values[f.name] ?? "";
    }
  }
}

function fill(values: Values): void {
  for (const f of allFields()) fillField(f, values);
}

/** The field with a name (a list, a row), found in the form's tree with rows as the state has them. */
function listOf(name: string, values: Values): Field | undefined {
  const find = (fields: readonly Field[]): Field | undefined => {
    for (const f of fields) {
      if (f.name === name) return f;
      if (!name.startsWith(`${f.name}.`)) continue;
      if (f.kind === "group") return find(f.children ?? []);
      if (f.kind === "rows") return find(Array.from({ length: rowCount(f, values) ?? 0 }, (_, i) => rowOf(f, i)));
    }
    return undefined;
  };
  return find(allFields());
}

/** Adds a row to a list and puts the focus in it. */
function addRow(name: string): void {
  const values = collect();
  const list = listOf(name, values);
  if (!list) return;
  const n = rowCount(list, values) ?? 0;
  values[name] = String(n + 1);
  fillField(list, values);
  byId(`${idOf(list.name)}-rows`)
    ?.lastElementChild?.querySelector<HTMLElement>("input, select, textarea")
    ?.focus();
}

/** Removes row `i` of a list (the rows after it move up) and puts the focus on the list's "add row". */
function dropRow(name: string, i: number): void {
  const values = removeRow(collect(), name, i);
  const list = listOf(name, values);
  if (!list) return;
  fillField(list, values);
  document.querySelector<HTMLElement>(`.add-row[data-list="${name}"]`)?.focus();
}

/** A list's "unknown" box and its options or rows exclude each other. */
function onCheck(box: HTMLInputElement): void {
  const listName = box.dataset.unknown;
  if (listName !== undefined) {
    if (!box.checked) return;
    const fieldset = byId(idOf(listName));
    for (const b of fieldset?.querySelectorAll<HTMLInputElement>(`input[name="${listName}"]`) ?? []) b.checked = false;
    const rows = byId(`${idOf(listName)}-rows`);
    if (rows) rows.innerHTML = "";
    return;
  }
  if (box.checked) {
    const other = byId<HTMLInputElement>(`${idOf(box.name)}-unknown`);
    if (other) other.checked = false;
  }
}

/** The vector's values as the form holds them. */
function valuesOfVector(id: string): Values {
  const vec = schemas?.vectors.find((x) => x.id === id);
  const values: Values = {};
  if (!vec) return values;
  const input = vec.input as Record<string, unknown>;
  const fields = allFields();
  for (const f of fields) {
    if (f.name === "in") putValue(f, input, values);
    else if (f.name.startsWith("in.")) putValue(f, input?.[f.key], values);
    else if (f.name.startsWith("par.")) putValue(f, vec.parameters?.[f.key], values);
  }
  values["opt.asOf"] = vec.asOf;
  if (vec.version) values["opt.version"] = vec.version;
  return values;
}

function clearErrors(): void {
  for (const el of document.querySelectorAll<HTMLElement>(".error")) el.textContent = "";
  for (const el of document.querySelectorAll<HTMLElement>("[aria-invalid]")) el.removeAttribute("aria-invalid");
}

function showError(fieldName: string | null, message: string): void {
  const el = fieldName ? document.getElementById(idOf(fieldName)) : null;
  const box = el ? document.getElementById(`${idOf(fieldName as string)}-error`) : $("#form-error");
  if (el) el.setAttribute("aria-invalid", "true");
  if (box) box.textContent = box.textContent ? `${box.textContent} ${message}` : message;
}

/**
 * The field an issue's path names: `birthDate`, `history.contacts[1].date`, `options.asOf`,
 * `options.parameters…`. The deepest field the form shows: a sub-field, else its row, else its list.
 */
function fieldOfPath(path: string): string | null {
  const fields = allFields();
  if (path.startsWith("options.parameters")) {
    const p = fields.find((f) => f.name.startsWith("par.") && path.includes(f.key));
    return p ? p.name : null;
  }
  if (path.startsWith("options.")) {
    const name = `opt.${path.slice(8).split(/[.[]/)[0]}`;
    return fields.some((f) => f.name === name) ? name : null;
  }
  const shown = namesOfPath(path).find((n) => document.getElementById(idOf(n)) !== null);
  if (shown) return shown;
  return fields.some((f) => f.name === "in") ? "in" : null;
}

function evaluate(): void {
  const w = WORDS[state.lang];
  const form = $<HTMLFormElement>("#try");
  const result = $("#result");
  if (!form || !result || !schemas) return;
  clearErrors();
  const values = collect();
  state = { ...state, values };
  writeState(state);
  const fn = FUNCTIONS.find((f) => f.name === form.dataset.function);
  if (!fn) return;
  let input: Record<string, unknown> | unknown = {};
  const options: { asOf?: string; version?: string; parameters?: Record<string, unknown> } = {};
  let bad = false;
  for (const f of allFields()) {
    let v: unknown;
    try {
      v = inputValue(f, values);
    } catch {
      showError(f.name, w.invalidJson);
      bad = true;
      continue;
    }
    if (v === undefined) continue;
    if (f.name === "in") input = v;
    else if (f.name.startsWith("in.")) (input as Record<string, unknown>)[f.key] = v;
    else if (f.name === "opt.asOf") options.asOf = v as string;
    else if (f.name === "opt.version") options.version = v as string;
    else options.parameters = { ...options.parameters, [f.key]: v };
  }
  if (bad) {
    result.innerHTML = "";
    return;
  }
  try {
    const d = fn.evaluate(input as never, options as never);
    const json = JSON.stringify(d, null, 2);
    const status = TEXTS[state.lang].core.headings.status;
    const facts = TEXTS[state.lang][fn.area as "ot"]?.facts ?? {};
    const explanation = explain(d, TEXTS[state.lang]);
    const said = outcomeWords(state.lang, explanation, d.rule);
    const reason = (r: (typeof d.reasons)[number]): string => {
      const statement = conditionWords(state.lang, r.rule, r.condition);
      return `<li>${statement === undefined ? "" : `${esc(statement)} `}<code>${esc(r.condition)}</code>: <strong class="st-${r.status}">${esc(status[r.status])}</strong></li>`;
    };
    // The outcome's value stays the plain text of <output id="outcome">; its words come before it.
    result.innerHTML = `<h3>${w.outcome}</h3><p>${said === "" ? "" : `<span id="outcome-words">${esc(said)}</span> `}<code><output id="outcome">${esc(JSON.stringify(d.outcome))}</output></code></p>
<h3>${w.needs}</h3><p id="needs">${d.needs.length ? d.needs.map((n) => `${esc(facts[n] ?? n)} <code>${esc(n)}</code>`).join(", ") : w.none}</p>
<h3>${w.reasons}</h3><ul id="reasons">${d.reasons.map(reason).join("")}</ul>
<h3>${w.explanation}</h3><pre id="explanation">${esc(explanation)}</pre>
<h3>${w.decisionJson}</h3><p><button type="button" id="copy">${w.copy}</button> <a id="download" download="${esc(fn.name)}-decision.json" href="data:application/json;charset=utf-8,${encodeURIComponent(json)}">${w.download}</a></p><pre id="decision">${esc(json)}</pre>`;
    $("#copy")?.addEventListener("click", () => {
      void navigator.clipboard?.writeText(json).then(() => {
        const b = $("#copy");
        if (b) b.textContent = w.copied;
      });
    });
  } catch (e) {
    result.innerHTML = "";
    if (isUngrettInputError(e)) {
      for (const issue of e.issues) showError(fieldOfPath(issue.path), issue.message);
      const box = $("#form-error");
      if (box && !box.textContent) box.textContent = w.inputError;
      // The first field marked, or the first control of a list or row marked as a whole.
      const marked = document.querySelector<HTMLElement>("[aria-invalid]");
      (marked?.tagName === "FIELDSET"
        ? marked.querySelector<HTMLElement>("input, select, textarea, button")
        : marked
      )?.focus();
    } else showError(null, String(e));
  }
}

/** The cohort's people: JSON Lines when the first line is an object, else CSV read as the CLI reads it. */
function readCohort(text: string): { people: Record<string, unknown>[]; bad: number } {
  const people: Record<string, unknown>[] = [];
  let bad = 0;
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  if (lines[0]?.trim().startsWith("{")) {
    for (const l of lines) {
      try {
        people.push(JSON.parse(l) as Record<string, unknown>);
      } catch {
        bad++;
      }
    }
    return { people, bad };
  }
  const head = lines[0] ?? "";
  const sep = head.includes(";") && !head.includes(",") ? ";" : ",";
  const reader = new CsvReader(sep);
  const records = [...reader.push(text), ...reader.end()];
  const fn = FUNCTIONS.find((f) => f.name === "otTargetGroup");
  const fields = fn ? inputFields(fn) : new Map();
  const header = (records[0] && "cells" in records[0] ? records[0].cells : []).map((h) => h.trim());
  for (const r of records.slice(1)) {
    if (!("cells" in r)) {
      bad++;
      continue;
    }
    const person: Record<string, unknown> = {};
    try {
      header.forEach((h, i) => {
        const kind = fields.get(h);
        const v = kind ? cellValue(r.cells[i] ?? "", kind, sep !== ",") : undefined;
        if (v !== undefined) person[h] = v;
      });
      people.push(person);
    } catch (e) {
      if (!(e instanceof CellError)) throw e;
      bad++;
    }
  }
  return { people, bad };
}

function barChart(title: string, rows: { outcome: string; a: number; b: number }[]): string {
  const max = Math.max(1, ...rows.flatMap((r) => [r.a, r.b]));
  const bar = 22;
  const labelW = 190;
  const width = 560;
  const scale = (n: number) => ((width - labelW - 50) * n) / max;
  const h = rows.length * (bar * 2 + 18) + 30;
  const body = rows
    .map((r, i) => {
      const y = 10 + i * (bar * 2 + 18);
      return `<text x="0" y="${y + bar + 4}" font-size="13">${esc(r.outcome)}</text>
<rect x="${labelW}" y="${y}" width="${scale(r.a).toFixed(1)}" height="${bar}" fill="#5a6470"><title>21: ${r.a}</title></rect><text x="${(labelW + scale(r.a) + 4).toFixed(1)}" y="${y + 16}" font-size="12">21: ${r.a}</text>
<rect x="${labelW}" y="${y + bar}" width="${scale(r.b).toFixed(1)}" height="${bar}" fill="#1d4ed8"><title>24: ${r.b}</title></rect><text x="${(labelW + scale(r.b) + 4).toFixed(1)}" y="${y + bar + 16}" font-size="12">24: ${r.b}</text>`;
    })
    .join("");
  return `<svg role="img" aria-labelledby="chart-title" viewBox="0 0 ${width} ${h}" width="100%" style="max-width:${width}px"><title id="chart-title">${esc(title)}</title>${body}</svg>`;
}

function screenCohort(): void {
  const w = WORDS[state.lang];
  const out = $("#cohort-result");
  const text = ($<HTMLTextAreaElement>("#cohort")?.value ?? "").trim();
  const asOf = $<HTMLInputElement>("#cohort-asOf")?.value ?? "";
  clearErrors();
  if (!out) return;
  out.innerHTML = "";
  let p21: ReturnType<typeof otPrepare>;
  let p24: ReturnType<typeof otPrepare>;
  try {
    p21 = otPrepare({ asOf, parameters: { "ot.upper-age": 21 } });
    p24 = otPrepare({ asOf, parameters: { "ot.upper-age": 24 } });
  } catch (e) {
    const box = $("#cohort-asOf-error");
    if (box) box.textContent = isUngrettInputError(e) ? e.issues.map((i) => i.message).join(" ") : String(e);
    $("#cohort-asOf")?.setAttribute("aria-invalid", "true");
    return;
  }
  const { people, bad } = readCohort(text);
  const counts = new Map<string, { a: number; b: number }>();
  // Each outcome in words, as the explanation of a decision with it says it.
  const said = new Map<string, string>();
  const wordsOf = (d: Decision): string => {
    try {
      return outcomeWords(state.lang, explain(d, TEXTS[state.lang]), d.rule);
    } catch {
      return ""; // Words are a help here: a decision is counted all the same.
    }
  };
  let errors = bad;
  let changed = 0;
  for (const person of people) {
    try {
      const da = otTargetGroup(person as never, p21);
      const db = otTargetGroup(person as never, p24);
      const a = JSON.stringify(da.outcome);
      const b = JSON.stringify(db.outcome);
      for (const [k, d, which] of [
        [a, da, "a"],
        [b, db, "b"],
      ] as const) {
        if (!said.has(k)) said.set(k, wordsOf(d));
        const c = counts.get(k) ?? { a: 0, b: 0 };
        c[which]++;
        counts.set(k, c);
      }
      if (a !== b) changed++;
    } catch {
      errors++;
    }
  }
  const rows = [...counts].map(([k, c]) => ({ outcome: JSON.parse(k) as string, words: said.get(k) ?? "", ...c }));
  out.innerHTML = `<p id="cohort-read">${w.rows(people.length + bad, errors)}</p>
<table><caption>${w.chart}</caption><thead><tr><th scope="col">${w.outcome}</th><th scope="col">${w.limit(21)}</th><th scope="col">${w.limit(24)}</th></tr></thead><tbody>${rows
    .map(
      (r) =>
        `<tr><th scope="row">${r.words ? `${esc(r.words)} ` : ""}<code>${esc(String(r.outcome))}</code></th><td data-outcome="${esc(String(r.outcome))}" data-limit="21">${r.a}</td><td data-outcome="${esc(String(r.outcome))}" data-limit="24">${r.b}</td></tr>`,
    )
    .join("")}</tbody></table>
<p>${w.changed}: <strong id="cohort-changed">${changed}</strong></p>${barChart(
    w.chart,
    rows.map((r) => ({ ...r, outcome: String(r.outcome) })),
  )}`;
}

let first = true;
function render(): void {
  // The first time the hash holds the form's state; later the form itself does.
  const keep = !first && schemas && $("#try") ? collect() : state.values;
  const hadResult = first ? state.values !== null : ($("#result")?.textContent ?? "") !== "";
  first = false;
  document.documentElement.lang = state.lang;
  const skip = $(".skip");
  if (skip) skip.textContent = WORDS[state.lang].skip;
  const main = $("main");
  const nav = $("#langs");
  const cohortText = $<HTMLTextAreaElement>("#cohort")?.value;
  const cohortDate = $<HTMLInputElement>("#cohort-asOf")?.value;
  if (main) main.innerHTML = pageHtml(state.lang, page, schemas);
  // The cohort stays in the page, not in the link: it may be long and is about people.
  const area = $<HTMLTextAreaElement>("#cohort");
  if (area && cohortText) area.value = cohortText;
  const cd = $<HTMLInputElement>("#cohort-asOf");
  if (cd && cohortDate) cd.value = cohortDate;
  if (nav) nav.innerHTML = langSwitch(state.lang, page);
  document.title = `${$("h1")?.textContent ?? "ungrett"} — ungrett`;
  const form = $<HTMLFormElement>("#try");
  if (form) {
    const today = new Date();
    const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, "0")}-${String(today.getDate()).padStart(2, "0")}`;
    fill(keep ?? { "opt.asOf": iso });
    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      evaluate();
    });
    form.addEventListener("click", (ev) => {
      const b = (ev.target as HTMLElement).closest<HTMLButtonElement>("button.add-row, button.remove-row");
      if (b?.classList.contains("add-row")) addRow(b.dataset.list ?? "");
      else if (b) dropRow(b.dataset.list ?? "", Number(b.dataset.index));
    });
    form.addEventListener("change", (ev) => {
      if (ev.target instanceof HTMLInputElement && ev.target.type === "checkbox") onCheck(ev.target);
    });
    $("#reset")?.addEventListener("click", () => {
      fill({ "opt.asOf": iso });
      clearErrors();
      const r = $("#result");
      if (r) r.innerHTML = "";
      state = { ...state, values: null };
      writeState(state);
    });
    if (keep && hadResult) evaluate();
  }
  const cohortForm = $<HTMLFormElement>("#cohort-form");
  if (cohortForm) {
    const date = $<HTMLInputElement>("#cohort-asOf");
    if (date && !date.value) {
      const t = new Date();
      date.value = `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, "0")}-${String(t.getDate()).padStart(2, "0")}`;
    }
    cohortForm.addEventListener("submit", (ev) => {
      ev.preventDefault();
      screenCohort();
    });
    $<HTMLInputElement>("#cohort-file")?.addEventListener("change", (ev) => {
      const file = (ev.target as HTMLInputElement).files?.[0];
      void file?.text().then((t) => {
        const area = $<HTMLTextAreaElement>("#cohort");
        if (area) area.value = t;
      });
    });
  }
  for (const b of document.querySelectorAll<HTMLButtonElement>(".use-vector")) {
    b.addEventListener("click", () => {
      fill(valuesOfVector(b.dataset.vector ?? ""));
      evaluate();
      $("#try")?.scrollIntoView();
    });
  }
  for (const a of document.querySelectorAll<HTMLAnchorElement>("a[data-lang]")) {
    a.addEventListener("click", (ev) => {
      ev.preventDefault();
      state = { lang: a.dataset.lang as Lang, values: schemas && $("#try") ? collect() : state.values };
      writeState(state);
      render();
      document.querySelector<HTMLElement>(`a[data-lang="${state.lang}"]`)?.focus();
    });
  }
}

// The page was written in Bokmål without a form state; render again only when the hash asks for more.
if (state.lang !== "nb" || state.values !== null || schemas || page.kind === "whatif") render();
(globalThis as { __siteReady?: boolean }).__siteReady = true;
