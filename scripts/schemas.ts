// npm run schemas: writes schemas/<kind>.schema.json from the Zod schemas (commit them).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { jsonSchemas } from "../src/scaffold/json-schemas.ts";

mkdirSync("schemas", { recursive: true });
for (const [name, text] of Object.entries(jsonSchemas())) {
  writeFileSync(join("schemas", name), text);
  console.log(`schemas/${name}`);
}
