import { describe, expect, it } from "vitest";
import { checkParameterOrder, PARAMETER_ORDER_CODE } from "../../src/core/parameter-order.js";
import { NAV } from "../../src/nav/area.js";
import { NAV_CASELOAD_CLOSE_MAX, NAV_CASELOAD_LIMITED_OVER } from "../../src/nav/parameters.js";
import { navCaseloadSchema } from "../../src/nav/schemas.js";
import { thrown } from "../helpers/errors.js";

/** An evaluation of the NAV area with these overrides, to ask what the caller overrode. */
const evaluation = (parameters: Record<string, number> = {}) =>
  NAV.begin("test", navCaseloadSchema, { youthPerCounsellor: 1 }, { asOf: "2026-03-02", parameters }).ev;

const low = NAV_CASELOAD_CLOSE_MAX;
const high = NAV_CASELOAD_LIMITED_OVER;

describe("checkParameterOrder", () => {
  it("accepts an upper value above the lower, and an equal one unless strict", () => {
    const ev = evaluation();
    expect(() => checkParameterOrder(ev, "f", [low, 1], [high, 2])).not.toThrow();
    expect(() => checkParameterOrder(ev, "f", [low, 2], [high, 2])).not.toThrow();
    expect(() => checkParameterOrder(ev, "f", [low, 2], [high, 2], true)).toThrow();
  });

  it("puts the issue on the upper parameter when both or neither were overridden", () => {
    for (const ev of [evaluation(), evaluation({ [low.id]: 50, [high.id]: 40 })]) {
      expect(thrown(() => checkParameterOrder(ev, "navCaseload", [low, 50], [high, 40])).issues).toEqual([
        {
          path: `options.parameters.${high.id}`,
          code: PARAMETER_ORDER_CODE,
          message: `must be at least ${low.id}: the two are out of order`,
        },
      ]);
    }
  });

  it("puts the issue on the lower parameter when only it was overridden", () => {
    const ev = evaluation({ [low.id]: 120 });
    const e = thrown(() => checkParameterOrder(ev, "navCaseload", [low, 120], [high, 100], true));
    expect(e.message).toMatch(/^Invalid input to navCaseload/);
    expect(e.issues).toEqual([
      {
        path: `options.parameters.${low.id}`,
        code: PARAMETER_ORDER_CODE,
        message: `must be below ${high.id}: the two are out of order`,
      },
    ]);
  });

  it("never gives the values", () => {
    const e = thrown(() => checkParameterOrder(evaluation(), "f", [low, 987654], [high, 123456]));
    expect(e.message).not.toMatch(/987654|123456/);
  });
});
