// Vega's expression code generator with each generated function made once per thread. A view makes a
// JavaScript function (`Function(...)`) of every expression, encoding and field accessor of its
// dataflow; the charts of one shape (./spec-shape.ts) have the same ones, and each fresh view made
// and compiled them again. The functions are the ones Vega's own generator makes, each bound to the
// view's own expression functions as Vega binds them, so a chart draws the same.
// (Measured at 80 förbund: the `Function` calls and the code strings were about a tenth of drawing.)
type Generated = ((...args: unknown[]) => unknown) & { path?: string };
interface Context {
  functions?: object;
}
interface Codegen {
  operator(ctx: Context | undefined, expr: { code: string }): Generated;
  parameter(ctx: Context | undefined, expr: { code: string }): Generated;
  event(ctx: Context | undefined, expr: { code: string }): Generated;
  handler(ctx: Context | undefined, expr: { code: string }): Generated;
  encode(ctx: Context | undefined, encode: object): Generated;
  codegen: { get(path: string[]): Generated; comparator(fields: unknown[], orders: unknown[]): Generated };
}

/** Vega's default generator, as vega-runtime's context holds it when a view gives none. */
function defaultCodegen(vega: typeof import("vega")): Codegen {
  const runtimeContext = (vega as unknown as { runtimeContext: (df: unknown, transforms: object) => { expr: Codegen } }).runtimeContext;
  return runtimeContext({ events: () => undefined }, {}).expr;
}

export function sharedExpressions(vega: typeof import("vega")): Codegen {
  const base = defaultCodegen(vega);
  const byCode = new Map<string, Generated>();
  // An encoding's code is made from its channels: the runtime spec's object, the same for every view of a shape.
  const byEncode = new WeakMap<object, Generated>();
  // Each view gets a function of its own, bound to its own functions: Vega sets properties on what
  // it is given (an accessor's fields and name), which must not pass from one view to another.
  const once = (key: string, make: () => Generated) => {
    let fn = byCode.get(key);
    if (fn === undefined) {
      fn = make();
      byCode.set(key, fn);
    }
    return fn;
  };
  const expression =
    (kind: "operator" | "parameter" | "event" | "handler") =>
    (ctx: Context | undefined, expr: { code: string }): Generated =>
      ctx?.functions ? (once(`${kind}\u0000${expr.code}`, () => base[kind](undefined, expr)).bind(ctx.functions) as Generated) : base[kind](ctx, expr);
  return {
    operator: expression("operator"),
    parameter: expression("parameter"),
    event: expression("event"),
    handler: expression("handler"),
    encode(ctx, encode) {
      if (!ctx?.functions) return base.encode(ctx, encode);
      let fn = byEncode.get(encode);
      if (fn === undefined) {
        fn = base.encode(undefined, encode);
        byEncode.set(encode, fn);
      }
      return fn.bind(ctx.functions) as Generated;
    },
    codegen: {
      // An accessor uses no `this`; Vega reads its `path`, the same for the same path.
      get(path) {
        const fn = once(`get\u0000${JSON.stringify(path)}`, () => base.codegen.get(path));
        return Object.assign(fn.bind(undefined) as Generated, { path: fn.path });
      },
      comparator: (fields, orders) => base.codegen.comparator(fields, orders),
    },
  };
}
