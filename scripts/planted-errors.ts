// node --import tsx scripts/planted-errors.ts: the planted-error corpus (tests/helpers/planted-errors.ts)
// against the granskning as it is now — per kind, where it was reported — and the totals.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { consistentData, consistentProse } from "../tests/helpers/planted-errors.ts";
import { corpusTable, runCorpus } from "../tests/helpers/planted-run.ts";

const root = mkdtempSync(join(tmpdir(), "finsam-planted-"));
try {
  let n = 0;
  const results = await runCorpus(() => {
    const dir = join(root, String(n++));
    cpSync(consistentData, join(dir, "data"), { recursive: true });
    cpSync(consistentProse, join(dir, "prose"), { recursive: true });
    return { dataDir: join(dir, "data"), proseDir: join(dir, "prose") };
  });
  console.log(corpusTable(results));
} finally {
  rmSync(root, { recursive: true, force: true });
}
