// How a build draws its charts: each variant (wide, phone) from the cache when it is there
// (./cache.ts), else drawn — in a pool of worker threads (./pool.ts) when there are enough to pay
// for starting them, else here. The documents ask for their charts one by one as the model is
// built, one förbund after another; requests are gathered until there are enough for the pool or
// the build has stopped asking, so the pool is started once, only when needed, and starts drawing
// while the rest of the data is still being read. Whichever way a chart is drawn, the SVG is the same.
import { availableParallelism } from "node:os";
import type { TopLevelSpec } from "vega-lite";
import { CHART_CACHE_DIR, chartKey, pruneChartCache, readCachedSvg, removeStaleChartTemporaries, touchCachedSvg, writeCachedSvg } from "./cache.ts";
import type { ChartDefinition, RenderedChart } from "./chart.ts";
import { ChartPool } from "./pool.ts";
import { accessible, renderChartSvg, variantSpec } from "./render.ts";

/**
 * Fewer variants than this to draw are drawn in this thread: a worker takes about as long to start
 * (tsx, Vega and Vega-Lite loaded) as this thread takes to draw a few dozen.
 */
export const POOL_THRESHOLD = 48;

export interface ChartRendererOptions {
  /** The cache folder, or false for none (a --no-cache build). Default .cache/charts/. */
  cacheDir?: string | false;
  /**
   * Worker threads to draw with; 1 or fewer draws every chart in this thread. Given, the pool is used
   * for any number of charts; by default there is one per core, used from POOL_THRESHOLD charts.
   */
  workers?: number;
}

export interface ChartCounts {
  /** Variants drawn in this build. */
  rendered: number;
  /** Variants taken from the cache. */
  cached: number;
}

export interface ChartRenderer {
  render(chart: ChartDefinition): Promise<RenderedChart>;
  readonly counts: ChartCounts;
  /** Stops the workers, if any were started. Always call it (finally). */
  close(): Promise<void>;
}

interface Pending {
  spec: TopLevelSpec;
  key: string | undefined;
  resolve: (svg: string) => void;
  reject: (error: unknown) => void;
}

/** An error of a chart's drawing, named by its title (and which variant), the cause kept. */
function chartError(chart: ChartDefinition, variant: "wide" | "phone", error: unknown): Error {
  const what = variant === "phone" ? `Diagrammet "${chart.title}" (mobilversionen)` : `Diagrammet "${chart.title}"`;
  return new Error(`${what} kunde inte ritas: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
}

export function chartRenderer(options: ChartRendererOptions = {}): ChartRenderer {
  const cacheDir = options.cacheDir === undefined ? CHART_CACHE_DIR : options.cacheDir;
  // What a killed build left half-written goes before this one writes its own, and what no build
  // has used for 30 days (a used entry's time is made new when it is read).
  if (cacheDir) {
    removeStaleChartTemporaries(cacheDir);
    pruneChartCache(cacheDir);
  }
  // FINSAM_CHART_WORKERS=1: every chart in this thread (a machine whose cores are busy with other work).
  const workers = options.workers ?? (Number(process.env.FINSAM_CHART_WORKERS) || availableParallelism());
  const threshold = options.workers === undefined ? POOL_THRESHOLD : 1;
  const counts: ChartCounts = { rendered: 0, cached: 0 };
  let pool: ChartPool | undefined;
  let pending: Pending[] = [];
  let scheduled = false;
  let closed = false;

  // Drawn in a worker, the SVG is stored in the cache there; drawn here, here.
  const draw = async (spec: TopLevelSpec, key: string | undefined) => {
    const cache = key && cacheDir ? { dir: cacheDir, key } : undefined;
    if (pool) return pool.render(spec, cache);
    const svg = await renderChartSvg(spec);
    if (cache) writeCachedSvg(cache.dir, cache.key, svg);
    return svg;
  };

  // Requests waiting for the pool to pay: how many there were when flush() last looked.
  let heldBefore = 0;

  function flush(): void {
    scheduled = false;
    if (closed) {
      // The build stopped before these were drawn (a data error elsewhere): no pool is started for them.
      for (const item of pending.splice(0)) item.reject(new Error("bygget avbröts innan diagrammet ritades"));
      return;
    }
    if (!pool && workers > 1) {
      if (pending.length >= threshold) pool = new ChartPool(workers);
      else if (pending.length > heldBefore) {
        // Still below the threshold but the build is still asking (it reads and builds one förbund
        // at a time): wait for the next förbund's charts before choosing between pool and here.
        heldBefore = pending.length;
        scheduled = true;
        setImmediate(flush);
        return;
      }
    }
    heldBefore = 0;
    const batch = pending;
    pending = [];
    for (const item of batch) {
      draw(item.spec, item.key).then((svg) => {
        counts.rendered++;
        item.resolve(svg);
      }, item.reject);
    }
  }

  function svgOf(spec: TopLevelSpec): Promise<string> {
    const key = cacheDir ? chartKey(spec) : undefined;
    const cached = key && cacheDir ? readCachedSvg(cacheDir, key) : undefined;
    if (cached !== undefined && key && cacheDir) {
      touchCachedSvg(cacheDir, key);
      counts.cached++;
      return Promise.resolve(cached);
    }
    return new Promise((resolve, reject) => {
      pending.push({ spec, key, resolve, reject });
      // Every document of one pass asks before any of them is answered: draw them together after it.
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    });
  }

  async function variant(chart: ChartDefinition, which: "wide" | "phone"): Promise<string> {
    const spec = variantSpec(which === "phone" ? chart.phoneSpec! : chart.spec, chart.description);
    try {
      return accessible(await svgOf(spec), chart.description);
    } catch (error) {
      throw chartError(chart, which, error);
    }
  }

  return {
    counts,
    async render(chart) {
      const [svg, phoneSvg] = await Promise.all([variant(chart, "wide"), chart.phoneSpec ? variant(chart, "phone") : undefined]);
      return { title: chart.title, description: chart.description, table: chart.table, svg, ...(phoneSvg ? { phoneSvg } : {}) };
    },
    async close() {
      closed = true;
      const open = pool;
      pool = undefined;
      await open?.close();
    },
  };
}
