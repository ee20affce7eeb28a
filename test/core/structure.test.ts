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

  it("gives every parameter exactly one value on every date of every version", () => {
    // By intervals: sorted by start, each value must begin the day after the one before ends,
    // the first no later than the area's first version and the last open or past its last.
    // That is "exactly one value on every date"; valueOn is then checked on every boundary,
    // the days either side of it, and every 29th day (a walk of every day took 20 s).
    const start = area.versions.map((v) => v.validFrom).sort()[0] ?? "";
    const ends = area.versions.map((v) => v.validTo ?? "2100-12-31").sort();
    const end = ends[ends.length - 1] ?? "";
    for (const p of area.parameters) {
      const values = [...p.values].sort((a, b) => (a.from < b.from ? -1 : 1));
      expect((values[0]?.from ?? "9999") <= start, `${p.id} starts ${values[0]?.from}`).toBe(true);
      for (let i = 1; i < values.length; i++) {
        expect(values[i - 1]?.to, `${p.id} value ${i - 1} is open but not last`).toBeDefined();
        expect(addDays(values[i - 1]?.to ?? "", 1), `${p.id}: gap or overlap before ${values[i]?.from}`).toBe(
          values[i]?.from,
        );
      }
      const last = values[values.length - 1];
      expect(last?.to === undefined || last.to >= end, `${p.id} ends ${last?.to}`).toBe(true);
      const days = new Set<string>();
      for (const v of values) {
        for (const d of [v.from, v.to]) if (d !== undefined) for (const k of [-1, 0, 1]) days.add(addDays(d, k));
      }
      for (let d = start; d <= end; d = addDays(d, 29)) days.add(d);
      for (const d of days) {
        if (d < start || d > end) continue;
        const hits = p.values.filter((x) => x.from <= d && (x.to === undefined || d <= x.to));
        if (hits.length !== 1) throw new Error(`${p.id} has ${hits.length} values on ${d}`);
        expect(valueOn(p, d)).toBe(hits[0]);
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
