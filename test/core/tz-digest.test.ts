import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as ungrett from "../../src/index.js";
import { otAsOf } from "../helpers/arbitraries.js";
import { TEXTS } from "../helpers/texts.js";

/*
 * The same fixed corpus is evaluated in every time-zone run of `npm test`; each run
 * writes its digest, and scripts/run-tz.mjs fails unless all digests are equal.
 */
const corpus = fc.sample(
  fc.tuple(otAsOf, fc.integer({ min: 1960, max: 2100 }), fc.boolean(), fc.boolean(), fc.boolean()),
  { numRuns: 3000, seed: 20240801 },
);

function digest(): string {
  const h = createHash("sha256");
  for (const [asOf, year, right, edu, work] of corpus) {
    const birthYear = Math.min(year, Number(asOf.slice(0, 4)));
    const d = ungrett.otTargetGroup({ birthYear, hasYouthRight: right, inEducation: edu, inWork: work }, { asOf });
    h.update(JSON.stringify(d));
    h.update(ungrett.explain(d, TEXTS.nb));
    h.update(JSON.stringify(ungrett.otYearlyContact({ contacts: [{ date: asOf, established: right }] }, { asOf })));
  }
  return h.digest("hex");
}

describe("time zones", () => {
  it("runs in the zone the runner asked for", () => {
    const want = process.env.TZ;
    if (want !== undefined && want !== "") {
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(want === "UTC" ? "UTC" : want);
    }
  });

  it("gives a digest of a fixed corpus that the runner compares across zones", () => {
    const d = digest();
    expect(d).toMatch(/^[0-9a-f]{64}$/);
    const dir = process.env.UNGRETT_TZ_DIGEST_DIR;
    if (dir !== undefined) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(`${dir}/${(process.env.TZ ?? "default").replace(/\//g, "_")}.txt`, d);
    }
  });
});
