import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { optionsOf, VECTORS } from "../src/conformance/index.js";
import { FUNCTIONS } from "../src/index.js";
import { nearVectors } from "./helpers/arbitraries.js";

/*
 * Decisions are independent: a host that edits (redacts, annotates) a decision it was
 * given must not change any later decision. Whatever a decision shares with the
 * library's own data (rules, sources, parameter values, versions) is frozen; everything
 * else is its own. Each vector's decision is edited in every way at every level, and the
 * next decision must be exactly what it was before.
 */

/** Every object and array in a value, the value first. */
function nodes(v: unknown, out: object[] = []): object[] {
  if (typeof v === "object" && v !== null) {
    out.push(v);
    for (const x of Object.values(v)) nodes(x, out);
  }
  return out;
}

/** Tries every kind of edit on every object and array of `v`; edits that frozen data refuses are skipped. */
function editEverything(v: unknown): number {
  let done = 0;
  const attempt = (f: () => void) => {
    try {
      f();
      done++;
    } catch (e) {
      // Frozen: strict mode refuses the write with a TypeError, which is what freezing is for.
      if (!(e instanceof TypeError)) throw e;
    }
  };
  for (const node of nodes(v)) {
    if (Array.isArray(node)) {
      attempt(() => node.push("edited"));
      attempt(() => {
        node[0] = "edited";
      });
      attempt(() => node.reverse());
      attempt(() => node.splice(0, 1));
    } else {
      const o = node as Record<string, unknown>;
      for (const k of Object.keys(o)) {
        attempt(() => {
          o[k] = "edited";
        });
      }
      attempt(() => {
        o.added = "edited";
      });
      for (const k of Object.keys(o)) attempt(() => delete o[k]);
    }
  }
  return done;
}

const byFunction = FUNCTIONS.map((f) => {
  const vectors = VECTORS.filter((v) => v.function === f.name && !("error" in v.expected));
  return [f.name, f, vectors] as const;
});

describe.each(byFunction)("decisions of %s are independent", (name, f, vectors) => {
  it(`${name}: editing a decision in every way leaves the next decision as it was, with plain and prepared options`, () => {
    expect(vectors.length).toBeGreaterThan(0);
    for (const v of vectors) {
      const options = optionsOf(v);
      const prepared = f.prepare(options);
      for (const opts of [options, prepared]) {
        const before = JSON.stringify(f.evaluate(v.input as never, opts));
        const edited = editEverything(f.evaluate(v.input as never, opts));
        // The decision's own parts can be edited: freezing is for what it shares.
        expect(edited, v.id).toBeGreaterThan(0);
        expect(JSON.stringify(f.evaluate(v.input as never, opts)), v.id).toBe(before);
      }
    }
  });

  it(`${name}: the same holds for inputs near the vectors`, () => {
    fc.assert(
      fc.property(nearVectors(name), fc.constantFrom(...vectors.map(optionsOf)), (input, options) => {
        let before: string;
        try {
          before = JSON.stringify(f.evaluate(input as never, options));
        } catch {
          return; // an input error: no decision to edit
        }
        editEverything(f.evaluate(input as never, options));
        expect(JSON.stringify(f.evaluate(input as never, options))).toBe(before);
      }),
      { numRuns: 60 },
    );
  });
});
