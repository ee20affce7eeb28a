import { describe, expect, it } from "vitest";
import { isExpectedError, optionsOf } from "../../src/conformance/compare.js";
import { VECTORS } from "../../src/conformance/index.js";
import type { Decision } from "../../src/core/decision.js";
import { explain, findFunction } from "../../src/index.js";
import { TEXTS } from "../helpers/texts.js";

const AREAS = ["ot", "consent", "outreach", "nav"] as const;

/** The conditions (`rule/condition`) that an area's messages word, from their keys. */
const conditionsOf = (keys: readonly string[]): string[] => [
  ...new Set(keys.map((k) => k.split("/")).flatMap(([r, c]) => (c === "outcome" ? [] : [`${r}/${c}`]))),
];

describe("a reason's label and its sentence never contradict each other", () => {
  it("states every condition of every area in every language (docs/conditions.md lists them for review)", () => {
    for (const t of Object.values(TEXTS)) {
      for (const a of AREAS) {
        const area = t[a];
        if (area === undefined) throw new Error(`${t.locale} has no ${a}`);
        const wanted = conditionsOf(Object.keys(area.messages)).sort();
        expect(Object.keys(area.conditions).sort(), `${t.locale} ${a}`).toEqual(wanted);
        for (const [k, s] of Object.entries(area.conditions as Record<string, string>))
          expect(s.length, `${t.locale} ${k}`).toBeGreaterThan(2);
      }
    }
    expect(conditionsOf(Object.keys(TEXTS.nb.ot?.messages ?? {})).length).toBeGreaterThan(10);
  });

  it("begins every reason that is not met, in every vector and language, with the condition it denies", () => {
    let checked = 0;
    for (const v of VECTORS) {
      if (isExpectedError(v.expected)) continue;
      const f = findFunction(v.function);
      if (f === undefined) continue;
      const d = f.evaluate(v.input as never, optionsOf(v) as never) as Decision;
      for (const t of Object.values(TEXTS)) {
        const lines = explain(d, t)
          .split("\n")
          .filter((l) => l.startsWith("- "));
        d.reasons.forEach((r, i) => {
          if (r.status !== "fails") return;
          const area = t[r.rule.split(".")[0] as (typeof AREAS)[number]];
          const statement = (area?.conditions as Record<string, string> | undefined)?.[`${r.rule}/${r.condition}`];
          expect(statement, `${r.rule}/${r.condition} ${t.locale}`).toBeDefined();
          expect(lines[i], `${r.rule}/${r.condition} ${t.locale}`).toMatch(
            new RegExp(
              `^- ${t.core.headings.status.fails}: ${statement?.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} – \\S`,
            ),
          );
          checked++;
        });
      }
    }
    expect(checked).toBeGreaterThan(300);
  });
});
