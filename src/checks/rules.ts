// The granskning's rules: every rule id a finding can have, with its family, a Swedish title and
// description, and its default severity. `npm run check` prints the title with each finding, the
// /granskning/ page lists the rules, and tests/checks-rules.test.ts asserts that every finding's rule is here.
import type { Severity } from "./finding.ts";

export type RuleFamily = "aritmetik" | "bokslut" | "deltagare" | "mal" | "budget" | "text" | "dokument" | "protokoll" | "uppfoljning";

export const ruleFamilies: Record<RuleFamily, string> = {
  aritmetik: "Summor och resultat",
  bokslut: "Resultaträkning, balansräkning och kassaflöde",
  deltagare: "Deltagare",
  mal: "Mål",
  budget: "Budget och eget kapital",
  text: "Siffror i texten",
  dokument: "Dokumentet och dess data",
  protokoll: "Protokoll",
  uppfoljning: "Tertialuppföljning och prognos",
};

export interface Rule {
  id: string;
  family: RuleFamily;
  /** Short Swedish title: what must hold. */
  title: string;
  /** Swedish: what is compared with what, and when it is a finding. */
  description: string;
  /** The severity a finding of the rule has; rules with a rounding tolerance give a notering within it. */
  severity: Severity;
  /** Which kinds of document the rule is checked in. */
  kinds: string[];
}

