// Vega's generated functions made once per thread (src/charts/shared-expressions.ts): each view gets
// its own function, bound to its own expression functions, and what Vega sets on one (an accessor's
// name) does not reach another. That the charts draw the same is tests/chart-shape.test.ts's.
import * as vega from "vega";
import { describe, expect, it } from "vitest";
import { sharedExpressions } from "../src/charts/shared-expressions.ts";

describe("sharedExpressions", () => {
  it("gives each view a function of its own, bound to that view's functions", () => {
    const expr = sharedExpressions(vega);
    const code = { code: "this.scale * datum.v" };
    const first = expr.parameter({ functions: { scale: 2 } }, code);
    const second = expr.parameter({ functions: { scale: 3 } }, code);
    expect(first).not.toBe(second);
    expect(first({ v: 5 })).toBe(10);
    expect(second({ v: 5 })).toBe(15);
    (first as { fname?: string }).fname = "a";
    expect((second as { fname?: string }).fname).toBeUndefined();
  });

  it("makes an encoding's function once for its runtime object, and field accessors with their path", () => {
    const expr = sharedExpressions(vega);
    const encode = { marktype: "rect", channels: { x: { code: "datum.a" } } };
    const item = () => ({ datum: { a: 7 } }) as { datum: { a: number }; x?: number };
    for (const functions of [{}, {}]) {
      const one = item();
      expect(expr.encode({ functions }, encode)(one, {})).toBe(1);
      expect(one.x).toBe(7);
    }
    const get = expr.codegen.get(["a", "b"]);
    const again = expr.codegen.get(["a", "b"]);
    expect(get).not.toBe(again);
    expect(again.path).toBe(get.path);
    expect(again({ a: { b: 4 } })).toBe(4);
  });
});
