// A worker of the chart pool (./pool.ts): draws each spec it is sent with the same function the
// build uses in its own thread (./render.ts), one at a time, and answers each with the SVG or the error.
import { parentPort } from "node:worker_threads";
import type { TopLevelSpec } from "vega-lite";
import { writeCachedSvg } from "./cache.ts";
import { renderChartSvg } from "./render.ts";

export interface RenderRequest {
  id: number;
  spec: TopLevelSpec;
  /** Where to store the SVG in the chart cache (./cache.ts), written here so that the build's own thread need not. */
  cache?: { dir: string; key: string };
}

export type RenderResponse = { id: number; svg: string } | { id: number; error: string };

// The pool sends several specs ahead (./pool.ts IN_FLIGHT): they are drawn one after another.
let drawing: Promise<void> = Promise.resolve();

parentPort?.on("message", ({ id, spec, cache }: RenderRequest) => {
  drawing = drawing.then(async () => {
    let response: RenderResponse;
    try {
      const svg = await renderChartSvg(spec);
      if (cache) writeCachedSvg(cache.dir, cache.key, svg);
      response = { id, svg };
    } catch (error) {
      response = { id, error: error instanceof Error ? error.message : String(error) };
    }
    parentPort!.postMessage(response);
  });
});
