import { describe, expect, it } from "vitest";
import { conditionWords, LANGS, outcomeWords, TEXTS } from "../../docs/tools/site/render.js";
import { isExpectedError } from "../../src/conformance/compare.js";
import { VECTORS } from "../../src/conformance/index.js";
import { explain, FUNCTIONS } from "../../src/index.js";

/*
 * The rule explorer's result in words (app.ts): the outcome as the explanation says it,
 * and each reason's condition as a statement, for every vector's decision in nb, nn, en.
 */

const decisions = VECTORS.filter((v) => !isExpectedError(v.expected)).map((v) => {
  const fn = FUNCTIONS.find((f) => f.name === v.function);
  if (!fn) throw new Error(v.function);
  return {
    id: v.id,
    d: fn.evaluate(v.input as never, { asOf: v.asOf, version: v.version, parameters: v.parameters } as never),
  };
});

describe("the rule explorer's result in words", () => {
  it("says every vector's outcome in words in each language: the explanation's, after the rule's title", () => {
    expect(decisions.length).toBeGreaterThan(500);
    const bad: string[] = [];
    for (const { id, d } of decisions)
      for (const l of LANGS) {
        const e = explain(d, TEXTS[l]);
        const words = outcomeWords(l, e, d.rule);
        // Right after "<title> (<rule>): ", as the explanation has them, but for the first letter's case.
        const marker = `(${d.rule}): `;
        const at = e.indexOf(marker) + marker.length;
        const said = e.slice(at, at + words.length);
        const next = e.slice(at + words.length);
        if (
          words === "" ||
          said.slice(1) !== words.slice(1) ||
          said.charAt(0).toUpperCase() !== words.charAt(0) ||
          !(next === "" || next.startsWith(`\n${TEXTS[l].core.headings.asOf} `)) ||
          e.indexOf(marker) !== (e.split("\n")[0] ?? "").indexOf(marker)
        )
          bad.push(`${id} (${l}): ${words}`);
      }
    expect(bad).toEqual([]);
  });

  it("says the outcome differently in each language", () => {
    const { d } = decisions.find((x) => x.d.rule === "ot.target-group" && x.d.outcome === "in-target-group") ?? {};
    if (!d) throw new Error("no vector in the target group");
    const said = LANGS.map((l) => outcomeWords(l, explain(d, TEXTS[l]), d.rule));
    expect(said).toEqual([
      "I målgruppen for oppfølgingstjenesten.",
      "I målgruppa for oppfølgingstenesta.",
      expect.stringMatching(/^[A-Z]/),
    ]);
    expect(new Set(said).size).toBe(3);
  });

  it("has a statement for every reason's condition in each language", () => {
    const missing = new Set<string>();
    for (const { d } of decisions)
      for (const r of d.reasons)
        for (const l of LANGS)
          if (!conditionWords(l, r.rule, r.condition)?.trim()) missing.add(`${r.rule}/${r.condition} (${l})`);
    expect([...missing]).toEqual([]);
  });

  it("finds no statement for a condition the texts do not know", () => {
    expect(conditionWords("nb", "ot.target-group", "toString")).toBeUndefined();
    expect(conditionWords("nb", "nowhere.rule", "x")).toBeUndefined();
    expect(outcomeWords("nb", "no explanation", "ot.target-group")).toBe("");
  });
});
