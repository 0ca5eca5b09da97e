// npm start: the dev server (Eleventy --serve, pages rebuilt as files change, on :8080) and the
// director's editor (:8081/redigera/, previewing the dev server's pages) together; Ctrl-C stops both.
import { spawn } from "node:child_process";
import { PROSE_DIR } from "../src/data/prose.ts";
import { startEditor } from "../src/editor/server.ts";

const eleventy = spawn(
  process.execPath,
  ["--import", "tsx", "node_modules/.bin/eleventy", "--config=.eleventy.ts", "--serve", "--incremental", "--output=_dev"],
  { stdio: "inherit" },
);
const editor = await startEditor({
  dataDir: process.env.FINSAM_DATA_DIR ?? "data",
  proseDir: process.env.FINSAM_PROSE_DIR ?? PROSE_DIR,
  port: Number(process.env.FINSAM_EDITOR_PORT ?? 8081),
  previewOrigin: "http://localhost:8080",
});
console.log(`Redigeraren: ${editor.url} (bara på den här datorn; webbplatsen under arbete: http://localhost:8080/)`);
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  eleventy.kill("SIGTERM");
  editor.close().then(() => process.exit(0));
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
eleventy.on("exit", (code) => {
  if (!stopping) editor.close().then(() => process.exit(code ?? 1));
});
