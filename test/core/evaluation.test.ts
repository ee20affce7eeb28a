import { describe, expect, it } from "vitest";
import { isExpectedError, optionsOf, VECTORS } from "../../src/conformance/index.js";
import { PreparedOptions } from "../../src/core/evaluation.js";
import { type FunctionEntry, findFunction } from "../../src/functions.js";
import { otCoverageEnd, otNotifyOnDropout, otPrepare, otTargetGroup } from "../../src/ot/index.js";
import { issuesOf } from "../helpers/errors.js";

const idle = { hasYouthRight: true, inEducation: false, inWork: false } as const;

const pathsOf = (f: () => unknown): string[] => [...new Set(issuesOf(f).map((i) => i.path))].sort();

const entry = (name: string): FunctionEntry => {
  const e = findFunction(name);
  if (e === undefined) throw new Error(`no function ${name}`);
  return e;
};

/** The vectors that expect a decision, not an input error. */
const decisions = VECTORS.filter((v) => !isExpectedError(v.expected));

describe("prepared options in place of { asOf, … }", () => {
  const errors = VECTORS.filter((v) => isExpectedError(v.expected));

  it.each(decisions.map((v) => [v.id, v] as const))("%s: gives the same decision", (_id, v) => {
    const fn = entry(v.function);
    const prepared = fn.prepare(optionsOf(v));
    expect(prepared).toBeInstanceOf(PreparedOptions);
    expect(prepared.area).toBe(fn.area);
    expect(fn.evaluate(v.input as never, prepared)).toEqual(fn.evaluate(v.input as never, optionsOf(v)));
  });

  it.each(errors.map((v) => [v.id, v] as const))("%s: names the same bad fields", (_id, v) => {
    const fn = entry(v.function);
    const expected = isExpectedError(v.expected) ? v.expected.error.paths : [];
    const optionPaths = [...new Set(expected.filter((p) => p.startsWith("options")))].sort();
    if (optionPaths.length > 0) {
      // Bad options are reported once, when they are prepared, under the function's name.
      expect(() => fn.prepare(optionsOf(v))).toThrow(`Invalid input to ${v.function}`);
      expect(pathsOf(() => fn.prepare(optionsOf(v)))).toEqual(optionPaths);
    } else {
      const prepared = fn.prepare(optionsOf(v));
      expect(pathsOf(() => fn.evaluate(v.input as never, prepared))).toEqual([...new Set(expected)].sort());
    }
  });

  it("reports the schema's issues and the date cross-check together, once per field", () => {
    const person = { birthYear: 1899, birthDate: "2030-01-01", inwork: true } as never;
    const asOf = "2025-01-01";
    const viaPrepared = issuesOf(() => otTargetGroup(person, otPrepare({ asOf })));
    expect(viaPrepared).toEqual(issuesOf(() => otTargetGroup(person, { asOf })));
    expect(viaPrepared.map((i) => `${i.path}:${i.code}`).sort()).toEqual([
      "birthDate:after_as_of",
      "birthYear:too_small",
      "inwork:unknown_field",
    ]);
  });

  it("checks dated facts against the prepared asOf", () => {
    const prepared = otPrepare({ asOf: "2025-01-01" });
    expect(issuesOf(() => otNotifyOnDropout({ quitDate: "2025-02-01" }, prepared))).toEqual([
      {
        path: "quitDate",
        code: "after_as_of",
        message: "is after asOf: the library does not judge the future",
      },
    ]);
    expect(otNotifyOnDropout({ quitDate: "2025-01-01" }, prepared).outcome).toBe("pending");
  });

  it("does not accept options prepared for another area", () => {
    const consent = entry("consentToShare").prepare({ asOf: "2025-01-01" });
    expect(consent.area).toBe("consent");
    const issues = issuesOf(() => otTargetGroup({ birthYear: 2005, ...idle }, consent));
    expect(issues).toEqual([
      {
        path: "options",
        code: "prepared_for_other_area",
        message:
          "were prepared for the consent rules, not the ot rules: prepare them with this area's prepare function",
      },
    ]);
  });

  it("carries the version applied and the overrides, and cannot be changed", () => {
    const plain = otPrepare({ asOf: "2024-07-31" });
    expect([plain.asOf, plain.version, plain.parameters]).toEqual(["2024-07-31", "ot-2006", undefined]);
    const pinned = otPrepare({ asOf: "2026-04-15", version: "ot-2006", parameters: { "ot.upper-age": 22 } });
    expect(pinned.version).toBe("ot-2006");
    expect(pinned.parameters).toEqual({ "ot.upper-age": 22 });
    expect(Object.isFrozen(pinned)).toBe(true);
    expect(Object.isFrozen(pinned.parameters)).toBe(true);
    expect(() => {
      (pinned as { asOf: string }).asOf = "2030-01-01";
    }).toThrow(TypeError);
  });

  it("applies prepared overrides to every call, recorded as overridden", () => {
    const prepared = otPrepare({ asOf: "2026-04-15", parameters: { "ot.upper-age": 21 } });
    const d = otCoverageEnd({ birthYear: 2005 }, prepared);
    expect(d.outcome).toBe("2026-12-31");
    expect(d.parameters).toEqual([{ id: "ot.upper-age", value: 21, from: null, to: null, overridden: true }]);
    expect(otCoverageEnd({ birthYear: 2005 }, { asOf: "2026-04-15" }).outcome).toBe("2029-12-31");
  });

  it("rejects bad options when preparing, naming every bad field and the caller", () => {
    expect(() => otPrepare({ asOf: "2025-02-30", version: "ot-1998" })).toThrow(/^Invalid input to otPrepare: /);
    expect(pathsOf(() => otPrepare({ asOf: "2025-02-30", version: "ot-1998", extra: 1 } as never))).toEqual([
      "options.asOf",
      "options.extra",
      "options.version",
    ]);
    expect(pathsOf(() => entry("navCaseload").prepare(null as never))).toEqual(["options"]);
  });
});

