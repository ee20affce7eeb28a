import { describe, expect, it } from "vitest";
import { consentToShare } from "../../src/consent/index.js";
import { UngrettInputError } from "../../src/core/errors.js";
import { defineTexts, titleOf } from "../../src/core/texts.js";
import { explain } from "../../src/index.js";
import { coreNn, nn, otNn } from "../../src/locale/nn.js";
import { otTargetGroup } from "../../src/ot/index.js";
import { thrown } from "../helpers/errors.js";
import { TEXTS } from "../helpers/texts.js";

const decision = otTargetGroup(
  { birthYear: 2005, hasYouthRight: true, inEducation: false, inWork: false },
  { asOf: "2026-04-15" },
);

describe("defineTexts: a language's texts with the areas a program needs", () => {
  it("makes texts that explain one area as the whole language does, and refuses the others' rules", () => {
    const slim = defineTexts({ locale: "nn", core: coreNn, ot: otNn });
    expect(explain(decision, slim)).toBe(explain(decision, nn));
    const other = consentToShare({ birthDate: "2008-01-01" }, { asOf: "2025-01-01" });
    expect(thrown(() => explain(other, slim)).issues[0]).toMatchObject({ path: "decision.rule", code: "unknown_rule" });
  });

  it("freezes a copy: changing what it was made from changes nothing", () => {
    const core = { ...coreNn, and: "og" };
    const t = defineTexts({ locale: "nn", core, ot: otNn });
    core.and = "XX";
    expect(Object.isFrozen(t) && Object.isFrozen(t.core)).toBe(true);
    expect(t.core.and).toBe("og");
  });

  it("accepts every language the library ships, and each area alone", () => {
    for (const t of Object.values(TEXTS)) {
      expect(explain(decision, defineTexts(t))).toBe(explain(decision, t));
      for (const area of ["ot", "consent", "outreach", "nav"] as const) {
        expect(() => defineTexts({ locale: t.locale, core: t.core, [area]: t[area] })).not.toThrow();
      }
    }
  });

  it("names the part that is wrong, never echoing a text", () => {
    const cases: [unknown, string][] = [
      [null, "texts"],
      [{ locale: "de", core: coreNn }, "texts.locale"],
      [{ locale: "nn" }, "texts.core"],
      [{ locale: "nn", core: { ...coreNn, months: ["jan"] } }, "texts.core.months"],
      [
        { locale: "nn", core: { ...coreNn, headings: { ...coreNn.headings, status: { holds: "x" } } } },
        "texts.core.headings.status.fails",
      ],
      [{ locale: "nn", core: coreNn, ot: { ...otNn, area: "nav" } }, "texts.ot.area"],
      [
        {
          locale: "nn",
          core: coreNn,
          ot: { ...otNn, messages: { ...otNn.messages, "ot.age-limit/outcome": "tekst" } },
        },
        "texts.ot.messages.ot.age-limit/outcome",
      ],
      [{ locale: "nn", core: coreNn, ot: { ...otNn, rules: { x: { title: 7 } } } }, "texts.ot.rules.x.title"],
    ];
    for (const [bad, path] of cases) {
      const e = thrown(() => defineTexts(bad as never));
      expect(e).toBeInstanceOf(UngrettInputError);
      expect(e.issues[0]?.path, path).toBe(path);
      expect(e.message).not.toContain("tekst");
    }
  });

  it("says what each part must be, in words that name the kind of value only", () => {
    const issue = (bad: unknown) => thrown(() => defineTexts(bad as never)).issues[0];
    expect(issue(null)).toEqual({ path: "texts", code: "invalid_value", message: "must be an object, got null" });
    expect(issue({ locale: "de", core: coreNn })).toEqual({
      path: "texts.locale",
      code: "invalid_value",
      message: 'must be one of "nb", "nn", "en", got a string of 2 characters',
    });
    expect(issue({ locale: "nn", core: { ...coreNn, months: ["jan"] } })).toEqual({
      path: "texts.core.months",
      code: "invalid_value",
      message: "must be 12 month names, got an array of 1 item",
    });
    expect(issue({ locale: "nn", core: { ...coreNn, months: [...coreNn.months.slice(0, 11), 12] } })).toEqual({
      path: "texts.core.months[11]",
      code: "invalid_value",
      message: "must be a string, got a whole number",
    });
    expect(issue({ locale: "nn", core: { ...coreNn, dateOrder: "ymd" } })?.message).toBe(
      'must be one of "dmy-dot", "dmy", got a string of 3 characters',
    );
    expect(issue({ locale: "nn", core: coreNn, ot: { ...otNn, messages: { a: 1 } } })).toEqual({
      path: "texts.ot.messages.a",
      code: "invalid_value",
      message: "must be a message (a function), got a whole number",
    });
    expect(
      issue({ locale: "nn", core: coreNn, ot: { ...otNn, rules: { r: { title: "x", strengthNote: 1 } } } })?.path,
    ).toBe("texts.ot.rules.r.strengthNote");
    // Optional parts may be absent; a strength note may be left out.
    expect(() =>
      defineTexts({ locale: "nn", core: coreNn, ot: { ...otNn, rules: { r: { title: "x" } } } } as never),
    ).not.toThrow();
  });

  it("answers texts it cannot read (a throwing getter) with the input error", () => {
    const hostile = Object.defineProperty({ locale: "nn" }, "core", {
      enumerable: true,
      get() {
        throw new Error("Kari Nordmann");
      },
    });
    const e = thrown(() => defineTexts(hostile as never));
    expect(e.issues).toEqual([{ path: "texts", code: "invalid_value", message: "could not be read" }]);
  });
});

describe("titleOf", () => {
  it("gives the title of a rule, a parameter, a version, an area and a core parameter in the texts' language", () => {
    expect(titleOf(TEXTS.en, "ot.target-group")).toBe("Target group of the follow-up service");
    expect(titleOf(TEXTS.en, "ot.upper-age")).toBe("Upper age limit of the follow-up service");
    expect(titleOf(TEXTS.nn, "ot-2024")).toBe("opplæringslova 2023 § 9-4 og opplæringsforskrifta § 8-3");
    expect(titleOf(TEXTS.nb, "nav")).toBe(TEXTS.nb.nav?.title);
    expect(titleOf(TEXTS.nb, "core.school-year-start")).toBe("Første dag i skoleåret");
    expect(titleOf(TEXTS.nb, "ot.no-such-rule")).toBeUndefined();
    expect(titleOf(TEXTS.nb, "toString")).toBeUndefined();
  });

  it("refuses texts it did not check and an id that is not a string", () => {
    expect(thrown(() => titleOf({ ...TEXTS.nb } as never, "ot")).issues[0]?.path).toBe("texts");
    expect(thrown(() => titleOf(TEXTS.nb, 7 as never)).issues[0]?.path).toBe("id");
  });
});
