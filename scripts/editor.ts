// The director's editor alone: node --import tsx scripts/editor.ts [--port 8081] [--preview http://localhost:8080]
// (`npm start` runs it beside the dev server). Local only; see src/editor/server.ts.
import { parseArgs } from "node:util";
import { PROSE_DIR } from "../src/data/prose.ts";
import { startEditor } from "../src/editor/server.ts";

const { values } = parseArgs({ options: { port: { type: "string", default: "8081" }, preview: { type: "string" } } });
const editor = await startEditor({
  dataDir: process.env.FINSAM_DATA_DIR ?? "data",
  proseDir: process.env.FINSAM_PROSE_DIR ?? PROSE_DIR,
  port: Number(values.port),
  ...(values.preview ? { previewOrigin: values.preview } : {}),
});
console.log(`Redigeraren: ${editor.url} (bara på den här datorn)`);
const stop = () => editor.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
