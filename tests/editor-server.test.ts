// The director's editor's server: it answers only its own host name, takes writes only from its own
// page (Origin and the per-start token: a page in another tab cannot change the data), saves in
// place keeping every byte outside the edited value, refuses an invalid value at its field in
// Swedish and a file changed on disk since it was opened — writing nothing either time — and
// derives its forms from the schemas (a field added to a schema is in the form).
import { readFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { editsBetween } from "../src/editor/edits.ts";
import { formSchema, keyTitles } from "../src/editor/form-schema.ts";
import { withChanges } from "../src/editor/save.ts";
import { type Editor, startEditor } from "../src/editor/server.ts";
import { jsonSchemas } from "../src/scaffold/json-schemas.ts";
import { copyOfData, projectRoot } from "./helpers/build.ts";

let editor: Editor;
let data: string;
const origin = () => new URL(editor.url).origin;
const file = () => join(data, "jamtland/2025/driftsredovisning.yaml");
const address = { slug: "jamtland", year: 2025, id: "driftsredovisning" };

async function open() {
  const response = await fetch(`${origin()}/redigera/api/document?slug=jamtland&year=2025&id=driftsredovisning`, {
    headers: { "X-Finsam-Token": editor.token },
  });
  return (await response.json()) as { values: Record<string, any>; hash: string; schema: Record<string, unknown>; messages: unknown[] };
}

const save = (values: unknown, hash: string, headers: Record<string, string> = { Origin: origin(), "X-Finsam-Token": editor.token }) =>
  fetch(`${origin()}/redigera/api/document`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify({ ...address, values, hash }),
  });

beforeAll(async () => {
  data = copyOfData();
  editor = await startEditor({ dataDir: data, proseDir: join(projectRoot, "tests/fixtures/seeds/prose"), port: 0 });
});
afterAll(() => editor.close());

describe("the editor's server", () => {
  it("lists the förbund and their documents with state and checklist, with every data text escaped", async () => {
    const html = await (await fetch(editor.url)).text();
    expect(html).toContain("Samordningsförbundet i Jämtlands län");
    expect(html).toContain('href="/redigera/jamtland/2025/driftsredovisning/"');
    expect(html).toMatch(/Tertialuppföljning T1 \(jan–april\) <span class="state state-saknas">saknas/);
    expect(html).toContain(`<meta name="finsam-token" content="${editor.token}">`);
  });

  it("answers only its own host name (no DNS rebinding), and its API only with the token", async () => {
    // fetch() cannot set Host: a plain request, as a rebound name would arrive.
    const status = await new Promise<number | undefined>((done, fail) => {
      const url = new URL(editor.url);
      request({ host: "127.0.0.1", port: url.port, path: "/redigera/", headers: { Host: "evil.example" } }, (response) => {
        response.resume();
        done(response.statusCode);
      })
        .on("error", fail)
        .end();
    });
    expect(status).toBe(421);
    const noToken = await fetch(`${origin()}/redigera/api/document?slug=jamtland&year=2025&id=driftsredovisning`);
    expect(noToken.status).toBe(403);
    expect((await open()).values.title).toBe("Driftsredovisning 2025");
  });

  it("refuses a write from another origin, or without the token, and writes nothing", async () => {
    const before = readFileSync(file(), "utf8");
    const { values, hash } = await open();
    values.title = "Ändrad";
    const otherTab = await save(values, hash, { Origin: "http://evil.example", "X-Finsam-Token": editor.token });
    expect(otherTab.status).toBe(403);
    const noToken = await save(values, hash, { Origin: origin() });
    expect(noToken.status).toBe(403);
    // A form post from another page: no custom header, another Origin.
    const form = await fetch(`${origin()}/redigera/api/document`, { method: "POST", headers: { Origin: "http://evil.example" }, body: "x" });
    expect(form.status).toBe(403);
    expect(readFileSync(file(), "utf8")).toBe(before);
  });

  it("saves a changed value in place: every other line, comment and key order as it was", async () => {
    const before = readFileSync(file(), "utf8");
    const { values, hash } = await open();
    values.kostnader.rows[1].utfall["2025"] = -1800;
    const response = await save(values, hash);
    expect(response.status).toBe(200);
    const after = readFileSync(file(), "utf8");
    // What a hand edit gives: the one number on its line changed, nothing else.
    expect(after).toBe(before.replace("utfall: { 2025: -1776, 2024: -2452 }", "utfall: { 2025: -1800, 2024: -2452 }"));
    const body = (await response.json()) as {
      messages: { path: string; severity: string; message: string }[];
      hash: string;
      fields: { path: string; figures: { label: string; text: string; source?: string }[] }[];
    };
    // The granskning runs after the save: the stated sum the rows now contradict is a finding at its field.
    expect(body.messages.some((m) => m.path.startsWith("kostnader.stated_sum.utfall.2025") && m.severity === "fel")).toBe(true);
    // Beside the row: the document's figures recomputed, the budget with the plan it is read from.
    const figures = Object.fromEntries(body.fields.find((f) => f.path === "kostnader.rows.1")!.figures.map((f) => [f.label, f]));
    expect(figures["Utfall 2025"]).toEqual({ label: "Utfall 2025", text: "\u22121\u00a0800" });
    expect(figures["Budget 2025"]).toEqual({ label: "Budget 2025", text: "\u22122\u00a0081", source: "Verksamhetsplanen 2025" });
    expect(figures["Differens utfall−budget 2025"]?.text).toBe("281");
  });

  it("refuses an invalid value at its field with a Swedish message, and a file changed on disk since it was opened; the file is unchanged", async () => {
    const { values, hash } = await open();
    const before = readFileSync(file(), "utf8");
    values.kostnader.rows[0].utfall["2025"] = "fyra tusen";
    const invalid = await save(values, hash);
    expect(invalid.status).toBe(422);
    const problems = ((await invalid.json()) as { problems: { path: string; message: string }[] }).problems;
    expect(problems).toEqual([{ path: "kostnader.rows.0.utfall.2025", message: expect.stringMatching(/väntade ett belopp/) }]);
    expect(readFileSync(file(), "utf8")).toBe(before);

    const first = await open();
    first.values.title = "Första fliken";
    expect((await save(first.values, first.hash)).status).toBe(200);
    const second = structuredClone(first);
    second.values.title = "Andra fliken";
    const stale = await save(second.values, hash);
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { message: string }).message).toMatch(/ändrats på disken/);
    expect(parse(readFileSync(file(), "utf8")).title).toBe("Första fliken");
  });
});