export const rules: Rule[] = [
  {
    id: "summa",
    family: "aritmetik",
    title: "Summor stämmer",
    description:
      "Varje summa, delsumma och resultat som dokumentet anger är lika med summan av sina delar (resultat = intäkter − kostnader), " +
      "också en nots summa mot raden den hör till, flerårsöversiktens resultat mot intäkter − kostnader och förra årets siffror mot förra årets dokument. " +
      "Högst en halv enhet per avrundad del är en notering.",
    severity: "fel",
    kinds: ["driftsredovisning", "arsredovisning", "verksamhetsplan", "uppfoljning"],
  },
  {
    id: "balans",
    family: "bokslut",
    title: "Balansräkningen balanserar",
    description: "Summa tillgångar = summa eget kapital, avsättningar och skulder, varje år.",
    severity: "fel",
    kinds: ["arsredovisning"],
  },
  {
    id: "bokforing-resultat",
    family: "bokslut",
    title: "Bokföringens resultat = årets resultat",
    description:
      "Summan av bokföringens resultatkonton (SIE-filen som importerades) är lika med resultaträkningens årets resultat. " +
      "Högst en halv enhet per avrundad rad är en notering.",
    severity: "fel",
    kinds: ["arsredovisning"],
  },
  {
    id: "bokforing-ingaende",
    family: "bokslut",
    title: "Bokföringens ingående balans = förra årets utgående",
    description:
      "Bokföringens ingående balans (#IB) är lika med förra årsredovisningens utgående eget kapital och tillgångar, " +
      "och SIE-filens utgående balans för förra året (#UB -1) är lika med årets ingående (#IB 0).",
    severity: "fel",
    kinds: ["arsredovisning"],
  },
  {
    id: "bokforing-utgaende",
    family: "bokslut",
    title: "Bokföringens utgående balans = balansräkningen",
    description: "Bokföringens utgående tillgångar (#UB) är lika med balansräkningens summa tillgångar.",
    severity: "fel",
    kinds: ["arsredovisning"],
  },
  {
    id: "bokforing-konto",
    family: "bokslut",
    title: "Varje konto med belopp har en plats",
    description: "Ett konto i bokföringen med ett belopp som ingen regel i kontoplan.yaml tar: beloppet saknas i årsredovisningen.",
    severity: "fel",
    kinds: ["arsredovisning"],
  },
  {
    id: "ingaende-balans",
    family: "bokslut",
    title: "Ingående balans = förra årets utgående",
    description: "Ett ingående eget kapital eller ingående likvida medel som står i data är lika med föregående års utgående belopp.",
    severity: "fel",
    kinds: ["arsredovisning", "uppfoljning"],
  },
  {
    id: "kassa",
    family: "bokslut",
    title: "Kassaflödet når kassan",
    description: "Likvida medel vid årets början + årets kassaflöde = likvida medel vid årets slut = balansräkningens kassa och bank.",
    severity: "fel",
    kinds: ["arsredovisning"],
  },
  {
    id: "kassaflode-forandring",
    family: "bokslut",
    title: "Rörelsekapitalets förändring",
    description: "En rad i kassaflödesanalysen som förklarar en förändring (t.ex. kortfristiga skulder) är lika med förändringen av raden i balansräkningen.",
    severity: "varning",
    kinds: ["arsredovisning"],
  },
  {
    id: "resultat-drift",
    family: "bokslut",
    title: "Resultaträkningen = driftsredovisningen",
    description: "Resultaträkningens årets resultat är lika med driftsredovisningens resultat (utfall) samma år.",
    severity: "fel",
    kinds: ["arsredovisning"],
  },
  {
    id: "deltagare",
    family: "deltagare",
    title: "Kvinnor + män + ej angivet = totalt",
    description: "För varje deltagarantal där alla delar anges är kvinnor + män + ej angivet lika med totalt, och totalt är inte mindre än kvinnor + män.",
    severity: "fel",
    kinds: ["arsredovisning"],
  },
  {
    id: "deltagare-avslut",
    family: "deltagare",
    title: "Status vid avslut ryms i de avslutade",
    description:
      "Varje år och för alla, kvinnor och män: kategorierna för status vid avslut är tillsammans högst årets avslutade deltagare, " +
      "och en underkategori (”varav arbete”) är högst kategorin den är en del av.",
    severity: "fel",
    kinds: ["arsredovisning"],
  },
  {
    id: "angiven-uppgift",
    family: "text",
    title: "Siffror i texten = data",
    description:
      "Ett antal eller en andel som texten anger (angivet i data) är samma tal som det beräknade värdet det citerar, så att samma uppgift i tabell, text och " +
      "måluppföljning är samma tal; andelar jämförs som de visas (hela procent). ”Ca”-uppgifter nära värdet är en notering.",
    severity: "fel",
    kinds: ["arsredovisning"],
  },
  {
    id: "text",
    family: "text",
    title: "Belopp i texten = budgeten",
    description: "Ett belopp som verksamhetsplanens text anger är lika med budgetraderna det sammanfattar, inom avrundning.",
    severity: "fel",
    kinds: ["verksamhetsplan"],
  },
  {
    id: "siffra-i-text",
    family: "text",
    title: "Siffror i texten hämtas ur data",
    description:
      "Ett tal som står skrivet i texten (textfilerna, protokollets text och beslut) i stället för att hämtas ur data med {% tal %}, {% belopp %} eller " +
      "{% procent %} syns för ingen annan regel. Årtal, datum, klockslag, paragraf- och avsnittsnummer, hänvisningar (Tabell 1, Not 5), lagrum, " +
      'diarienummer, telefon- och postnummer räknas inte. Ett tal som ska stå som det är skrivs {% ordagrant "16–29" %}. ' +
      "I dokumentens textfiler en varning (bundet eller märkt skrivs talet ut likadant, så ett antaget dokument ändras inte); " +
      "i protokollets text, där inget finns att hämta ur data, en notering.",
    severity: "varning",
    kinds: ["arsredovisning", "verksamhetsplan", "driftsredovisning", "protokoll", "uppfoljning", "internkontrollplan"],
  },
  {
    id: "malstatus",
    family: "mal",
    title: "Målstatus stämmer med utfallet",
    description: "Den angivna statusen (uppnått, delvis uppnått, ej uppnått) stämmer med målets målvärde mot resultatet.",
    severity: "varning",
    kinds: ["arsredovisning"],
  },
  {
    id: "malstatus-text",
    family: "mal",
    title: "Målstatusens text = statusen",
    description:
      "Texten som anger en målstatus (”Målet är delvis uppnått”) säger samma status som den angivna statusen (uppnått, delvis uppnått, ej uppnått). " +
      "Texten läses bara när den är en av statusens standardformuleringar (”Målet är …”, en kommentar inom parentes får följa); annan text jämförs inte.",
    severity: "fel",
    kinds: ["arsredovisning"],
  },
  {
    id: "malvarde-text",
    family: "mal",
    title: "Målvärdet = talet i målets text",
    description:
      "Ett mål med text och målvärde (verksamhetsplanens resultatmål och insatsmål, årsredovisningens egna mål): när texten skriver exakt ett tal " +
      "av målvärdets slag — en procentsats för ett mål i procent, ett antal för ett mål i personer eller antal — är det målvärdet. " +
      "Bara talet läses: en text utan ett sådant tal eller med flera jämförs inte. Årtal och intervall (16–29) räknas inte som antal.",
    severity: "varning",
    kinds: ["verksamhetsplan", "arsredovisning"],
  },
  {
    id: "eget-kapital",
    family: "budget",
    title: "Eget kapital rullas fram",
    description: "Eget kapital vid årets början + årets resultat = eget kapital vid årets slut = nästa års ingående eget kapital, varje planår.",
    severity: "fel",
    kinds: ["verksamhetsplan"],
  },
  {
    id: "eget-kapital-niva",
    family: "budget",
    title: "Eget kapital inom rekommenderad nivå",
    description: "Eget kapital vid årets slut är högst den rekommenderade nivån (Nationella rådet: ca 20 % av årets medlemsbidrag); över nivån är en notering.",
    severity: "notering",
    kinds: ["verksamhetsplan"],
  },
  {
    id: "insats",
    family: "budget",
    title: "Budgetraden = insatsens finansiering",
    description: "En budgetrad för en insats är lika med finansieringen som insatsens beskrivning anger för året, inom avrundning.",
    severity: "fel",
    kinds: ["verksamhetsplan"],
  },
  {
    id: "arsarbetare",
    family: "budget",
    title: "Finansierade tjänster = verksamhetsplanens årsarbetare",
    description:
      "Antalet tjänster hos medlemmarna som årsredovisningen anger att förbundet finansierade (årsarbetare) är lika med årsarbetarna som samma års " +
      "verksamhetsplan ger för insatsernas bemannade funktioner, jämfört med så många decimaler som årsredovisningen skriver. " +
      "Kansliets anställda jämförs inte: planen anger dem inte.",
    severity: "varning",
    kinds: ["arsredovisning"],
  },
  {
    id: "insats-ar",
    family: "budget",
    title: "Insatsens år",
    description:
      "En budgetrad för en insats har belopp bara de år insatsen finansieras: inom dess period, " +
      "eller (utan period) de år dess finansiering anger. Ett belopp utanför dem är ett fel.",
    severity: "fel",
    kinds: ["verksamhetsplan"],
  },
  {
    id: "part",
    family: "dokument",
    title: "Parterna är medlemmar",
    description: "En insats ägare och samverkansparter är medlemmar i förbundet.",
    severity: "varning",
    kinds: ["verksamhetsplan"],
  },
  {
    id: "innehall-sidnummer",
    family: "dokument",
    title: "Innehållets sidnummer i ordning",
    description: "Det tryckta innehållets sidnummer ökar uppifrån och ned.",
    severity: "notering",
    kinds: ["arsredovisning"],
  },
  {
    id: "data",
    family: "dokument",
    title: "Data hänger ihop",
    description: "Det som data hänvisar till finns: rader, noter, mål, enkätfrågor och beräknade värden.",
    severity: "fel",
    kinds: ["arsredovisning"],
  },
  {
    id: "protokoll",
    family: "protokoll",
    title: "Protokollet är fullständigt",
    description:
      "Paragraferna numreras i följd, sammanträdet slutar efter att det börjar, och de beslutande " +
      "är närvarande, inom protokollets paragrafer och inte både ledamot och ersättare.",
    severity: "fel",
    kinds: ["protokoll"],
  },
  {
    id: "justerare",
    family: "protokoll",
    title: "Justeraren var med på sammanträdet",
    description:
      "Varje justerare är en ledamot eller ersättare som var närvarande och beslutande vid sammanträdet (inte en övrig deltagare), " +
      "och har en underskrift i protokollet.",
    severity: "fel",
    kinds: ["protokoll"],
  },
  {
    id: "justering-datum",
    family: "protokoll",
    title: "Justeringen efter sammanträdet",
    description: "Protokollet justeras samma dag som sammanträdet eller senare: ett justeringsdatum före sammanträdets datum är ett fel.",
    severity: "fel",
    kinds: ["protokoll"],
  },
  {
    id: "anslag",
    family: "protokoll",
    title: "Anslaget i tid",
    description:
      "Protokollet anslås efter justeringen och senast andra dagen efter den, eller nästa " +
      "vardag när den dagen är en lördag, söndag, helgdag, midsommar-, jul- eller nyårsafton.",
    severity: "fel",
    kinds: ["protokoll"],
  },
  {
    id: "uppfoljning-period",
    family: "uppfoljning",
    title: "Perioden är tertialets",
    description:
      "En tertialuppföljning gäller januari–april (tertial 1) eller januari–augusti (tertial 2): periodens första och sista dag, " +
      "och den sista dag som SIE-importen summerade, är tertialets.",
    severity: "fel",
    kinds: ["uppfoljning"],
  },
  {
    id: "uppfoljning-bokforing",
    family: "uppfoljning",
    title: "Periodens utfall = bokföringen",
    description:
      "Varje rads utfall för perioden är lika med summan av radens konton i SIE-filen som importerades (kontrollsummorna i bokforing), " +
      "avrundad till dokumentets enhet.",
    severity: "fel",
    kinds: ["uppfoljning"],
  },
  {
    id: "uppfoljning-budget",
    family: "uppfoljning",
    title: "Årsbudgeten är verksamhetsplanens",
    description: "En årsbudget som uppföljningen skriver för en rad är lika med budgetraden (plan_line) i årets verksamhetsplan.",
    severity: "fel",
    kinds: ["uppfoljning"],
  },
  {
    id: "uppfoljning-utfall",
    family: "uppfoljning",
    title: "Ett tertial har inte mer än helåret",
    description:
      "För en rad som bara växer under året (intäkter och kostnader) är utfallet för januari–april högst januari–augusti, " +
      "och båda högst årets utfall i driftsredovisningen.",
    severity: "varning",
    kinds: ["uppfoljning"],
  },
  {
    id: "uppfoljning-mal",
    family: "uppfoljning",
    title: "Målen är planens",
    description: "Ett resultatmål som tertialuppföljningen följer upp finns bland resultatmålen i årets verksamhetsplan (samma id).",
    severity: "fel",
    kinds: ["uppfoljning"],
  },
  {
    id: "prognos-plan",
    family: "uppfoljning",
    title: "Planens eget kapital = prognosen",
    description:
      "Verksamhetsplanens kända eget kapital (balance) är lika med eget kapital vid årets slut enligt helårsprognosen i förra årets " +
      "tertialuppföljning T2, framräknat med planens resultat — när den uppföljningen finns i data/.",
    severity: "fel",
    kinds: ["verksamhetsplan"],
  },
  {
    id: "prognos-utfall",
    family: "uppfoljning",
    title: "Utfallet nära prognosen",
    description:
      "Årsredovisningens utfall per driftsredovisningsrad jämförs med helårsprognosen i årets tertialuppföljning T2: en avvikelse större än " +
      "förbundets gräns (prognos_varning i forbund.yaml: andel av prognosen, förvalt 10 %, och minsta belopp) är en varning.",
    severity: "varning",
    kinds: ["arsredovisning"],
  },
  {
    id: "internkontroll-risk",
    family: "uppfoljning",
    title: "Internkontrollens status gäller planens risker",
    description:
      "Varje status som tertialuppföljningen rapporterar för internkontrollen gäller en risk i årets internkontrollplan (riskens id). " +
      "En status för en risk som planen inte följer upp i tertialet tas med i uppföljningen och är en notering.",
    severity: "fel",
    kinds: ["uppfoljning"],
  },
  {
    id: "internkontroll-status",
    family: "uppfoljning",
    title: "Planens kontroller har en status",
    description:
      "Varje kontrollmoment som årets internkontrollplan följer upp i tertialet (follow_up t1 eller t2) har en status i den antagna " +
      "tertialuppföljningen: utan anmärkning, avvikelse eller ej genomförd. I ett utkast står en saknad status i checklistan.",
    severity: "varning",
    kinds: ["uppfoljning"],
  },
];

const byId = new Map(rules.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

/** The rules by family, in the catalogue's order, for the /granskning/ page. */
export function rulesByFamily(): { family: RuleFamily; label: string; rules: Rule[] }[] {
  return (Object.keys(ruleFamilies) as RuleFamily[])
    .map((family) => ({ family, label: ruleFamilies[family], rules: rules.filter((rule) => rule.family === family) }))
    .filter((group) => group.rules.length > 0);
}
