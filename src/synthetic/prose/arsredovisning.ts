// The prose of a synthetic årsredovisning: one file per section the report has
// (src/documents/arsredovisning-body.ts), each figure a shortcode bound to the year's data, the
// wording drawn from the seed and from what the figures say (överskott or underskott, over or
// under the recommended equity).
import type { ForbundModel } from "../model.ts";
import { surveyQuestions } from "../participants.ts";
import { andList, fractionWords, numberWord, type ProseFile, paragraphs, variant } from "./words.ts";

export function arsredovisningProse(model: ForbundModel, year: number): ProseFile[] {
  const r = model.random.fork(`prose-ars-${year}`);
  const { identity } = model;
  const actual = model.economy.actuals.find((a) => a.year === year)!;
  const plan = model.economy.plans.find((p) => p.year === year)!;
  const running = plan.insatser.filter((i) => i.from <= year && year <= i.to);
  const ended = model.insatser.filter((i) => i.to === year);
  const surplus = actual.resultat >= 0;
  const overRecommended = actual.closing.egetKapital > actual.medlemsbidrag / 5;
  const hasNext = model.years.includes(year + 1);
  const kommuner = identity.municipalities.length === 1 ? identity.municipalities[0]! : `de ${numberWord(identity.municipalities.length)} kommunerna`;
  const files: ProseFile[] = [];
  const add = (file: string, ...texts: (string | false | undefined)[]) => files.push({ file, text: paragraphs(...texts) });

  add(
    "10-forvaltningsberattelse.md",
    "## Förvaltningsberättelse",
    "Denna årsredovisning innehåller en översiktlig redogörelse av resultat och verksamhet samt en redovisning av det ekonomiska utfallet för " +
      "budgetåret {{ doc.computed.year }}.",
  );
  add(
    "11-om-forbundet.md",
    "### Om förbundet",
    "#### Organisation",
    `{{ doc.forbundName }} bildades ${identity.formed} och är en fristående juridisk organisation med ` +
      `${andList(["Arbetsförmedlingen", "Försäkringskassan", identity.region])} samt ${kommuner} som medlemmar.`,
    variant(
      r,
      "Förbundet leds av en styrelse till vilken respektive medlem utsett en ledamot och en ersättare. Till sin hjälp har styrelsen ett kansli som " +
        "verkställer styrelsens beslut.",
      "Styrelsen består av en ledamot och en ersättare från varje medlem. Kansliet bereder ärenden till styrelsen och verkställer dess beslut.",
    ),
    "#### Syfte och uppdrag",
    "Förbundet arbetar utifrån lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser och den förbundsordning som medlemmarna har " +
      "beslutat. Syftet är att individer med behov av stöd från flera myndigheter ska få samordnad rehabilitering, så att de kan uppnå eller " +
      "förbättra sin arbetsförmåga.",
    variant(
      r,
      "Förbundet bedriver inte självt någon rehabiliteringsverksamhet, utan finansierar insatser som parterna utför och stödjer parternas samverkan.",
      "Förbundet finansierar insatser som utförs av parterna, och stödjer strukturer för samverkan mellan dem; rehabiliteringen utförs av parterna själva.",
    ),
    "#### Medelstilldelning",
    `Medlemmarna beslutar årligen om tilldelningen av medel. Försäkringskassan och Arbetsförmedlingen bidrar tillsammans med hälften, regionen med ` +
      `${fractionWords(identity.shares.region)} och kommunerna med ${fractionWords(identity.shares.municipality)}. {{ doc.computed.year }} var ` +
      `tilldelningen {% belopp "economy.medlemsbidrag" %}.`,
  );
  add("12-oversikt.md", "### Översikt över verksamhetens utveckling");
  add(
    "13-oversikt-kommentar.md",
    `Förbundets intäkter bestod under {{ doc.computed.year }} av medelstilldelningen, {% belopp "economy.medlemsbidrag" %}. Årets resultat blev ` +
      `${surplus ? "ett överskott" : "ett underskott"} på {% belopp "economy.arets_resultat" %}. Kansliets bemanning uppgick under året till ca {% ` +
      `tal "overview.values.${year}.anstallda", 1 %} årsarbetare.`,
  );
  add(
    "14-styrning.md",
    "### Styrning och uppföljning",
    "#### Förbundsstyrelse",
    variant(
      r,
      "Styrelsen har under året följt upp verksamhet och ekonomi tertialvis, med helårsprognos, och följt upp riskanalysen och kontrollåtgärderna " +
        "i internkontrollplanen.",
      "Styrelsen har sammanträtt regelbundet under året och fått uppföljningar av verksamhet, ekonomi och intern kontroll vid varje tertial.",
    ),
    "#### Kansli",
    "Kansliet består av förbundschef och verksamhetsutvecklare, som bereder och verkställer styrelsens beslut och stödjer parternas samverkan. " +
      "Förbundets anställda deltar inte i arbetet med enskilda deltagare eller i myndighetsutövning.",
    "#### Revisorer",
    "Förbundets förvaltning granskas av revisorer för medlemmarnas räkning. Försäkringskassan utser revisor för statens räkning, regionen och " +
      "kommunerna utser revisor för sin del.",
  );
  const list = (individual: boolean) =>
    running
      .filter((i) => i.individual === individual)
      .map((i) => `- **${i.name}:** ${i.description}`)
      .join("\n");
  add(
    "15-verksamheten.md",
    "### Beskrivning av verksamheten",
    "#### Individinriktade insatser",
    `De finansierade individinriktade insatserna under {{ doc.computed.year }} var:`,
    list(true) || "- Inga individinriktade insatser finansierades under året.",
    "#### Strukturinriktade insatser",
    list(false) || "Förbundet anordnade gemensamma forum för parterna men finansierade inga egna strukturinriktade insatser.",
    ended.length > 0 && `**Avslutade insatser:** Under {{ doc.computed.year }} avslutades ${andList(ended.map((i) => i.name))}.`,
  );
  add(
    "20-resultat.md",
    "### Resultat och måluppfyllelse",
    "Nedan följer en sammanställning av deltagande och resultat i årets finansierade insatser, och därefter måluppfyllelsen i förhållande till " +
      "styrelsens verksamhetsmål för {{ doc.computed.year }}.",
    "#### Sammanfattning",
    [
      '- {% tal "current.enrolled.total" %} personer deltog i individinriktade insatser {{ doc.computed.year }}{% if ' +
        "doc.computed.participants.highestInHistory %}, det högsta antalet på fem år{% endif %}.",
      '- {% tal "current.new.total" %} nya och {% tal "current.ended.total" %} avslutade deltagare.',
      '- {% procent "exit.work_study.total.share" %} av de avslutade deltagarna gick vidare till arbete eller studier.',
    ].join("\n"),
  );
  add(
    "21-deltagarflode.md",
    "### Resultat i individinriktade insatser",
    "#### Deltagarflöde",
    'Totalt var {% tal "current.enrolled.total" %} individer inskrivna i förbundsfinansierade insatser under {{ doc.computed.year }}, {% tal ' +
      '"current.enrolled.women" %} kvinnor och {% tal "current.enrolled.men" %} män. (Tabell 1.)',
  );
  add(
    "22-arenden.md",
    'Ca {% tal "participants.referrals.approxTotal" %} nya ärenden lyftes under året för gemensam bedömning, och {% procent ' +
      '"participants.referrals.enrolledShare" %} av dem blev inskrivna som deltagare. Flest ärenden kom från kommunerna, {% procent ' +
      '"participants.referrals.parties.0.share" %}. (Figur 1.)',
  );
  add(
    "23-deltagarflode-kommentar.md",
    variant(
      r,
      'Antalet avslutade deltagare förändrades med {% procent "change.ended.total" %} jämfört med föregående år.',
      'Jämfört med föregående år förändrades antalet avslutade deltagare med {% procent "change.ended.total" %}, och antalet nya med {% procent ' +
        '"change.new.total" %}.',
    ),
    `Andelen deltagare med kontakt hos psykiatrin var {% procent "participants.psychiatryShare.${year}" %} {{ doc.computed.year }} mot {% procent ` +
      `"participants.psychiatryShare.${year - 1}" %} ${year - 1}. (Tabell 2.)`,
  );
  add(
    "24-steg-mot-arbete.md",
    "#### Steg mot arbete och långsiktig försörjning",
    'Av de avslutade deltagarna gick {% procent "exit.work_study.total.share" %} till arbete eller studier, varav {% procent ' +
      '"exit.work.total.share" %} till arbete. {% procent "exit.work_programme.total.share" %} gick vidare till en arbetsinriktad insats hos någon ' +
      "av parterna.",
  );
  add(
    "25-steg-mot-arbete-kommentar.md",
    variant(
      r,
      "Resultaten visar att samordnat stöd med parallella insatser ger fler deltagare en väg mot arbete, men att många fortfarande behöver " +
        "förberedande insatser innan arbete eller studier är möjligt.",
      "Fler deltagare än tidigare har fått stöd från flera parter samtidigt. Långa väntetider till vård och begränsad tillgång till arbetsträning " +
        "är fortsatt en utmaning.",
    ),
  );
  const asked = model.surveyIds.map((id) => surveyQuestions.find((q) => q.id === id)!);
  add(
    "26-nns.md",
    "### Resultat i NNS-enkätuppföljning",
    'Vid avslut erbjuds deltagarna att besvara NNS indikatorenkät. Under året inkom svar från {% tal "respondents.current.n" %} personer; ' +
      "resultaten behöver tolkas med försiktighet när de svarande är få.",
    asked
      .map(
        (q) =>
          `- ${q.question} (${q.group}): {% procent "surveys.${q.id}.current.share" %} ({{ doc.computed.previousYear }}: {% procent ` +
          `"surveys.${q.id}.previous.share" %}).`,
      )
      .join("\n"),
  );
  add(
    "28-strukturinriktade.md",
    "#### Samverkans- och lärandeforum",
    'Förbundets forum för samverkan och kompetensutveckling samlade under året ca {% tal "forums.total" %} deltagare från medlemmarnas verksamheter.',
  );
  add(
    "30-mal.md",
    "### Uppföljning av verksamhetsmål {{ doc.computed.year }}",
    "För varje ambitionsnivå visas målen, årets resultat och föregående års, och en status som är beräknad från mål och resultat: alla resultat " +
      "når målet, uppnått; några, delvis uppnått; inget, ej uppnått.",
  );
  for (const [index, ambition] of model.ambitions.entries()) {
    const results = ambition.goals.flatMap((goal) =>
      goal.surveys
        ? goal.surveys.map((s) => `{% procent "surveys.${s}.current.share" %} (${surveyQuestions.find((q) => q.id === s)!.group})`)
        : goal.path!.path === "economy.equityShareOfContribution"
          ? ['eget kapital på {% belopp "economy.equityClosing" %}, {% procent "economy.equityShareOfContribution" %} av medlemsbidraget']
          : goal.path!.path.endsWith(".share")
            ? [`{% procent "${goal.path!.path}" %} ${goal.path!.label}`]
            : [`{% tal "${goal.path!.path}" %} ${goal.path!.label}`],
    );
    add(
      `${31 + index}-${ambition.prose}.md`,
      `**Resultat:** ${andList(results)}.`,
      variant(
        r,
        "**Kommentar:** Resultaten följs upp tillsammans med parterna i samverkansgrupperna, som underlag för nästa års prioriteringar.",
        "**Kommentar:** Förbundet fortsätter att utveckla uppföljningen tillsammans med insatserna, så att resultaten kan jämföras över tid.",
      ),
    );
  }
  add(
    "40-ekonomiskt-resultat.md",
    "### Ekonomiskt resultat",
    `För verksamhetsåret {{ doc.computed.year }} hade förbundet {% belopp "economy.intakter" %} i intäkter. Det egna kapitalet var {% belopp ` +
      `"economy.equityOpening" %} vid årets början. Vid årets slut redovisar förbundet ${surplus ? "ett överskott" : "ett underskott"} på {% belopp ` +
      `"economy.arets_resultat" %}, och det egna kapitalet uppgår till {% belopp "economy.equityClosing" %}.`,
    "#### Kostnader för finansierade insatser",
    'Kostnaderna för finansiering av insatser hos medlemmarna uppgick till {% belopp "economy.rows.insatsfinansiering.utfall" %}, mot budgeterade ' +
      '{% belopp "economy.rows.insatsfinansiering.budget" %}. Totalt finansierades ca {% tal "economy.fundedPositions", 1 %} tjänster hos ' +
      "medlemmarna.",
    "#### Kostnadsfördelning",
    'Förbundets verksamhetskostnader uppgick till {% belopp "economy.verksamhetskostnader" %}, varav {% procent "economy.individualShare" %} gick ' +
      'till individinriktade insatser. Kostnaderna för samverkansstöd och aktiviteter var {% belopp "economy.details.aktiviteter.utfall" %} och ' +
      'driftskostnaderna {% belopp "economy.details.drift.utfall" %}.',
    "#### Personalkostnader",
    'Personalkostnaderna uppgick till {% belopp "economy.rows.personalkostnader.utfall" %}. Förbundets totala pensionsförpliktelse uppgår på ' +
      'balansdagen till {% belopp "economy.pensionObligation" %}.',
  );
  add(
    "42-forvantad-utveckling.md",
    "### Förväntad utveckling",
    hasNext
      ? 'För {{ doc.data.economy.next_year.year }} budgeteras intäkter på {% belopp "economy.nextYearIntakter" %} och kostnader på {% belopp ' +
          '"economy.nextYearKostnader" %}.'
      : "Förbundet räknar med en medelstilldelning på ungefär samma nivå kommande år.",
    overRecommended
      ? 'Det egna kapitalet ligger över Nationella rådets rekommenderade nivå (ca {% belopp "economy.equityRecommended" %}), och överskottet är ' +
          "planerat för finansiering av insatser under kommande år."
      : 'Det egna kapitalet ligger inom Nationella rådets rekommenderade nivå (ca {% belopp "economy.equityRecommended" %}).',
  );
  add(
    "51-redovisningsprinciper.md",
    "### Redovisningsprinciper",
    "Årsredovisningen är, i tillämpliga delar, upprättad i enlighet med lagen om kommunal bokföring och redovisning och rekommendationer från " +
      "Rådet för kommunal redovisning.",
    "#### Avsättningar och ansvarsförbindelser",
    "Förbundet redovisar avsättningar för pensionsförpliktelser. Återstående belopp för beslutad finansiering av samverkansinsatser, som inte tas " +
      "upp som skuld, redovisas inom linjen.",
  );
  return files;
}
