// The prose of a synthetic verksamhetsplan and driftsredovisning. The plan's sections name the
// blocks that follow them (NN-resultatmal.md, NN-insatser.md, NN-budget.md:
// src/documents/verksamhetsplan-body.ts); every amount is a shortcode or a filter of a computed value.
import type { ForbundModel } from "../model.ts";
import { andList, fractionWords, type ProseFile, paragraphs, variant } from "./words.ts";

export function verksamhetsplanProse(model: ForbundModel, year: number): ProseFile[] {
  const r = model.random.fork(`prose-vp-${year}`);
  const { identity } = model;
  const files: ProseFile[] = [];
  const add = (file: string, ...texts: (string | false | undefined)[]) => files.push({ file, text: paragraphs(...texts) });
  add(
    "10-forbundet.md",
    "## Om förbundet",
    `{{ doc.forbundName }} är ett samordningsförbund enligt lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser. Medlemmar är ` +
      `${andList(["Arbetsförmedlingen", "Försäkringskassan", identity.region, ...identity.municipalities])}.`,
    variant(
      r,
      "Förbundsstyrelsen har det yttersta ansvaret för förbundets verksamhet och ekonomi: den beslutar om budget och verksamhetsplan, prioriterar " +
        "och fördelar medel och följer upp verksamheten.",
      "Styrelsen beslutar om budget och verksamhetsplan och fördelar medlen till insatser för förbundets målgrupper. Förbundschefen leder " +
        "kansliets arbete och bereder ärenden till styrelsen.",
    ),
  );
  add(
    "20-uppdrag.md",
    "## Uppdrag och inriktning",
    "Förbundets uppdrag är att genom finansiell samordning verka för att individer med behov av stöd från flera myndigheter ska få samordnad " +
      "rehabilitering, så att de kan uppnå eller förbättra sin arbetsförmåga och försörja sig själva.",
    variant(
      r,
      "Under planperioden prioriteras individinriktade insatser med individnära resurser, och en långsiktig struktur för samverkan på handläggarnivå.",
      "Under planperioden prioriteras unga vuxna som varken arbetar eller studerar, och personer med lång tid i offentlig försörjning.",
      "Under planperioden prioriteras samverkan kring personer med psykisk ohälsa, och arbetsinriktat stöd i samarbete med arbetsgivare.",
    ),
  );
  add(
    "30-ambitioner.md",
    "## Ambitionsnivåer",
    "Med individens behov i centrum bidrar förbundets verksamhet till:",
    model.ambitions.map((a) => `- ${a.text}`).join("\n"),
  );
  add(
    "40-resultatmal.md",
    "## Resultatmål {{ doc.data.resultatmal.year }}",
    "Utifrån resultatmålen följer styrelsen upp hur väl verksamheten och insatsfinansieringen möter ambitionsnivåerna. Målen sätts inför varje " +
      "verksamhetsår och följs upp i årsredovisningen.",
  );
  add(
    "50-insatser.md",
    "## Finansierade insatser {{ doc.computed.fte.year }}",
    "Förbundets medel fördelas till insatser som parterna äger och utför. Totalt budgeteras för finansiering av ca {{ doc.computed.fte.total | " +
      "arsarbetare }} tjänster hos medlemmarna.",
  );
  add(
    "55-uppfoljning.md",
    "## Uppföljning och utvärdering",
    "Uppföljningen sker genom halv- och helårsrapporter från insatserna, NNS indikatorenkät till deltagare, medarbetare och chefer, och det " +
      "nationella uppföljningssystemet för Finsam.",
  );
  add(
    "60-budget.md",
    "{%- set y = doc.computed.firstYear -%}\n{%- set n = doc.computed.nyckeltal[y] -%}",
    "## Budget",
    `Staten bidrar med hälften av förbundets intäkter, regionen med ${fractionWords(identity.shares.region)} och kommunerna med ` +
      `${fractionWords(identity.shares.municipality)}.`,
    `För verksamhetsåret {{ y }} budgeterar förbundet {% belopp "nyckeltal.${year}.kostnader" %} i kostnader, som finansieras med årets ` +
      `medlemsintäkter ({% belopp "nyckeltal.${year}.intakter" %}) och eget kapital från tidigare år.`,
    'Vid slutet av {{ y }} förväntas det egna kapitalet vara {{ n.egetKapitalVidArsslut | tkr }} och därmed ligga {{ "över" if ' +
      'doc.computed.equity.years[y].status == "over" else "under" }} Nationella rådets rekommenderade nivå, ca {{ n.rekommenderadNiva | tkr(100) }}.',
  );
  return files;
}

export function driftsredovisningProse(year: number): ProseFile[] {
  return [
    {
      file: "10-inledning.md",
      text: paragraphs(
        `Driftsredovisningen jämför utfall med budget. Årets resultat blev {% belopp "resultat.${year}.utfall" %} mot budgeterade {% belopp ` +
          `"resultat.${year}.budget" %}; verksamhetsresultatet blev {% belopp "verksamhetsresultat.${year}.utfall" %}.`,
      ),
    },
  ];
}
