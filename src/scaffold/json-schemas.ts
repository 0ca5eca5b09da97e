// JSON Schemas of the data files, generated from the Zod schemas (their .describe() texts become
// the descriptions an editor shows). Committed in schemas/ so that yaml-language-server finds them
// from the `# yaml-language-server: $schema=…` line every data file starts with. `npm run build`
// (and `npm run schemas`) rewrites those that changed; a test fails when the committed ones are
// not the generated ones.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { documentKinds } from "../documents/index.ts";
import { forbundSchema } from "../schemas/index.ts";
import { kontoplanSchema } from "../schemas/kontoplan.ts";

/** The schema line at the top of a data file `depth` folders below data/ (forbund.yaml: 1, a year's files: 2). */
export const schemaLine = (kind: string, depth: number) => `yaml-language-server: $schema=${"../".repeat(depth + 1)}schemas/${kind}.schema.json`;

/** File name → JSON text (two-space indent, final newline), for forbund.yaml and each document kind. */
export function jsonSchemas(): Record<string, string> {
  const schemas: [string, z.ZodType][] = [
    ["forbund", forbundSchema],
    ["kontoplan", kontoplanSchema],
    ...documentKinds.map((k): [string, z.ZodType] => [k.kind, k.schema]),
  ];
  return Object.fromEntries(
    schemas.map(([kind, schema]) => {
      // What a file may be written as (io: input: defaults optional); refinements are not JSON Schema's.
      const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" });
      return [`${kind}.schema.json`, `${JSON.stringify({ ...json, title: `finsam-rapport: ${kind}.yaml` }, null, 2)}\n`];
    }),
  );
}

/** Writes the schemas into `dir` where they differ from what is there; returns the files written. */
export function writeJsonSchemas(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return Object.entries(jsonSchemas()).flatMap(([name, text]) => {
    const file = join(dir, name);
    if (existsSync(file) && readFileSync(file, "utf8") === text) return [];
    writeFileSync(file, text);
    return [file];
  });
}
