import { describe, expect, it } from "vitest";
import {
  CONSENT_AREA,
  CONSENT_PARAMETERS,
  CONSENT_RULES,
  consentPrepare,
  consentTimeline,
  consentToShare,
} from "../../src/consent/index.js";
import { addDays } from "../../src/core/dates.js";
import { formatter } from "../../src/core/format.js";
import { valueOn } from "../../src/core/parameters.js";
import type { RuleDef } from "../../src/core/rule.js";
import { versionsInForce } from "../../src/core/rule-versions.js";
import { thrown } from "../helpers/errors.js";
import { areaTexts, ruleWords, TEXTS } from "../helpers/texts.js";

const asOf = "2026-01-10";

// The same checks test/core/structure.test.ts makes for every area listed in
// test/helpers/areas.ts, made here too until the consent area is listed there.
describe("the consent area", () => {
  it("has exactly one version in force on every date from 2006-08-01 to 2100-12-31", () => {
    expect(CONSENT_AREA.versions.map((v) => v.validFrom).sort()[0]).toBe("2006-08-01");
    for (let d = "2006-08-01"; d <= "2100-12-31"; d = addDays(d, 30)) {
      expect(versionsInForce(CONSENT_AREA.versions, d), d).toHaveLength(1);
    }
  });

  it("gives every parameter exactly one value on every date, each valid under its schema", () => {
    for (const p of CONSENT_PARAMETERS) {
      expect(p.values[0]?.from, p.id).toBe("2006-08-01");
      expect(p.values.at(-1)?.to, p.id).toBeUndefined();
      for (let i = 1; i < p.values.length; i++) {
        const prev = p.values[i - 1];
        expect(addDays(prev?.to ?? "", 1), p.id).toBe(p.values[i]?.from);
      }
      for (const v of p.values) {
        expect(valueOn(p, v.from)).toBe(v);
        expect(p.schema["~standard"].validate(v.value), p.id).not.toHaveProperty("issues");
      }
      expect(p.sources.length, p.id).toBeGreaterThan(0);
    }
  });

  it("lists every rule of the catalogue with a source, titles in three languages and only its own parameters", () => {
    const ids = CONSENT_RULES.map((r) => r.id);
    for (const id of [
      "consent.share-with-agency",
      "consent.duty-to-report",
      "consent.anonymous-forum",
      "consent.guardian-confidentiality",
      "consent.majority",
    ]) {
      expect(ids).toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
    const params = new Set(CONSENT_PARAMETERS.map((p) => p.id));
    for (const r of CONSENT_RULES) {
      expect(r.area).toBe("consent");
      expect(r.id.startsWith("consent."), r.id).toBe(true);
      expect(r.sources.length, r.id).toBeGreaterThan(0);
      for (const l of ["nb", "nn", "en"] as const) {
        expect(ruleWords(r.id, l).title.length, `${r.id} ${l}`).toBeGreaterThan(0);
        expect(ruleWords(r.id, l).summary.length, `${r.id} ${l}`).toBeGreaterThan(0);
      }
      for (const p of r.parameters) expect(params.has(p.id), `${r.id} reads ${p.id}`).toBe(true);
    }
    // outreach.documentation belongs to the outreach area: referred to, never defined here.
    expect(ids).not.toContain("outreach.documentation");
    expect(ruleWords("consent.share-with-agency", "en").summary).toContain("outreach.documentation");
  });

  it("writes the Nynorsk catalogue in Nynorsk, not Bokmål", () => {
    const f = formatter("nn", TEXTS.nn.core);
    const facts = [
      { information: "other", band: "until-majority", exemption: "not-identifiable" },
      {
        information: "vital",
        band: "before-confidentiality",
        exemption: "duty-to-report",
        vitalReading: "must-inform",
      },
      { information: "agreed", band: "of-age" },
    ].map((x) => ({
      ...x,
      age: 15,
      date: "2026-09-01",
      consentAge: 16,
      youthConsentsFrom: "2026-09-01",
      confidentialityAge: 15,
      confidentialFrom: "2025-09-01",
      majorityAge: 18,
      majorityFrom: "2028-09-01",
      reading: "15th-birthday",
      outcome: [],
      next: null,
    }));
    const nn = Object.values(areaTexts("consent", "nn").messages)
      .flatMap((m) => facts.map((x) => m(x, f)))
      .join(" ");
    expect(nn.length).toBeGreaterThan(5000);
    for (const bokmal of [" ikke ", " foresatte ", " taushetsplikt", " hvor ", " samtykker ", " mening ", " ble "]) {
      expect(nn, bokmal).not.toContain(bokmal);
    }
  });
});

describe("the LOSU guide's ages are recommendations, not statute", () => {
  const param = (id: string) => CONSENT_PARAMETERS.find((p) => p.id === id);
  const rule = (id: string): RuleDef | undefined => CONSENT_RULES.find((r) => r.id === id);

  it("labels the ages 16 and 15 and the must-inform reading as recommendations", () => {
    for (const id of [
      "consent.share-consent-age",
      "consent.guardian-confidentiality-from",
      "consent.vital-information",
    ]) {
      expect(param(id)?.strength, id).toBe("recommendation");
    }
    expect(param("consent.majority-age")?.strength).toBe("statute");
  });

  it("labels the rules resting on them as recommendations, naming the statutory analogues", () => {
    for (const id of ["consent.share-with-agency", "consent.guardian-confidentiality"]) {
      const r = rule(id);
      expect(r?.strength, id).toBe("recommendation");
      expect(ruleWords(id, "en").strengthNote, id).toBe(
        "the LOSU guide's rule; no statute sets its ages for these services",
      );
      for (const l of ["nb", "nn", "en"] as const) {
        expect(ruleWords(id, l).interpretation, `${id} ${l}`).toMatch(/§ 13 a/);
        expect(ruleWords(id, l).interpretation, `${id} ${l}`).toMatch(/§ 3-4/);
        expect(ruleWords(id, l).interpretation, `${id} ${l}`).toMatch(/§ 4-3/);
      }
    }
    expect(ruleWords("consent.share-with-agency", "en").interpretation).toContain("for OT it is an analogy");
  });
});

describe("consent: input errors name the function called", () => {
  it("consentToShare and consentTimeline name themselves", () => {
    expect(thrown(() => consentToShare({ bogus: 1 } as never, { asOf })).message).toMatch(
      /^Invalid input to consentToShare: /,
    );
    expect(thrown(() => consentTimeline({ bogus: 1 } as never, { asOf })).message).toMatch(
      /^Invalid input to consentTimeline: /,
    );
  });
});

describe("consentPrepare", () => {
  it("validates the options once and every consent function takes the result", () => {
    const prepared = consentPrepare({ asOf });
    const person = { birthDate: "2010-09-01" };
    expect(consentTimeline(person, prepared)).toEqual(consentTimeline(person, { asOf }));
    const share = {
      birthDate: "2010-09-01",
      identifiable: true,
      dutyToReport: false,
      otherLegalBasis: "none",
    } as const;
    expect(consentToShare(share, prepared)).toEqual(consentToShare(share, { asOf }));
  });

  it("names itself and the bad field when the options are bad", () => {
    const error = thrown(() => consentPrepare({ asOf: "2026-02-30" }));
    expect(error.message).toMatch(/^Invalid input to consentPrepare/);
    expect(error.issues.map((i) => i.path)).toEqual(["options.asOf"]);
  });
});
