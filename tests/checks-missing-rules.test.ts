// The rules justerare, malstatus-text and arsarbetare on a copy of the seeds: the seeds as they are
// pass, and one change to one data file is reported at its file:line and path.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { Finding } from "../src/checks/finding.ts";
import { textReport } from "../src/checks/report.ts";
import { ruleById } from "../src/checks/rules.ts";
import { statusOfText } from "../src/compute/arsredovisning/declared-status.ts";
import { sameName } from "../src/compute/protokoll-justerare.ts";
import { loadSite } from "../src/model/site.ts";
import { arsredovisningSchema } from "../src/schemas/arsredovisning/index.ts";
import { copyOfData } from "./helpers/build.ts";
import { seedFile, seedSite, seedsProse } from "./helpers/seeds.ts";

const protokollFile = "jamtland/2025/protokoll-2025-11-28.yaml";
const arsFile = "jamtland/2025/arsredovisning.yaml";
const planFile = "jamtland/2025/verksamhetsplan.yaml";

/** The findings of a rule on a copy of the seeds with `edit` made to one file (the text it replaces must be there). */
async function findingsWith(rule: string, file: string, edit: (yaml: string) => string): Promise<{ findings: Finding[]; yaml: string }> {
  const data = copyOfData();
  const path = join(data, file);
  const before = readFileSync(path, "utf8");
  const yaml = edit(before);
  expect(yaml).not.toBe(before);
  writeFileSync(path, yaml);
  const site = await loadSite(data, { proseDir: seedsProse, charts: false });
  return { findings: site.findings.filter((f) => f.rule === rule), yaml };
}

/** The 1-based line of the first line of `yaml` that contains `text`. */
const lineOf = (yaml: string, text: string) => yaml.split("\n").findIndex((line) => line.includes(text)) + 1;

describe("the rules are in the catalogue", () => {
  it("with their family, severity and kind", () => {
    expect(ruleById("justerare")).toMatchObject({ family: "protokoll", severity: "fel", kinds: ["protokoll"] });
    expect(ruleById("malstatus-text")).toMatchObject({ family: "mal", severity: "fel", kinds: ["arsredovisning"] });
    expect(ruleById("arsarbetare")).toMatchObject({ family: "budget", severity: "varning", kinds: ["arsredovisning"] });
  });

  it("the seeds give none of their findings", async () => {
    const site = await seedSite();
    expect(site.findings.filter((f) => ["justerare", "malstatus-text", "arsarbetare"].includes(f.rule))).toEqual([]);
  });
});

describe("justerare: the protokoll's justerare was at the meeting, decided and signs", () => {
  it("names the same person with or without the party", () => {
    expect(sameName("Karin Sundin (S)", "Karin  Sundin (S)")).toBe(true);
    expect(sameName("Karin Sundin", "Karin Sundin (S)")).toBe(true);
    expect(sameName("Karin Sundin (S)", "Karin Sundin (M)")).toBe(false);
    expect(sameName("Karin Sundin", "Karin Näsmark")).toBe(false);
  });

  it("passes with the justerare written without the party", async () => {
    const { findings } = await findingsWith("justerare", protokollFile, (yaml) => yaml.replace("justerare: [Karin Sundin (S)]", "justerare: [Karin Sundin]"));
    expect(findings).toEqual([]);
  });

  it("a ledamot who was not there: fel at the justerare's line", async () => {
    // Gunnel Persson Westin (Krokom) has no attendance in the seed; she signs in place of Karin Sundin.
    const { findings, yaml } = await findingsWith("justerare", protokollFile, (text) =>
      text
        .replace("justerare: [Karin Sundin (S)]", "justerare: [Gunnel Persson Westin (S)]")
        .replace("{ name: Karin Sundin (S), role: Justerande }", "{ name: Gunnel Persson Westin (S), role: Justerande }"),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "fel",
      path: "justerare.0",
      line: lineOf(yaml, "justerare:"),
      message: "Protokoll 2025-11-28: justerare Gunnel Persson Westin (S) (ledamot för Krokoms kommun) var inte närvarande vid sammanträdet",
    });
    expect(findings[0]!.file.endsWith(protokollFile)).toBe(true);
  });

  it("an ersättare who was there but did not decide, an övrig deltagare, a name not in the protokoll", async () => {
    const { findings } = await findingsWith("justerare", protokollFile, (yaml) =>
      yaml
        .replace("justerare: [Karin Sundin (S)]", "justerare: [Jennie Klaesson (M), Sara Comén, Okänd Person]")
        .replace(
          "{ name: Jennie Klaesson (M), appointed_by: Region Jämtland Härjedalen }",
          "{ name: Jennie Klaesson (M), appointed_by: Region Jämtland Härjedalen, present: { mode: digitalt } }",
        )
        .replace(
          "  - { name: Karin Sundin (S), role: Justerande }\n",
          "  - { name: Jennie Klaesson (M), role: Justerande }\n  - { name: Okänd Person, role: Justerande }\n",
        ),
    );
    expect(findings.map((f) => [f.path, f.message])).toEqual([
      [
        "justerare.0",
        "Protokoll 2025-11-28: justerare Jennie Klaesson (M) (ersättare för Region Jämtland Härjedalen) var närvarande men inte beslutande (tjänstgörande)",
      ],
      ["justerare.1", "Protokoll 2025-11-28: justerare Sara Comén är övrig deltagare (förbundschef), inte ledamot eller ersättare"],
      ["justerare.2", "Protokoll 2025-11-28: justerare Okänd Person finns inte bland protokollets ledamöter och ersättare"],
    ]);
  });

  it("a justerare without a signature: fel at the signatures", async () => {
    const { findings, yaml } = await findingsWith("justerare", protokollFile, (text) =>
      text.replace("{ name: Karin Sundin (S), role: Justerande }", "{ name: Barbro Norberg (S), role: Justerande }"),
    );
    expect(findings).toMatchObject([
      {
        severity: "fel",
        path: "signatures",
        line: lineOf(yaml, "signatures:") + 1,
        message: "Protokoll 2025-11-28: justerare Karin Sundin (S) har ingen underskrift i protokollet",
      },
    ]);
  });
});

