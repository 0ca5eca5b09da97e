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

export class ChartPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Task[] = [];
  private readonly running = new Map<Worker, { id: number; task: Task }>();
  private nextId = 0;
  private closed = false;

  constructor(size: number) {
    const code = bootstrap();
    for (let i = 0; i < size; i++) {
      // No flags of the main thread's: a Node that did honour its `--import tsx` would register tsx twice.
      const worker = new Worker(code, { eval: true, execArgv: [] });
      worker.on("message", (response: RenderResponse) => this.answered(worker, response));
      // A worker that dies takes its chart with it; the others go on with the queue.
      worker.on("error", (error) => this.lost(worker, error));
      worker.on("exit", (code) => this.lost(worker, new Error(`ritarprocessen avslutades (kod ${code})`)));
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  /** The SVG of a spec, drawn by the next free worker. */
  render(spec: TopLevelSpec): Promise<string> {
    if (this.closed) return Promise.reject(new Error("diagrammens ritarpool är stängd"));
    return new Promise((resolve, reject) => {
      this.queue.push({ spec, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.pop()!;
      const task = this.queue.shift()!;
      const id = this.nextId++;
      this.running.set(worker, { id, task });
      worker.postMessage({ id, spec: task.spec } satisfies RenderRequest);
    }
  }

  private answered(worker: Worker, response: RenderResponse): void {
    const current = this.running.get(worker);
    if (!current || current.id !== response.id) return;
    this.running.delete(worker);
    this.idle.push(worker);
    if ("svg" in response) current.task.resolve(response.svg);
    else current.task.reject(new Error(response.error));
    this.dispatch();
  }

  private lost(worker: Worker, error: Error): void {
    const index = this.workers.indexOf(worker);
    if (index === -1) return;
    this.workers.splice(index, 1);
    const idle = this.idle.indexOf(worker);
    if (idle !== -1) this.idle.splice(idle, 1);
    const current = this.running.get(worker);
    this.running.delete(worker);
    if (this.closed) return;
    current?.task.reject(error);
    // With no worker left, nothing would ever draw what waits.
    if (this.workers.length === 0) for (const task of this.queue.splice(0)) task.reject(error);
  }

  /** Stops every worker; what had not been drawn is refused. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const error = new Error("diagrammens ritarpool stängdes");
    for (const task of this.queue.splice(0)) task.reject(error);
    for (const { task } of this.running.values()) task.reject(error);
    this.running.clear();
    await Promise.all(this.workers.splice(0).map((worker) => worker.terminate()));
    this.idle.length = 0;
  }
}
