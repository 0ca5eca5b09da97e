// JSON Schemas of the data files, generated from the Zod schemas (their .describe() texts become
// the descriptions an editor shows). Committed in schemas/ so that yaml-language-server finds them
// from the `# yaml-language-server: $schema=…` line every data file starts with; `npm run schemas`
// writes them and a test fails when the committed ones are not the generated ones.
import { z } from "zod";
import { documentKinds } from "../documents/index.ts";
import { forbundSchema } from "../schemas/index.ts";

/** The schema line at the top of a data file `depth` folders below data/ (forbund.yaml: 1, a year's files: 2). */
export const schemaLine = (kind: string, depth: number) => `yaml-language-server: $schema=${"../".repeat(depth + 1)}schemas/${kind}.schema.json`;

/** File name → JSON text (two-space indent, final newline), for forbund.yaml and each document kind. */
export function jsonSchemas(): Record<string, string> {
  const schemas: [string, z.ZodType][] = [["forbund", forbundSchema], ...documentKinds.map((k): [string, z.ZodType] => [k.kind, k.schema])];
  return Object.fromEntries(
    schemas.map(([kind, schema]) => {
      // What a file may be written as (io: input: defaults optional); refinements are not JSON Schema's.
      const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" });
      return [`${kind}.schema.json`, `${JSON.stringify({ ...json, title: `finsam-rapport: ${kind}.yaml` }, null, 2)}\n`];
    }),
  );
}