describe("versions and asOf", () => {
  it("rejects an asOf before every version even when a version is pinned", () => {
    const issues = issuesOf(() =>
      otTargetGroup({ birthYear: 1990, ...idle }, { asOf: "2006-07-31", version: "ot-2006" }),
    );
    expect(issues).toEqual([
      {
        path: "options.asOf",
        code: "no_version_in_force",
        message: "is before every version of the ot rules (the earliest starts 2006-08-01)",
      },
    ]);
  });

  it("lets a pinned version answer after its end, reading its parameters on its last day in force", () => {
    const d = otCoverageEnd({ birthYear: 2003 }, { asOf: "2099-01-01", version: "ot-2006" });
    expect(d.version).toEqual({ id: "ot-2006", validFrom: "2006-08-01", validTo: "2024-07-31" });
    expect(d.outcome).toBe("2024-12-31");
    expect(d.parameters).toEqual([
      {
        id: "ot.upper-age",
        value: 21,
        from: "2006-08-01",
        to: "2024-07-31",
        overridden: false,
      },
    ]);
  });
});

describe("parameter overrides", () => {
  it("rejects parameters that are not an object of values", () => {
    const [issue] = issuesOf(() => otTargetGroup({}, { asOf: "2025-01-01", parameters: "ot.upper-age=21" } as never));
    expect(issue?.path).toBe("options.parameters");
    expect(issue?.code).toBe("invalid_type");
    expect(issue?.message).toBe("must be an object, got a string of 15 characters");
  });

  it("names every unknown parameter with the known ones, and every bad value by its path", () => {
    const issues = issuesOf(() =>
      otTargetGroup(
        {},
        {
          asOf: "2025-01-01",
          parameters: { "ot.upper-age": 20.5, "nav.caseload": 10 },
        },
      ),
    );
    expect(issues).toEqual([
      {
        path: "options.parameters.ot.upper-age",
        code: "invalid_type",
        message: "must be a whole number, got a number with a fractional part",
      },
      {
        path: "options.parameters.nav.caseload",
        code: "unknown_parameter",
        message:
          "is not a parameter of the ot rules (known: ot.upper-age, ot.notify-max-days, ot.lost-right-grounds, core.school-year-start, ot.guardian-information-age, ot.own-education-age, ot.guardian-collision, ot.each-school-year, ot.follow-up-after)",
      },
    ]);
  });

  it("overrides only the call it is given to", () => {
    const person = { birthYear: 2003, ...idle };
    expect(otTargetGroup(person, { asOf: "2025-06-01", parameters: { "ot.upper-age": 21 } }).outcome).toBe(
      "not-in-target-group",
    );
    expect(otTargetGroup(person, { asOf: "2025-06-01" }).outcome).toBe("in-target-group");
  });
});

describe("the parameters a decision lists", () => {
  it("lists each parameter read once, however often the rule read it (the consent rules read some twice)", () => {
    for (const v of decisions) {
      const ids = entry(v.function)
        .evaluate(v.input as never, optionsOf(v))
        .parameters.map((p) => p.id);
      expect(new Set(ids).size, v.id).toBe(ids.length);
    }
  });
});