describe("the forms come from the schemas", () => {
  const walk = (node: unknown, visit: (key: string, schema: Record<string, unknown>) => void) => {
    if (Array.isArray(node)) for (const item of node) walk(item, visit);
    else if (node && typeof node === "object") {
      for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
        if (key === "properties" && value && typeof value === "object")
          for (const [name, schema] of Object.entries(value)) visit(name, schema as Record<string, unknown>);
        walk(value, visit);
      }
    }
  };

  it("has every field of every schema, each with a title (Swedish where the key is an English word)", () => {
    for (const [name, text] of Object.entries(jsonSchemas())) {
      const kind = name.replace(".schema.json", "");
      const fields: string[] = [];
      walk(JSON.parse(text), (key) => fields.push(key));
      const form: string[] = [];
      walk(formSchema(kind), (key, schema) => {
        form.push(key);
        expect(typeof schema.title, `${kind}: ${key}`).toBe("string");
      });
      expect(form, kind).toEqual(fields);
    }
    expect(formSchema("driftsredovisning")!.properties).toMatchObject({ title: { title: keyTitles.title }, years: { title: "År" } });
  });

  it("makes the edits of a change only: a changed scalar, a removed key, a list of another length whole", () => {
    const before = { a: 1, b: { c: [1, 2], d: "x" }, e: 2 };
    expect(editsBetween(before, { a: 1, b: { c: [1, 3], d: "x" } })).toEqual([
      { path: ["b", "c", 1], value: 3 },
      { path: ["e"], value: undefined },
    ]);
    expect(editsBetween(before, { ...before, b: { c: [1, 2, 3], d: "x" } })).toEqual([{ path: ["b", "c"], value: [1, 2, 3] }]);
    // The form sends only the fields touched; the rest keep the file's values exactly.
    expect(
      withChanges(before, [
        { path: ["b", "d"], value: "y" },
        { path: ["e"], remove: true },
        { path: ["f", "g"], value: 1 },
      ]),
    ).toEqual({
      a: 1,
      b: { c: [1, 2], d: "y" },
      f: { g: 1 },
    });
  });
});
