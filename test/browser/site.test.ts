import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { AxeResults, RunOptions } from "axe-core";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { choiceOf } from "../../docs/tools/site/choices.js";
import { conditionWords, LANGS, outcomeWords, TEXTS } from "../../docs/tools/site/render.js";
import { isExpectedError, jsonEqual, jsonSubset, type Vector } from "../../src/conformance/compare.js";
import { VECTORS } from "../../src/conformance/index.js";
import { explain, FUNCTIONS, otCoverageEnd, otTargetGroup } from "../../src/index.js";

/*
 * The rule explorer (npm run site) in headless Chromium (Debian's chromium, as
 * browser.test.ts), opened from the file system as a reader would: for every public
 * function, its page's try-it form is filled from one of its vectors through the form's
 * own fields and submitted, and the page must show the vector's expected outcome. Then a
 * language switch, a shared link, a bad input, and screenshots under docs/site/screenshots/.
 * The site is built here, in beforeAll (about 5 s). The browser part takes 1–2 minutes on
 * two cores, so it runs once per npm test: in the UTC (or unset TZ) run, and not again in
 * the Node 22 run (test/tools/run-node22.mjs sets UNGRETT_REPEAT_RUN).
 */
const root = join(import.meta.dirname, "../..");
const site = join(root, "docs/site");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
const required = process.env.CI !== undefined && process.env.CI !== "";
const tz = process.env.TZ;
// Once per npm test: the UTC run of test:tz (not again in the Node 22 run; the page runs in Chromium, not Node).
const repeat = process.env.UNGRETT_REPEAT_RUN;
const thisRun = (tz === undefined || tz === "" || tz === "UTC") && (repeat === undefined || repeat === "");
const run = haveChromium && thisRun;

const fileUrl = (name: string): string => pathToFileURL(join(site, name)).href;
const rulePage = (rule: string): string => fileUrl(`rule-${rule}.html`);

let browser: Browser | undefined;
let built = false;

beforeAll(() => {
  if (!run) return;
  execFileSync(process.execPath, [join(root, "node_modules/tsx/dist/cli.mjs"), "docs/tools/site.ts"], {
    cwd: root,
    stdio: "pipe",
  });
  built = existsSync(join(site, "index.html")) && existsSync(join(site, "app.js"));
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

async function open(url: string, width = 1280): Promise<{ page: Page; errors: string[] }> {
  browser ??= await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-sync"],
  });
  const page = await browser.newPage({ viewport: { width, height: 900 }, locale: "en-US" });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForFunction(() => (globalThis as { __siteReady?: boolean }).__siteReady === true);
  return { page, errors };
}

const raw = (x: unknown): string => (typeof x === "string" ? x : JSON.stringify(x));

/**
 * Fills one field through its controls, as a reader would: a choice, a text, boxes ticked,
 * rows added with the list's button and filled field by field, an object's fields.
 * `null` (and a missing value) is unknown: the field stays at its blank choice.
 */
async function fillField(page: Page, name: string, value: unknown): Promise<void> {
  const form = page.locator("#try");
  const field = form.locator(`[data-field="${name}"]`);
  await expect(field.count(), `a field for ${name}`).resolves.toBe(1);
  if (value === null || value === undefined) return;
  const kind = await field.getAttribute("data-kind");
  const unknown = form.locator(`input[data-unknown="${name}"]`);
  switch (kind) {
    case "checks": {
      const ticked = value as unknown[];
      // None of these: "unknown" off and nothing ticked; ticking a value turns "unknown" off.
      if (ticked.length === 0 && (await unknown.count()) > 0) await unknown.uncheck();
      for (const x of ticked) await field.locator(`input[name="${name}"][value="${String(x)}"]`).check();
      return;
    }
    case "rows": {
      // One period where a list of periods is asked for is a list of one.
      const items = Array.isArray(value) ? value : [value];
      if ((await unknown.count()) > 0) await unknown.uncheck();
      for (const [i, item] of items.entries()) {
        await form.locator(`button.add-row[data-list="${name}"]`).click();
        if (typeof item === "object" && item !== null)
          for (const [k, x] of Object.entries(item)) await fillField(page, `${name}.${i}.${k}`, x);
        else await fillField(page, `${name}.${i}`, item);
      }
      return;
    }
    case "group":
      for (const [k, x] of Object.entries(value as Record<string, unknown>)) await fillField(page, `${name}.${k}`, x);
      return;
    default: {
      const el = form.locator(`[name="${name}"]`);
      if (kind === "boolean" || kind === "enum") await el.selectOption(raw(value));
      else await el.fill(raw(value));
    }
  }
}

