// The JSON Schemas in schemas/ are the Zod schemas' (an editor completing keys from a stale one
// would mislead the director), every data file names its schema on its first line, and the
// example files are valid by them — so the editor marks nothing the build accepts.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { jsonSchemas } from "../src/scaffold/json-schemas.ts";
import { yamlFile } from "../src/scaffold/yaml-file.ts";
import { projectRoot } from "./helpers/build.ts";

const generated = jsonSchemas();
const dataFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? dataFiles(join(dir, e.name)) : e.name.endsWith(".yaml") ? [join(dir, e.name)] : [],
  );

describe("JSON Schemas of the data files", () => {
  it("are committed as generated (npm run schemas writes them)", () => {
    const committed = readdirSync(join(projectRoot, "schemas")).sort();
    expect(committed).toEqual(Object.keys(generated).sort());
    for (const [name, text] of Object.entries(generated)) expect(readFileSync(join(projectRoot, "schemas", name), "utf8"), name).toBe(text);
  });

  it("carry the schemas' descriptions for the editor to show", () => {
    const drifts = JSON.parse(generated["driftsredovisning.schema.json"]!);
    expect(drifts.properties.years.description).toMatch(/Åren som visas/);
  });

  it("are named on the first line of every example file, and the examples are valid by them", () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const files = dataFiles(join(projectRoot, "data"));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const first = readFileSync(file, "utf8").split("\n")[0]!;
      const match = /^# yaml-language-server: \$schema=((?:\.\.\/)+)schemas\/([a-z]+)\.schema\.json$/.exec(first);
      expect(match, relative(projectRoot, file)).not.toBeNull();
      // The path climbs from the file's folder to the project root.
      expect(match![1]!.length / 3, file).toBe(relative(projectRoot, file).split("/").length - 1);
      const validate = ajv.compile(JSON.parse(generated[`${match![2]}.schema.json`]!));
      // yaml-language-server validates with the keys as strings, as JSON has them.
      const value = JSON.parse(JSON.stringify(parse(readFileSync(file, "utf8"))));
      expect(validate(value) ? [] : validate.errors, relative(projectRoot, file)).toEqual([]);
    }
  });

  it("reject what the build rejects: an unknown key, a wrong type", () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(JSON.parse(generated["driftsredovisning.schema.json"]!));
    expect(validate({ years: [2026], intakter: {}, kostnader: {}, typo: 1 })).toBe(false);
    expect(validate({ years: ["tjugo"], intakter: {}, kostnader: {} })).toBe(false);
  });

  it("are named by the files npm run new-year writes", () => {
    expect(yamlFile({ a: 1 }, { kind: "driftsredovisning", header: [] }).split("\n")[0]).toBe(
      "# yaml-language-server: $schema=../../../schemas/driftsredovisning.schema.json",
    );
  });
});
