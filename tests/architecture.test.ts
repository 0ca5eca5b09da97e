// The structure the README describes, checked: data flows one way (data → schema → model → tables
// and figures → templates → HTML/PDF), no import runs back up the layers, there is no cycle, and no
// module reads back HTML that the project rendered. (`npx madge --circular --extensions ts src`
// is an independent check of the cycles.)
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "./helpers/build.ts";

/** The layers of src/, lowest first: a module may import its own layer and those below it. */
const layers: string[][] = [
  ["format"],
  ["schemas"],
  ["data"],
  ["compute"],
  ["checks"],
  ["tables"],
  ["charts"],
  ["documents"],
  ["model"],
  ["status"],
  ["scaffold"],
  ["import"],
  // Synthetic data includes the bookkeeping's exports (SIE files): above the import that reads them.
  ["synthetic"],
  ["site"],
  ["pdf"],
  ["eleventy"],
  // The director's editor: a local server over the data, the model and the imports' YAML writing.
  ["editor"],
  ["build"],
];

const src = join(projectRoot, "src");
const rank = (file: string) => layers.findIndex((layer) => layer.includes(relative(src, file).split("/")[0]!));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
  );
}

/** The project files a module imports (import and export … from, type-only ones too). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+"(\.[^"]+)"/gms)].map((m) => resolve(dirname(file), m[1]!));
}

const files = sourceFiles(src);
const graph = new Map(files.map((file) => [file, importsOf(file)]));

describe("the structure of src/", () => {
  it("puts every folder in a layer", () => {
    expect(files.filter((file) => rank(file) === -1).map((file) => relative(src, file))).toEqual([]);
  });

  it("has no import that runs back up the layers", () => {
    const upward = files.flatMap((file) =>
      graph
        .get(file)!
        .filter((target) => rank(target) > rank(file))
        .map((target) => `${relative(src, file)} → ${relative(src, target)}`),
    );
    expect(upward).toEqual([]);
  });

  it("has no import cycle", () => {
    const cycles: string[] = [];
    const state = new Map<string, "visiting" | "done">();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "visiting") {
        cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(src, f)).join(" → "));
        return;
      }
      state.set(file, "visiting");
      for (const target of graph.get(file) ?? []) visit(target, [...path, file]);
      state.set(file, "done");
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it("has no module that parses HTML the project rendered: no regular expression matches an HTML tag", () => {
    // The bodies of regular expression literals and of new RegExp(…) strings.
    const literal = /(?:^|[=(,:!&|?{};]|\breturn)\s*\/((?:[^/\\\n[]|\\.|\[(?:[^\]\\\n]|\\.)*\])+)\/[dgimsuy]*/g;
    const constructed = /new RegExp\(\s*[`"']([^`"']*)/g;
    const tag = /<\\?\/?[a-zA-Z!]/;
    const found = files.flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
        .flatMap((line) => [...line.matchAll(literal), ...line.matchAll(constructed)].map((m) => m[1]!))
        // Lookbehinds (?<! (?<=, named groups (?<name> and \k<name> are regular-expression syntax, not tags.
        .filter((body) => tag.test(body.replace(/\(\?<[!=]|\(\?<[a-zA-Z]\w*>|\\k<[a-zA-Z]\w*>/g, "")))
        .map((body) => `${relative(src, file)}: /${body}/`),
    );
    expect(found).toEqual([]);
  });

  // Rendered pages are read back only to print them, to hash their bytes for the PDF cache, to fill
  // in each PDF's size and checksum at the marker, and to index them for search.
  it("reads a rendered page back only to print, cache, fill in PDF sizes and index it", () => {
    const reading = files.filter((file) => /readFileSync\([^)]*(html|page)|index\.html|\.html"|page-of-url/i.test(readFileSync(file, "utf8")));
    // The search index names the pages Pagefind reads (its own process), group by group as the build
    // writes them; page-of-url.ts is where a site path's page file is named.
    expect(reading.map((file) => relative(src, file)).sort()).toEqual([
      "build/build.ts",
      "pdf/print-cached.ts",
      "pdf/serve-from-folder.ts",
      "site/page-of-url.ts",
      "site/pdf-info.ts",
      "site/search-index.ts",
    ]);
  });

  it("has no line longer than 160 characters (the formatter's width; it cannot break a long string)", () => {
    const long = [...files, ...sourceFiles(join(projectRoot, "tests")), ...sourceFiles(join(projectRoot, "scripts"))].flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, i) => (line.length > 160 ? [`${relative(projectRoot, file)}:${i + 1} (${line.length})`] : [])),
    );
    expect(long).toEqual([]);
  });
});
