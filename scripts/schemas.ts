// npm run schemas: writes schemas/<kind>.schema.json from the Zod schemas (commit them).
import { writeJsonSchemas } from "../src/scaffold/json-schemas.ts";

const written = writeJsonSchemas("schemas");
console.log(written.length ? written.map((file) => `skriven: ${file}`).join("\n") : "schemas/ är aktuella.");
