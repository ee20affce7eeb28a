import { describe, expect, it } from "vitest";
import type { AreaMessages, Msg } from "../../src/core/explain.js";
import { formatter } from "../../src/core/format.js";
import { withMessageAliases } from "../../src/core/message-aliases.js";

const say =
  (word: string): Msg =>
  (x) =>
    `${word} ${String(x.n)}`;

const AREA: AreaMessages<"r/outcome/old"> = {
  area: "test",
  catalogues: {
    nb: { "r/outcome/old": say("nb") },
    nn: { "r/outcome/old": say("nn") },
    en: { "r/outcome/old": say("en") },
  },
  facts: {},
  rules: [],
  versions: [],
  parameters: [],
};

describe("withMessageAliases", () => {
  it("words a new key by an existing key's message in every locale, leaving the original as it was", () => {
    const aliased = withMessageAliases(AREA, { "r/outcome/new": { from: "r/outcome/old" } });
    const f = formatter("en");
    expect(aliased.catalogues.nb["r/outcome/new"]({ n: 1 }, f)).toBe("nb 1");
    expect(aliased.catalogues.nn["r/outcome/new"]({ n: 2 }, f)).toBe("nn 2");
    expect(aliased.catalogues.en["r/outcome/old"]({ n: 3 }, f)).toBe("en 3");
    expect(Object.keys(AREA.catalogues.en)).toEqual(["r/outcome/old"]);
    expect(Object.isFrozen(aliased.catalogues.en)).toBe(true);
  });

  it("gives the message the facts renamed back", () => {
    const aliased = withMessageAliases(AREA, {
      "r/outcome/old": { from: "r/outcome/old", facts: (x) => ({ n: x.m ?? null }) },
    });
    expect(aliased.catalogues.en["r/outcome/old"]({ m: 7 }, formatter("en"))).toBe("en 7");
  });
});
