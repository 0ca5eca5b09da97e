export { proseFiles, proseFile } from "../prose.ts";
