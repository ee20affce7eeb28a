import { describe, expect, it } from "vitest";
import { explain, outreachPrevalence } from "../../src/outreach/index.js";
import { pathsOf } from "../helpers/errors.js";
import { TEXTS } from "../helpers/texts.js";

const asOf = "2026-01-01";

describe("outreach.prevalence: the seed's figures", () => {
  it("10,000 inhabitants: about 100 very vulnerable young people aged 13–23", () => {
    const d = outreachPrevalence({ population: 10_000 }, { asOf });
    expect(d.outcome).toEqual({ estimate: 100, low: 100, high: 133 });
    expect(d.details.basis).toBe("population");
    expect(d.details.fromCohort).toBeNull();
  });

  it("30,000 inhabitants: about 300 (300–400)", () => {
    expect(outreachPrevalence({ population: 30_000 }, { asOf }).outcome).toEqual({
      estimate: 300,
      low: 300,
      high: 400,
    });
  });

  it("the cohort: half of 15–20 % of those aged 13–23", () => {
    const d = outreachPrevalence({ cohort13to23: 1_000 }, { asOf });
    expect(d.outcome).toEqual({ estimate: 75, low: 75, high: 100 });
    expect(d.details.basis).toBe("cohort");
    expect(d.details.fromPopulation).toBeNull();
  });

  it("Norway as the seed counts it: 15 % of about 640,000 aged 13–23 is about 96,000, half very vulnerable", () => {
    expect(outreachPrevalence({ cohort13to23: 640_000 }, { asOf }).outcome.estimate).toBe(48_000);
  });

  it("prefers the cohort when both are given, and reports both", () => {
    const d = outreachPrevalence({ population: 30_000, cohort13to23: 3_000 }, { asOf });
    expect(d.outcome).toEqual({ estimate: 225, low: 225, high: 300 });
    expect(d.details.fromPopulation).toEqual({ estimate: 300, low: 300, high: 400 });
    expect(d.reasons.map((r) => r.condition)).toEqual(["from-population", "from-cohort"]);
    expect(d.reasons.every((r) => r.strength === "estimate")).toBe(true);
  });

  it("rounds to whole persons", () => {
    expect(outreachPrevalence({ population: 4_567 }, { asOf }).outcome).toEqual({ estimate: 46, low: 46, high: 61 });
    expect(outreachPrevalence({ cohort13to23: 7 }, { asOf }).outcome).toEqual({ estimate: 1, low: 1, high: 1 });
    expect(outreachPrevalence({ cohort13to23: 0 }, { asOf }).outcome).toEqual({ estimate: 0, low: 0, high: 0 });
  });
});

describe("outreach.prevalence: parameters", () => {
  it("every number is a parameter with strength estimate, recorded in the decision", () => {
    const d = outreachPrevalence({ population: 10_000, cohort13to23: 1_500 }, { asOf });
    expect(d.parameters.map((p) => [p.id, p.value])).toEqual([
      ["outreach.risk-share-low", 0.15],
      ["outreach.risk-share-high", 0.2],
      ["outreach.very-vulnerable-fraction", 0.5],
      ["outreach.prevalence-per-10000", 100],
    ]);
  });

  it("gives a point estimate when both shares are equal", () => {
    const opts = { asOf, parameters: { "outreach.risk-share-high": 0.15 } };
    expect(outreachPrevalence({ population: 30_000 }, opts).outcome).toEqual({ estimate: 300, low: 300, high: 300 });
  });

  it("takes a local figure per 10,000", () => {
    const opts = { asOf, parameters: { "outreach.prevalence-per-10000": 80 } };
    expect(outreachPrevalence({ population: 30_000 }, opts).outcome.estimate).toBe(240);
  });
});

describe("outreach.prevalence: the facts of each estimate", () => {
  it("records the population and the per-10,000 rate behind the estimate", () => {
    const r = outreachPrevalence({ population: 10_000 }, { asOf }).reasons.find(
      (x) => x.condition === "from-population",
    );
    // «cirka 100 unge» per 10,000 inhabitants
    expect(r?.facts).toMatchObject({ population: 10_000, per10000: 100, estimate: 100, low: 100 });
  });

  it("records the cohort behind the cohort estimate", () => {
    const r = outreachPrevalence({ cohort13to23: 1_000 }, { asOf }).reasons.find((x) => x.condition === "from-cohort");
    expect(r?.facts).toMatchObject({ cohort13to23: 1_000 });
    expect(typeof r?.facts.shareLow).toBe("number");
  });
});

describe("outreach.prevalence: a low risk share of zero", () => {
  it("still gives a plain-JSON decision with finite estimates", () => {
    const d = outreachPrevalence({ population: 10_000 }, { asOf, parameters: { "outreach.risk-share-low": 0 } });
    const r = d.reasons.find((x) => x.condition === "from-population");
    expect(Number.isFinite(r?.facts.high)).toBe(true);
    expect(Number.isFinite(r?.facts.estimate)).toBe(true);
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });
});

describe("outreach.prevalence: bad input", () => {
  it("needs a population or a cohort", () => {
    expect(pathsOf(() => outreachPrevalence({}, { asOf }))).toEqual(["population:required"]);
  });

  it("rejects a cohort larger than the population", () => {
    expect(pathsOf(() => outreachPrevalence({ population: 1_000, cohort13to23: 1_001 }, { asOf }))).toEqual([
      "cohort13to23:above_population",
    ]);
  });

  it("rejects negative, NaN and fractional numbers", () => {
    expect(pathsOf(() => outreachPrevalence({ population: -5 }, { asOf }))).toEqual(["population:too_small"]);
    expect(pathsOf(() => outreachPrevalence({ population: Number.NaN }, { asOf }))).toEqual([
      "population:invalid_type",
    ]);
    expect(pathsOf(() => outreachPrevalence({ cohort13to23: -1 }, { asOf }))).toEqual(["cohort13to23:too_small"]);
    expect(pathsOf(() => outreachPrevalence({ cohort13to23: 2.5 }, { asOf }))).toEqual(["cohort13to23:invalid_type"]);
  });

  it("rejects shares out of order", () => {
    const opts = { asOf, parameters: { "outreach.risk-share-low": 0.3, "outreach.risk-share-high": 0.2 } };
    expect(pathsOf(() => outreachPrevalence({ population: 1_000 }, opts))).toEqual([
      "options.parameters.outreach.risk-share-high:parameters_out_of_order",
    ]);
    expect(
      pathsOf(() =>
        outreachPrevalence({ population: 1_000 }, { asOf, parameters: { "outreach.risk-share-low": 1.5 } }),
      ),
    ).toEqual(["options.parameters.outreach.risk-share-low:too_big"]);
  });
});

describe("outreach.prevalence: explanations", () => {
  it("says it is an estimate", () => {
    const d = outreachPrevalence({ population: 30_000 }, { asOf });
    expect(explain(d, TEXTS.nb)).toContain("om lag 300 svært sårbare unge 13–23 år (spenn 300–400)");
    expect(explain(d, TEXTS.nb)).toContain("et anslag for planlegging, ikke et lovkrav");
    expect(explain(d, TEXTS.nn)).toContain("eit overslag for planlegging");
    expect(explain(d, TEXTS.en)).toContain("[estimate;");
  });
});
