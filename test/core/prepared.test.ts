import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { LIBRARY_VERSION } from "../../src/core/library-version.js";
import {
  FUNCTIONS,
  isUngrettInputError,
  otPrepare,
  otTargetGroup,
  otTargetGroupValidated,
  outreachPrepare,
  PreparedOptions,
  UngrettInputError,
} from "../../src/index.js";
import { thrown } from "../helpers/errors.js";

/*
 * Prepared options skip validation, so only `prepare` may make them: a constructor call,
 * an object made from the prototype and a plain object of the same shape are input
 * errors, and prepared options from the other build of the same version (ESM and
 * CommonJS) are validated again rather than trusted.
 */

const person = { birthYear: 2005, hasYouthRight: true, inEducation: false, inWork: false };
const BRAND = Symbol.for(`ungrett.prepared@${LIBRARY_VERSION}`);

describe("prepared options cannot be forged", () => {
  it("the constructor refuses every caller but prepare", () => {
    const Ctor = PreparedOptions as unknown as new (...args: unknown[]) => unknown;
    for (const args of [
      ["ot", "garbage", { id: "ot-2024", validFrom: "2024-08-01", validTo: null }, new Map()],
      [Symbol("ungrett.prepare"), { area: "ot", asOf: "garbage", version: {}, overrides: new Map() }],
      [],
    ]) {
      const e = thrown(() => new Ctor(...args));
      expect(e.issues).toEqual([
        {
          path: "options",
          code: "not_prepared",
          message: "prepared options are made by an area's prepare function (otPrepare, …), not by new",
        },
      ]);
    }
    class Sub extends PreparedOptions {}
    expect(() => new (Sub as unknown as new () => unknown)()).toThrow(UngrettInputError);
  });

  it("an object made from the prototype is refused by every function of every area", () => {
    const forged = Object.create(PreparedOptions.prototype);
    for (const f of FUNCTIONS) expect(() => f.evaluate({} as never, forged), f.name).toThrow(UngrettInputError);
    expect(() => otTargetGroupValidated(person, forged)).toThrow(UngrettInputError);
  });

  it("a forged object with fields set on the prototype's object is validated, and garbage refused", () => {
    const forged = Object.assign(Object.create(PreparedOptions.prototype), {
      area: "ot",
      asOf: "garbage",
      version: "ot-2024",
    });
    const e = thrown(() => otTargetGroup(person, forged));
    expect(e.issues.map((i) => `${i.path}:${i.code}`)).toEqual(["options.asOf:invalid_date"]);
  });

  it("a plain object of the same shape is plain options, and its extra fields are unknown", () => {
    const prepared = otPrepare({ asOf: "2026-04-15" });
    const shaped = { ...prepared, versionDef: {}, overrides: new Map() };
    const e = thrown(() => otTargetGroup(person, shaped as never));
    expect(e.issues.map((i) => `${i.path}:${i.code}`).sort()).toEqual([
      "options.area:unknown_field",
      "options.overrides:unknown_field",
      "options.versionDef:unknown_field",
    ]);
    const branded = { [BRAND]: true, area: "ot", asOf: "garbage", version: "ot-2024", parameters: undefined };
    expect(thrown(() => otTargetGroup(person, branded as never)).issues[0]?.path).toBe("options.asOf");
    const elsewhere = { [BRAND]: true, area: "Kari Nordmann", asOf: "2026-04-15" };
    const other = thrown(() => otTargetGroup(person, elsewhere as never));
    expect(other.issues[0]?.code).toBe("prepared_for_other_area");
    expect(other.message).not.toContain("Kari");
  });

  it("options marked as prepared elsewhere are read as their own fields only, whatever Object.prototype holds", () => {
    const marked = { [BRAND]: true, area: "ot", asOf: "2026-04-15" };
    const expected = otTargetGroup(person, { asOf: "2026-04-15" });
    const proto = Object.prototype as Record<string, unknown>;
    let got: unknown;
    try {
      proto.version = "ot-2006";
      proto.parameters = { "ot.upper-age": 21 };
      got = otTargetGroup(person, marked as never);
    } finally {
      delete proto.version;
      delete proto.parameters;
    }
    expect(got).toEqual(expected);
  });

  it("the validated path takes nothing but prepared options", () => {
    for (const options of [{ asOf: "2026-04-15" }, null, "2026-04-15", {}]) {
      const e = thrown(() => otTargetGroupValidated(person, options as never));
      expect(e.issues[0]).toMatchObject({ path: "options", code: "not_prepared" });
    }
    expect(thrown(() => otTargetGroupValidated(person, outreachPrepare({ asOf: "2026-04-15" }))).issues[0]?.code).toBe(
      "prepared_for_other_area",
    );
  });

  it("the validated path checks the person too: nothing unvalidated reaches the decision", () => {
    const prepared = otPrepare({ asOf: "2026-04-15" });
    expect(() => otTargetGroupValidated({ ...person, inWork: 10n } as never, prepared)).toThrow(UngrettInputError);
    expect(() => otTargetGroupValidated({ ...person, birthYear: 2030 }, prepared)).toThrow(UngrettInputError);
    expect(otTargetGroupValidated(person, prepared)).toEqual(otTargetGroup(person, { asOf: "2026-04-15" }));
  });

  it("prepared options are frozen and keep what they stand for out of reach", () => {
    const prepared = otPrepare({ asOf: "2026-04-15", parameters: { "ot.upper-age": 21 } });
    expect(Object.isFrozen(prepared)).toBe(true);
    expect(Object.isFrozen(prepared.parameters)).toBe(true);
    expect(Object.keys(prepared).sort()).toEqual(["area", "asOf", "parameters", "version"]);
    expect(Reflect.ownKeys(prepared).sort()).toEqual(["area", "asOf", "parameters", "version"]);
    expect(() => {
      (prepared as { asOf: string }).asOf = "garbage";
    }).toThrow(TypeError);
    expect(otTargetGroup(person, prepared).asOf).toBe("2026-04-15");
    expect((prepared as unknown as Record<symbol, unknown>)[BRAND]).toBe(true);
  });
});

