// The resident memory of a process and everything it started (a build's Node process and its
// Chromium), read from /proc: what the scale benchmark samples to report a build's peak. Linux
// only; elsewhere it gives undefined and the benchmark reports the Node process's own peak alone.
import { readdirSync, readFileSync } from "node:fs";

const PAGE_SIZE = 4096;

/** Parent pid of each process, from /proc/<pid>/stat (the field after the command, which may hold spaces). */
function parents(): Map<number, number> {
  const result = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      result.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  return result;
}

/** Bytes resident in `pid` and all its descendants now, or undefined without /proc. */
export function treeRss(pid: number): number | undefined {
  let map: Map<number, number>;
  try {
    map = parents();
  } catch {
    return undefined;
  }
  const tree = new Set([pid]);
  for (let grown = true; grown; ) {
    grown = false;
    for (const [child, parent] of map) {
      if (tree.has(parent) && !tree.has(child)) {
        tree.add(child);
        grown = true;
      }
    }
  }
  let bytes = 0;
  for (const member of tree) {
    try {
      bytes += Number(readFileSync(`/proc/${member}/statm`, "utf8").split(" ")[1]) * PAGE_SIZE;
    } catch {
      // Gone already.
    }
  }
  return bytes;
}
