// A pool of worker threads that draw charts (./render-worker.ts): a build's charts drawn on every
// core, and the garbage Vega leaves collected in the workers' heaps rather than grown into the main
// thread's (at 1 200 documents 3 GB peak drawn here, 1 GB with the pool). The workers are TypeScript, as
// the project is: each registers tsx's loader before it imports the worker module (a worker does
// not inherit the loader the main thread runs with, nor honour `--import` in its execArgv on Node 20).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { TopLevelSpec } from "vega-lite";
import type { RenderRequest, RenderResponse } from "./render-worker.ts";

interface Task {
  spec: TopLevelSpec;
  cache: RenderRequest["cache"];
  resolve: (svg: string) => void;
  reject: (error: Error) => void;
}

/** tsx's ESM API (its `register()`), by its package's own exports. */
function tsxApiUrl(): string {
  const packageJson = createRequire(import.meta.url).resolve("tsx/package.json");
  const exported = (JSON.parse(readFileSync(packageJson, "utf8")) as { exports: Record<string, { import: { default: string } }> }).exports;
  return pathToFileURL(join(dirname(packageJson), exported["./esm/api"]!.import.default)).href;
}

function bootstrap(): string {
  const worker = new URL("./render-worker.ts", import.meta.url).href;
  return `import(${JSON.stringify(tsxApiUrl())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker)}); });`;
}

/**
 * Charts sent to a worker before it has answered: the main thread hands out work only when it is
 * free, and while it reads the next förbund's data a worker with one chart would finish and wait.
 */
const IN_FLIGHT = 16;

/**
 * The old generation a worker may grow to, in MB. What a worker keeps is under 48 MB at 80 förbund
 * (its modules, the compiled shapes, the charts in flight); without a limit V8 lets the garbage of
 * each drawing pile up towards its default, and two workers held about 150 MB more at the build's
 * peak. A worker that reaches the limit is replaced by one without it, and its charts drawn again.
 */
export const WORKER_HEAP_MB = 192;

export class ChartPool {
  private readonly workers: Worker[] = [];
  private readonly queue: Task[] = [];
  /** What each worker has been sent and not yet answered, by request id. */
  private readonly running = new Map<Worker, Map<number, Task>>();
  private nextId = 0;
  private closed = false;

  /** Workers started again without the heap limit, after one reached it. */
  replaced = 0;
  private readonly code = bootstrap();

  constructor(size: number, options: { heapLimitMb?: number } = {}) {
    for (let i = 0; i < size; i++) this.start(options.heapLimitMb ?? WORKER_HEAP_MB);
  }

  private start(heapLimitMb: number | undefined): void {
    // No flags of the main thread's: a Node that did honour its `--import tsx` would register tsx twice.
    const worker = new Worker(this.code, {
      eval: true,
      execArgv: [],
      ...(heapLimitMb ? { resourceLimits: { maxOldGenerationSizeMb: heapLimitMb } } : {}),
    });
    worker.on("message", (response: RenderResponse) => this.answered(worker, response));
    // A worker that dies takes its charts with it; the others go on with the queue.
    worker.on("error", (error) => this.lost(worker, error));
    worker.on("exit", (code) => this.lost(worker, new Error(`ritarprocessen avslutades (kod ${code})`)));
    this.workers.push(worker);
    this.running.set(worker, new Map());
  }

  /** The SVG of a spec, drawn by the worker with the least to do (which stores it in the chart cache, given where). */
  render(spec: TopLevelSpec, cache?: RenderRequest["cache"]): Promise<string> {
    if (this.closed) return Promise.reject(new Error("diagrammens ritarpool är stängd"));
    return new Promise((resolve, reject) => {
      this.queue.push({ spec, cache, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length) {
      let least: Worker | undefined;
      for (const worker of this.workers) if (!least || this.running.get(worker)!.size < this.running.get(least)!.size) least = worker;
      if (!least || this.running.get(least)!.size >= IN_FLIGHT) return;
      const task = this.queue.shift()!;
      const id = this.nextId++;
      this.running.get(least)!.set(id, task);
      least.postMessage({ id, spec: task.spec, ...(task.cache ? { cache: task.cache } : {}) } satisfies RenderRequest);
    }
  }

  private answered(worker: Worker, response: RenderResponse): void {
    const sent = this.running.get(worker);
    const task = sent?.get(response.id);
    if (!task) return;
    sent!.delete(response.id);
    if ("svg" in response) task.resolve(response.svg);
    else task.reject(new Error(response.error));
    this.dispatch();
  }

  private lost(worker: Worker, error: Error): void {
    const index = this.workers.indexOf(worker);
    if (index === -1) return;
    this.workers.splice(index, 1);
    const sent = this.running.get(worker);
    this.running.delete(worker);
    if (this.closed) return;
    if ((error as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY") {
      // Its heap limit, not a chart, stopped it: its charts go back first in the queue, to a worker without one.
      this.queue.unshift(...(sent?.values() ?? []));
      this.replaced++;
      this.start(undefined);
      this.dispatch();
      return;
    }
    for (const task of sent?.values() ?? []) task.reject(error);
    // With no worker left, nothing would ever draw what waits.
    if (this.workers.length === 0) for (const task of this.queue.splice(0)) task.reject(error);
  }

  /** Stops every worker; what had not been drawn is refused. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const error = new Error("diagrammens ritarpool stängdes");
    for (const task of this.queue.splice(0)) task.reject(error);
    for (const sent of this.running.values()) for (const task of sent.values()) task.reject(error);
    this.running.clear();
    await Promise.all(this.workers.splice(0).map((worker) => worker.terminate()));
  }
}