/*
 * The builds as npm publishes them: the ESM build (dist/esm/) and the CommonJS one
 * (dist/*.cjs) are two copies of the library. Needs `npm run build` first; npm test builds
 * before it runs, and in CI the build must be there.
 */
const root = join(import.meta.dirname, "../..");
const haveBuild = existsSync(join(root, "dist/esm/ot/index.js")) && existsSync(join(root, "dist/ot.cjs"));
const required = process.env.CI !== undefined && process.env.CI !== "";

describe("prepared options across the ESM and CommonJS builds", () => {
  it("has the build available (required in CI)", () => {
    if (required) expect(haveBuild, "dist/ missing: run npm run build").toBe(true);
  });

  it.runIf(haveBuild)("options prepared by one build are accepted by the other, validated again", async () => {
    type Ot = typeof import("../../src/ot/index.js");
    const esm = (await import(pathToFileURL(join(root, "dist/esm/ot/index.js")).href)) as Ot;
    const cjs = createRequire(import.meta.url)(join(root, "dist/ot.cjs")) as Ot;
    const options = { asOf: "2026-04-15", parameters: { "ot.upper-age": 21 } };
    const expected = cjs.otTargetGroup(person, options);
    const fromEsm = esm.otPrepare(options);
    expect(fromEsm).not.toBeInstanceOf(cjs.PreparedOptions);
    expect(cjs.otTargetGroup(person, fromEsm)).toEqual(expected);
    expect(cjs.otTargetGroupValidated(person, fromEsm)).toEqual(expected);
    const fromCjs = cjs.otPrepare(options);
    expect(esm.otTargetGroup(person, fromCjs)).toEqual(esm.otTargetGroup(person, options));
    // A forgery made with the other build's prototype is validated, not trusted.
    const forged = Object.assign(Object.create(esm.PreparedOptions.prototype), { area: "ot", asOf: "garbage" });
    let error: unknown;
    try {
      cjs.otTargetGroup(person, forged);
    } catch (e) {
      error = e;
    }
    expect(isUngrettInputError(error)).toBe(true);
    expect((error as UngrettInputError).issues[0]?.path).toBe("options.asOf");
  });
});
