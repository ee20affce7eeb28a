import { describe, expect, it } from "vitest";
import pkg from "../../package.json" with { type: "json" };
import { addDays } from "../../src/core/dates.js";
import { LIBRARY_VERSION } from "../../src/core/library-version.js";
import { valueOn } from "../../src/core/parameters.js";
import { versionsInForce } from "../../src/core/rule-versions.js";
import { AREAS } from "../helpers/areas.js";
import { parameterWords } from "../helpers/texts.js";

describe.each(AREAS.map((a) => [a.area.id, a] as const))("area %s", (_id, { area, rules }) => {
  it("has exactly one version in force on every date from its first version (2006-08-01 at the latest) to 2100-12-31", () => {
    const first = area.versions.map((v) => v.validFrom).sort()[0] ?? "";
    expect(first <= "2006-08-01", `${area.id} starts ${first}`).toBe(true);
    let bad = 0;
    for (let d = first; d <= "2100-12-31"; d = addDays(d, 1)) {
      if (versionsInForce(area.versions, d).length !== 1) bad++;
    }
    expect(bad).toBe(0);
  });

  it("gives every parameter exactly one value on every date of every version", { timeout: 120_000 }, () => {
    for (const p of area.parameters) {
      for (const v of area.versions) {
        const end = v.validTo ?? "2100-12-31";
        for (let d = v.validFrom; d <= end; d = addDays(d, 1)) {
          const hits = p.values.filter((x) => x.from <= d && (x.to === undefined || d <= x.to));
          if (hits.length !== 1) throw new Error(`${p.id} has ${hits.length} values on ${d}`);
          expect(valueOn(p, d)).toBe(hits[0]);
        }
      }
    }
  });

  it("gives every parameter a source, a strength and titles", () => {
    for (const p of area.parameters) {
      expect(p.sources.length, p.id).toBeGreaterThan(0);
      expect(["statute", "regulation", "guidance", "recommendation", "estimate"]).toContain(p.strength);
      for (const l of ["nb", "nn", "en"] as const)
        expect(parameterWords(p.id, l).title.length, `${p.id} ${l}`).toBeGreaterThan(0);
      for (const v of p.values) expect(p.schema["~standard"].validate(v.value)).not.toHaveProperty("issues");
    }
  });

  it("gives every rule a source and a strength, and reads only its area's parameters", () => {
    const ids = new Set(area.parameters.map((p) => p.id));
    for (const r of rules) {
      expect(r.sources.length, r.id).toBeGreaterThan(0);
      expect(r.id.startsWith(`${area.id}.`), r.id).toBe(true);
      for (const p of r.parameters) expect(ids.has(p.id), `${r.id} reads ${p.id}`).toBe(true);
      for (const s of r.sources) {
        for (const v of s.versions ?? []) expect(area.versions.map((x) => x.id)).toContain(v);
      }
      // Every version must leave the rule at least one source.
      for (const v of area.versions) {
        expect(
          r.sources.some((s) => s.versions === undefined || s.versions.includes(v.id)),
          `${r.id} ${v.id}`,
        ).toBe(true);
      }
    }
  });
});

describe("package", () => {
  it("records the package version in every decision", () => {
    expect(LIBRARY_VERSION).toBe(pkg.version);
  });
});
