// Writes a synthetic file map (./generate.ts) into a folder: <root>/data/… and <root>/prose/…, the
// folders a build takes as --data and --prose.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { FileMap } from "./generate.ts";

export function writeFiles(root: string, files: FileMap): { dataDir: string; proseDir: string } {
  for (const [path, text] of files) {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return { dataDir: join(root, "data"), proseDir: join(root, "prose") };
}