describe("malstatus-text: the declared text says the declared status", () => {
  it("reads every declared text of the seeds as its own status (so the rule compares them all)", () => {
    const raw = arsredovisningSchema.parse(parse(readFileSync(seedFile(arsFile), "utf8")));
    const declared = raw.goals!.map((g) => g.declared!);
    expect(declared).toHaveLength(7);
    for (const d of declared) expect(statusOfText(d.text), d.text).toBe(d.status);
  });

  it("reads only the standard wordings, with a remark in parentheses", () => {
    expect(statusOfText("Målet är delvis uppnått (plan finns).")).toBe("delvis");
    expect(statusOfText("Mål är ej uppnått")).toBe("ej");
    expect(statusOfText("Målet är inte uppnått")).toBe("ej");
    expect(statusOfText("UPPNÅTT")).toBe("uppnatt");
    // Free wordings name no status: never read as another one.
    expect(statusOfText("Målet är inte helt uppnått")).toBeUndefined();
    expect(statusOfText("Målet är uppnått för kvinnor")).toBeUndefined();
  });

  it("a text that says delvis beside the key uppnatt: fel at the key, with both statuses in words", async () => {
    const declaration = "declared: { text: Målet är uppnått, status: uppnatt }";
    const { findings, yaml } = await findingsWith("malstatus-text", arsFile, (text) =>
      text.replace(declaration, "declared: { text: Målet är delvis uppnått, status: uppnatt }"),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "fel",
      path: "goals.3.declared.status",
      line: lineOf(yaml, "declared: { text: Målet är delvis uppnått, status: uppnatt }"),
      stated: "delvis uppnått",
      computed: "uppnått",
      quantity: "text",
      url: "/jamtland/2025/arsredovisning/#arsredovisning-goals-3",
    });
    expect(findings[0]!.message).toMatch(/^Målstatus, ambition 4: texten ”Målet är delvis uppnått” mot status: uppnatt \(Ökad tillgång/);
    expect(textReport(findings)).toContain("angivet delvis uppnått, beräknat uppnått");
  });

  it("a free text is not compared", async () => {
    const { findings } = await findingsWith("malstatus-text", arsFile, (text) =>
      text.replace("declared: { text: Målet är uppnått, status: uppnatt }", "declared: { text: Målet är till stor del nått, status: uppnatt }"),
    );
    expect(findings).toEqual([]);
  });

  it("malstatus prints the declared and the computed status in words", async () => {
    const site = await seedSite();
    const found = site.findings.find((f) => f.rule === "malstatus" && f.path === "goals.1.declared.status")!;
    expect(found).toMatchObject({ stated: "delvis uppnått", computed: "ej uppnått", quantity: "text" });
    expect(textReport([found])).toContain("angivet delvis uppnått, beräknat ej uppnått");
  });
});

describe("arsarbetare: the positions the årsredovisning says were financed = the plan's årsarbetare", () => {
  /** The seed's VP 2025 states no insatser; these staff `functions` in 2025, one insats per line. */
  const withInsatser =
    (...functions: string[]) =>
    (yaml: string) =>
      `${yaml.trimEnd()}\n\ninsatser:\n${functions
        .map((f, i) => `  - { id: insats-${i}, name: Insats ${i}, group: Individinriktad verksamhet 2025, owner: Krokoms kommun, functions: [${f}] }\n`)
        .join("")}`;
  const fullTime = Array.from({ length: 6 }, () => "{ title: Samordnare, fte: 100% }");

  it("passes when the plan gives 6,7 at the report's one decimal (6 + 0,8 × 10/12 = 6,67)", async () => {
    const { findings } = await findingsWith("arsarbetare", planFile, withInsatser(...fullTime, "{ title: Coach, fte: 80%, from: 2025-01, to: 2025-10 }"));
    expect(findings).toEqual([]);
  });

  it("a plan of 6,4 against the report's 6,7: varning at economy.funded_positions, with one decimal", async () => {
    const { findings } = await findingsWith("arsarbetare", planFile, withInsatser(...fullTime, "{ title: Coach, fte: 40% }"));
    const yaml = readFileSync(seedFile(arsFile), "utf8");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "varning",
      path: "economy.funded_positions",
      line: lineOf(yaml, "funded_positions: 6.7"),
      stated: 6.7,
      difference: 0.3,
      message: "Finansierade tjänster 2025 (årsarbetare): årsredovisningen mot verksamhetsplanen 2025, insatsernas bemannade funktioner",
    });
    expect(findings[0]!.computed).toBeCloseTo(6.4);
    expect(findings[0]!.file.endsWith(arsFile)).toBe(true);
    expect(textReport(findings)).toContain("angivet 6,7, beräknat 6,4, differens 0,3");
  });

  it("a plan that staffs nothing in the year is not compared", async () => {
    const { findings } = await findingsWith("arsarbetare", planFile, withInsatser("{ title: Coach, fte: 100%, from: 2026-01, to: 2026-12 }"));
    expect(findings).toEqual([]);
  });
});