/** Fills the form through its fields, as a reader would, from a vector. */
async function fillFrom(page: Page, v: Vector): Promise<void> {
  const form = page.locator("#try");
  await form.locator('[name="opt.asOf"]').fill(v.asOf);
  if (v.version) await form.locator('[name="opt.version"]').selectOption(v.version);
  if ((await form.locator('[data-field="in"]').count()) > 0) await fillField(page, "in", v.input);
  else
    for (const [key, value] of Object.entries(v.input as Record<string, unknown>))
      await fillField(page, `in.${key}`, value);
  for (const [id, value] of Object.entries(v.parameters ?? {})) {
    // The overrides sit in a closed <details>: open it as a reader would.
    const details = page.locator("#try details");
    if ((await details.getAttribute("open")) === null) await details.locator("summary").click();
    await fillField(page, `par.${id}`, value);
  }
}

const AXE = join(root, "node_modules/axe-core/axe.min.js");
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** axe-core's violations of WCAG 2.1 A and AA on the page as it is now: each rule's id and the elements' selectors. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tags) => {
    const axe = (globalThis as unknown as { axe: { run: (c: Document, o: RunOptions) => Promise<AxeResults> } }).axe;
    const r = await axe.run(document, { runOnly: { type: "tag", values: tags } });
    // A check that found nothing to check would pass too: it must have passed some rules.
    if (r.passes.length === 0) return ["axe-core checked nothing"];
    return r.violations.map((v) => `${v.id} (${v.impact ?? ""}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }, WCAG);
}

async function submit(page: Page): Promise<void> {
  await page.locator('#try button[type="submit"]').click();
}

/**
 * One vector per function, with a decision (not an error) as expected outcome: the one with
 * the most input, so that lists, rows and nested objects are filled through their fields.
 */
const cases = FUNCTIONS.map((f) => {
  const size = (x: Vector): number => JSON.stringify(x.input).length;
  const v = VECTORS.filter((x) => x.function === f.name && !isExpectedError(x.expected)).reduce<Vector | undefined>(
    (best, x) => (best === undefined || size(x) > size(best) ? x : best),
    undefined,
  );
  return [f.name, f.rule, v] as const;
});

describe("the rule explorer in Chromium", () => {
  it("has Chromium available (required in CI)", () => {
    if (required) expect(haveChromium, `${CHROMIUM} missing: .ci/run installs Debian's chromium`).toBe(true);
    if (!haveChromium) console.warn(`site.test.ts: skipped, ${CHROMIUM} is not installed`);
    if (haveChromium && !thisRun)
      console.warn(
        `site.test.ts: runs once per npm test, in the UTC run (this is TZ=${tz}, ${repeat ?? "no"} repeat run)`,
      );
  });

  it.runIf(run)("builds the site (npm run site)", () => {
    expect(built).toBe(true);
  });

  it("has a vector with a decision for every public function", () => {
    expect(cases.filter(([, , v]) => v === undefined).map(([n]) => n)).toEqual([]);
  });

  it.runIf(run).each(cases)(
    "%s: the form filled from a vector shows its expected outcome",
    { timeout: 60_000 },
    async (_name, rule, v) => {
      const { page, errors } = await open(rulePage(rule));
      try {
        await fillFrom(page, v as Vector);
        await submit(page);
        const outcome = page.locator("#outcome");
        await outcome.waitFor({ timeout: 10_000 });
        const shown: unknown = JSON.parse((await outcome.textContent()) ?? "");
        // Compared as the conformance runner compares it: exactly, or on the keys the vector lists.
        const expected = v?.expected as { outcome: unknown; match?: "exact" | "subset" };
        if (expected.match === "subset") expect(jsonSubset(expected.outcome, shown), JSON.stringify(shown)).toBe(true);
        else expect(shown).toEqual(expected.outcome);
        expect(jsonEqual(expected.outcome, shown) || expected.match === "subset").toBe(true);
        expect(await page.locator("#explanation").textContent()).not.toBe("");
        expect(JSON.parse((await page.locator("#decision").textContent()) ?? "").rule).toBe(rule);
        // Every control of the form has a label tied to it.
        const unlabelled = await page.evaluate(() =>
          [...document.querySelectorAll("#try input, #try select, #try textarea")]
            .filter((e) => e.id === "" || document.querySelector(`label[for="${e.id}"]`) === null)
            .map((e) => e.getAttribute("name")),
        );
        expect(unlabelled).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );

  it.runIf(run)(
    "can be used with the keyboard alone: Tab to the fields, type, Enter",
    { timeout: 60_000 },
    async () => {
      const { page } = await open(rulePage("ot.age-limit"));
      try {
        const focused = () => page.evaluate(() => document.activeElement?.getAttribute("name") ?? "");
        const tabTo = async (name: string) => {
          for (let i = 0; i < 200 && (await focused()) !== name; i++) await page.keyboard.press("Tab");
          expect(await focused()).toBe(name);
        };
        await tabTo("in.birthYear");
        await page.keyboard.type("2005");
        await tabTo("opt.asOf");
        await page.keyboard.type("04152026"); // a date field takes its parts typed in order (en-US in headless Chromium)
        await page.keyboard.press("Enter");
        await page.locator("#outcome").waitFor({ timeout: 10_000 });
        expect(await page.locator('[name="opt.asOf"]').inputValue()).toBe("2026-04-15");
        expect(JSON.parse((await page.locator("#outcome").textContent()) ?? "")).toEqual(
          otCoverageEnd({ birthYear: 2005 }, { asOf: "2026-04-15" }).outcome,
        );
      } finally {
        await page.close();
      }
    },
  );

  it.runIf(run)(
    "shows an enum's choices, the outcome and the reasons in words of the chosen language, the codes beside them",
    { timeout: 60_000 },
    async () => {
      const v = VECTORS.find(
        (x) =>
          x.function === "otTargetGroup" &&
          (x.expected as { outcome?: unknown }).outcome === "in-target-group" &&
          x.parameters === undefined,
      );
      if (!v) throw new Error("no otTargetGroup vector in the target group");
      const d = otTargetGroup(v.input as never, { asOf: v.asOf, version: v.version } as never);
      const [first] = d.reasons;
      const { page, errors } = await open(rulePage("ot.target-group"));
      try {
        await fillFrom(page, v);
        await submit(page);
        const options: string[] = [];
        const outcomes: string[] = [];
        for (const lang of LANGS) {
          if (lang !== "nb") {
            await page.locator(`a[data-lang="${lang}"]`).click();
            await expect(page.locator("html").getAttribute("lang")).resolves.toBe(lang);
          }
          await page.locator("#outcome").waitFor({ timeout: 10_000 });
          // A choice: the words in the language, the code beside them and as its value.
          const option =
            (await page.locator('select[name="in.lostRight"] option[value="expulsion"]').textContent()) ?? "";
          expect(option).toBe(`${choiceOf(lang, "lostRight", "expulsion")} — expulsion`);
          options.push(option);
          // The outcome: the library's words for it, and the code as <output id="outcome"> holds it.
          const said = (await page.locator("#outcome-words").textContent()) ?? "";
          expect(said).toBe(outcomeWords(lang, explain(d, TEXTS[lang]), d.rule));
          outcomes.push(said);
          expect(JSON.parse((await page.locator("#outcome").textContent()) ?? "")).toBe("in-target-group");
          // A reason: its condition as a statement, its code and its status.
          const reason = (await page.locator("#reasons li").first().textContent()) ?? "";
          expect(reason).toContain(conditionWords(lang, first?.rule ?? "", first?.condition ?? "") ?? "(none)");
          expect(reason).toContain(first?.condition ?? "(none)");
          expect(reason).toContain(TEXTS[lang].core.headings.status[first?.status ?? "holds"]);
        }
        expect(options[0]).toContain("bortvisning");
        expect(options[1]).toContain("bortvising");
        expect(options[2]).toContain("expulsion for");
        expect(outcomes[0]).toBe("I målgruppen for oppfølgingstjenesten.");
        expect(outcomes[1]).toBe("I målgruppa for oppfølgingstenesta.");
        expect(new Set(options).size).toBe(3);
        expect(new Set(outcomes).size).toBe(3);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );

  it.runIf(run)(
    "switches language, keeps the case in the link, and opens the shared link with the same result",
    { timeout: 60_000 },
    async () => {
      const v = cases[0]?.[2] as Vector;
      const { page, errors } = await open(rulePage("ot.target-group"));
      try {
        await fillFrom(page, v);
        await submit(page);
        const before = await page.locator("#explanation").textContent();
        const h1 = await page.locator("h1").textContent();
        await page.locator('a[data-lang="en"]').click();
        await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
        expect(await page.locator("h1").textContent()).not.toBe(h1);
        const after = await page.locator("#explanation").textContent();
        expect(after).not.toBe(before);
        expect(await page.locator('label[for="f-opt_asOf"]').textContent()).toContain("Date the question");
        const link = page.url();
        expect(link).toContain("lang=en");
        const shared = await open(link);
        await shared.page.locator("#outcome").waitFor({ timeout: 10_000 });
        expect(await shared.page.locator("#explanation").textContent()).toBe(after);
        expect(await shared.page.locator('[name="opt.asOf"]').inputValue()).toBe(v.asOf);
        await shared.page.close();
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );

  it.runIf(run)("shows an input error next to the field it names", { timeout: 60_000 }, async () => {
    const { page } = await open(rulePage("ot.target-group"));
    try {
      await page.locator('[name="opt.asOf"]').fill("2026-04-15");
      await page.locator('[name="in.birthYear"]').fill("1800");
      await submit(page);
      const error = page.locator("#f-in_birthYear-error");
      await expect(error.textContent()).resolves.toMatch(/\S/);
      await expect(page.locator('[name="in.birthYear"]').getAttribute("aria-invalid")).resolves.toBe("true");
      const describedBy = await page.locator('[name="in.birthYear"]').getAttribute("aria-describedby");
      expect(describedBy?.split(" ")).toContain("f-in_birthYear-error");
      // No other field is marked.
      await expect(page.locator('[aria-invalid="true"]').count()).resolves.toBe(1);
      await expect(page.locator("#outcome").count()).resolves.toBe(0);
    } finally {
      await page.close();
    }
  });

  it.runIf(run)("adds and removes a row with the keyboard alone", { timeout: 60_000 }, async () => {
    const { page, errors } = await open(rulePage("ot.yearly-contact"));
    try {
      const focused = () =>
        page.evaluate(() => {
          const e = document.activeElement as HTMLElement | null;
          return (
            e?.getAttribute("name") ?? (e?.className ? `${e.tagName}.${e.className}:${e.dataset.index ?? ""}` : "")
          );
        });
      const tab = async (to: string, key = "Tab") => {
        for (let i = 0; i < 200 && (await focused()) !== to; i++) await page.keyboard.press(key);
        expect(await focused()).toBe(to);
      };
      const add = page.getByRole("button", { name: /^Legg til rad\s+\(.*contacts\)$/ });
      await expect(add.count()).resolves.toBe(1);
      await tab("BUTTON.add-row:");
      await page.keyboard.press("Enter");
      // The new row's first field has the focus.
      expect(await focused()).toBe("in.contacts.0.date");
      await page.keyboard.type("01152025");
      await tab("BUTTON.add-row:");
      await page.keyboard.press("Enter");
      expect(await focused()).toBe("in.contacts.1.date");
      await page.keyboard.type("03202025");
      await expect(page.locator("#f-in_contacts-rows > .row").count()).resolves.toBe(2);
      // Back to row 1's remove button, named by its row and list, and Space.
      await expect(page.getByRole("button", { name: /^Fjern rad 1\s+\(.*contacts\)$/ }).count()).resolves.toBe(1);
      await tab("BUTTON.remove-row:0", "Shift+Tab");
      await page.keyboard.press("Space");
      await expect(page.locator("#f-in_contacts-rows > .row").count()).resolves.toBe(1);
      // Row 2 moved up, with its date; the focus is on "add row".
      await expect(page.locator('[name="in.contacts.0.date"]').inputValue()).resolves.toBe("2025-03-20");
      expect(await focused()).toBe("BUTTON.add-row:");
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it.runIf(run)(
    "shows an error at a nested path beside its sub-field, and at a list on the list",
    { timeout: 60_000 },
    async () => {
      const { page, errors } = await open(rulePage("ot.yearly-contact"));
      try {
        await page.locator('[name="opt.asOf"]').fill("2026-01-15");
        await page.locator('[name="in.birthYear"]').fill("2005");
        // Row 2 without its date: the library names `contacts[1].date`.
        await fillField(page, "in.contacts", [{ date: "2025-09-10", established: true }, { established: true }]);
        await submit(page);
        const field = page.locator('[name="in.contacts.1.date"]');
        await expect(page.locator("#f-in_contacts_1_date-error").textContent()).resolves.toMatch(/\S/);
        await expect(field.getAttribute("aria-invalid")).resolves.toBe("true");
        expect((await field.getAttribute("aria-describedby"))?.split(" ")).toContain("f-in_contacts_1_date-error");
        await expect(page.locator('[aria-invalid="true"]').count()).resolves.toBe(1);
        expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("in.contacts.1.date");
        await expect(page.locator("#outcome").count()).resolves.toBe(0);
      } finally {
        await page.close();
      }
      // `targets` must have at least one value: "none of these" is an error on the list's fieldset.
      const other = await open(rulePage("nav.approach"));
      try {
        await other.page.locator('[name="opt.asOf"]').fill("2026-01-15");
        await fillField(other.page, "in.targets", []);
        await submit(other.page);
        const list = other.page.locator("#f-in_targets");
        await expect(list.getAttribute("aria-invalid")).resolves.toBe("true");
        await expect(other.page.locator("#f-in_targets-error").textContent()).resolves.toMatch(/\S/);
        expect((await list.getAttribute("aria-describedby"))?.split(" ")).toContain("f-in_targets-error");
        expect(errors.concat(other.errors)).toEqual([]);
      } finally {
        await other.page.close();
      }
    },
  );

  it.runIf(run)("reopens a shared link with rows as the same case", { timeout: 60_000 }, async () => {
    const v = cases.find(([name]) => name === "otDuties")?.[2] as Vector;
    const history = (v.input as { history?: { contacts?: unknown[]; offers?: unknown[] } }).history;
    expect(history?.contacts?.length ?? 0).toBeGreaterThan(0);
    const { page, errors } = await open(rulePage("ot.duties"));
    try {
      await fillFrom(page, v);
      await submit(page);
      await page.locator("#outcome").waitFor({ timeout: 10_000 });
      const decision = await page.locator("#decision").textContent();
      const shared = await open(page.url());
      try {
        await shared.page.locator("#outcome").waitFor({ timeout: 10_000 });
        expect(await shared.page.locator("#decision").textContent()).toBe(decision);
        for (const list of ["contacts", "offers"] as const)
          await expect(shared.page.locator(`#f-in_history_${list}-rows > .row`).count()).resolves.toBe(
            history?.[list]?.length ?? 0,
          );
        const first = history?.contacts?.[0] as { date: string };
        await expect(shared.page.locator('[name="in.history.contacts.0.date"]').inputValue()).resolves.toBe(first.date);
        expect(shared.errors).toEqual([]);
      } finally {
        await shared.page.close();
      }
      // "Use this example" fills the same rows from the vector.
      const fresh = await open(rulePage("ot.duties"));
      try {
        await fresh.page.locator(`button[data-vector="${v.id}"]`).click();
        await fresh.page.locator("#outcome").waitFor({ timeout: 10_000 });
        expect(await fresh.page.locator("#decision").textContent()).toBe(decision);
        await expect(fresh.page.locator("#f-in_history_contacts-rows > .row").count()).resolves.toBe(
          history?.contacts?.length ?? 0,
        );
      } finally {
        await fresh.page.close();
      }
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it.runIf(run)(
    "screens a pasted cohort under the OT age limits 21 and 24, as the library does in Node",
    { timeout: 60_000 },
    async () => {
      const people = [
        { birthYear: 2002, hasYouthRight: true, inEducation: false, inWork: false },
        { birthYear: 2005, hasYouthRight: true, inEducation: false, inWork: false },
        { birthYear: 2003, hasYouthRight: true, inEducation: true, inWork: false },
        { birthYear: 2001, hasYouthRight: true, inWork: false },
      ];
      const asOf = "2026-04-15";
      const csv = [
        "birthYear;hasYouthRight;inEducation;inWork",
        ...people.map((p) => [p.birthYear, p.hasYouthRight, p.inEducation, p.inWork].map((x) => x ?? "").join(";")),
      ].join("\n");
      const jsonl = people.map((p) => JSON.stringify(p)).join("\n");
      const count = (limit: number) => {
        const m = new Map<string, number>();
        for (const p of people) {
          const o = String(otTargetGroup(p, { asOf, parameters: { "ot.upper-age": limit } }).outcome);
          m.set(o, (m.get(o) ?? 0) + 1);
        }
        return m;
      };
      const in21 = count(21);
      const in24 = count(24);
      expect(in21.get("in-target-group")).not.toBe(in24.get("in-target-group"));
      const { page, errors } = await open(fileUrl("what-if-ot-age-limit.html"));
      try {
        for (const text of [csv, jsonl]) {
          await page.locator("#cohort").fill(text);
          await page.locator("#cohort-asOf").fill(asOf);
          await page.locator('#cohort-form button[type="submit"]').click();
          await page.locator("#cohort-changed").waitFor();
          for (const [limit, counts] of [
            [21, in21],
            [24, in24],
          ] as const) {
            for (const [outcome, n] of counts) {
              const cell = page.locator(`td[data-outcome="${outcome}"][data-limit="${limit}"]`);
              await expect(cell.textContent(), `${outcome} under ${limit}`).resolves.toBe(String(n));
            }
          }
          await expect(page.locator("#cohort-result svg rect").count()).resolves.toBeGreaterThan(0);
          // Each outcome in words, the code beside them.
          await expect(
            page.locator('#cohort-result tr:has(td[data-outcome="in-target-group"]) th').textContent(),
          ).resolves.toBe("I målgruppen for oppfølgingstjenesten. in-target-group");
        }
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );

  it.runIf(run)(
    "has no violations of WCAG 2.1 A and AA that axe-core finds, on every kind of page",
    { timeout: 180_000 },
    async () => {
      const found: string[] = [];
      const check = async (what: string, url: string, act?: (page: Page) => Promise<void>, width = 1280) => {
        const { page, errors } = await open(url, width);
        try {
          await act?.(page);
          for (const v of await axeViolations(page)) found.push(`${what}: ${v}`);
          expect(errors).toEqual([]);
        } finally {
          await page.close();
        }
      };
      // A rule page whose form has rows, filled from a vector and its result shown.
      const duties = cases.find(([name]) => name === "otDuties")?.[2] as Vector;
      const filled = async (page: Page) => {
        await fillFrom(page, duties);
        await submit(page);
        await page.locator("#outcome").waitFor({ timeout: 10_000 });
      };
      await check("start page", fileUrl("index.html"));
      await check("ot.duties, filled, with its result", rulePage("ot.duties"), filled);
      await check("ot.duties at 375 px", rulePage("ot.duties"), filled, 375);
      await check("ot.duties in English", `${rulePage("ot.duties")}#lang=en`, filled);
      // A form with lists of values as checkboxes.
      const close = cases.find(([name]) => name === "navAssessCloseFollowUp")?.[2] as Vector;
      await check("nav.close-follow-up, filled", rulePage("nav.close-follow-up"), async (page) => {
        await fillFrom(page, close);
        await submit(page);
        await page.locator("#outcome").waitFor({ timeout: 10_000 });
      });
      await check("what-if after a cohort", fileUrl("what-if-ot-age-limit.html"), async (page) => {
        const people = [
          { birthYear: 2002, hasYouthRight: true, inEducation: false, inWork: false },
          { birthYear: 2005, hasYouthRight: true, inEducation: false, inWork: false },
        ];
        await page.locator("#cohort").fill(people.map((p) => JSON.stringify(p)).join("\n"));
        await page.locator("#cohort-asOf").fill("2026-04-15");
        await page.locator('#cohort-form button[type="submit"]').click();
        await page.locator("#cohort-changed").waitFor();
      });
      await check("a parameter page", fileUrl("parameter-ot.upper-age.html"));
      await check("the bibliography", fileUrl("bibliography.html"));
      expect(found, `axe-core found:\n${found.join("\n")}`).toEqual([]);
    },
  );

  it.runIf(run)(
    "writes screenshots of a rule page and a filled form at 1280 and 375 px",
    { timeout: 60_000 },
    async () => {
      const dir = join(site, "screenshots");
      mkdirSync(dir, { recursive: true });
      const v = VECTORS.find((x) => x.function === "otCoverageEnd" && !isExpectedError(x.expected)) as Vector;
      for (const width of [1280, 375]) {
        const { page } = await open(rulePage("ot.age-limit"), width);
        try {
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, `no sideways scrolling at ${width} px`).toBeLessThanOrEqual(0);
          await page.screenshot({ path: join(dir, `rule-${width}.png`) });
          await fillFrom(page, v);
          await submit(page);
          await page.locator("#outcome").waitFor();
          await page.locator("#try").screenshot({ path: join(dir, `form-${width}.png`) });
          await page.locator("#result").screenshot({ path: join(dir, `result-${width}.png`) });
        } finally {
          await page.close();
        }
        for (const f of [`rule-${width}.png`, `form-${width}.png`]) expect(existsSync(join(dir, f))).toBe(true);
      }
    },
  );
});
