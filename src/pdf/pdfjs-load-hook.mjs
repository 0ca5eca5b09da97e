// A module-loading hook (node:module register) that gives Node pdf.js's own files as they are on disk.
// Plain JavaScript, since a hook is loaded where no TypeScript loader may run (./read-pdf.ts registers it).
//
// Why: under tsx (`node --import tsx`, as `npm run build` runs) every JavaScript module that holds an
// `import(` is rewritten with an inline source map, and Node then decodes the maps it is given. For
// pdf.js's two bundles (3 MB) that cost about 300 MB of resident memory and 85 MB of heap for the rest
// of the build; read as they are, about 50 MB. Their `sourceMappingURL` is left out too, so that Node
// does not read and decode their 4 MB of maps either: a stack trace in pdf.js points to the bundle.

const PDFJS_BUILD = /\/node_modules\/pdfjs-dist\/legacy\/build\/[^/]+\.mjs$/;

/** @type {import("node:module").LoadHook} */
export async function load(url, context, nextLoad) {
  if (!url.startsWith("file:") || !PDFJS_BUILD.test(new URL(url).pathname)) return nextLoad(url, context);
  const { readFile } = await import("node:fs/promises");
  const source = (await readFile(new URL(url), "utf8")).replace(/\/\/# sourceMappingURL=\S+\s*$/, "");
  return { format: "module", source, shortCircuit: true };
}
