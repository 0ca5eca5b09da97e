// Records → SieModel. Reads the labels this project needs (model.ts); every other label, known
// to the spec (#ADRESS, #DIM, #OBJEKT, #SRU, #OIB, #KSUMMA …) or not, is listed in `ignored` and
// otherwise skipped, as the spec asks of readers. #RTRANS and #BTRANS (rows added or struck out
// after registration) are skipped too: the spec has every #RTRANS followed by the same row as
// #TRANS, and a #BTRANS row no longer counts. #KSUMMA is not verified.
import { fromOre, parseOre } from "./amount.ts";
import { emptySie, type Konto, type KontoTyp, type SieModel, type SieObject, type Trans, type Ver } from "./model.ts";
import { ProblemList, type SieProblem } from "./problem.ts";
import { type SieField, type SieLine, tokenizeSie } from "./tokenize.ts";

export interface ParsedSie {
  sie: SieModel;
  problems: SieProblem[];
  /** Records of labels not read into the model. */
  ignored: { label: string; line: number }[];
  /** What could not be read: validation does not add sums that would be wrong because of it. */
  unreadable: { ver: Set<Ver>; accounts: Set<string>; someAccount: boolean };
  /** Where the header records stood, for messages. */
  headerLines: Partial<Record<"flagga" | "format" | "sietyp" | "program" | "gen" | "fnamn" | "orgnr" | "kptyp", number>>;
}

type SieRecord = Extract<SieLine, { kind: "record" }>;

const KONTO_TYPES = new Set<string>(["T", "S", "K", "I"]);
/** Lines without a label reported one by one; the rest are counted. */
const MAX_OTHER_LINES = 10;
const BLOCK_LABELS = new Set(["#TRANS", "#RTRANS", "#BTRANS"]);
const READ_LABELS = new Set([
  "#FLAGGA",
  "#FORMAT",
  "#SIETYP",
  "#PROGRAM",
  "#GEN",
  "#FNAMN",
  "#ORGNR",
  "#KPTYP",
  "#RAR",
  "#KONTO",
  "#KTYP",
  "#IB",
  "#UB",
  "#RES",
  "#PSALDO",
  "#PBUDGET",
  "#VER",
]);

export function verName(ver: Pick<Ver, "series" | "number">): string {
  return `#VER ${ver.series || '""'} ${ver.number || '""'}`;
}

function isoDate(text: string): string | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) {
    return undefined;
  }
  return `${y}-${m}-${d}`;
}

/** Reads the fields of one record, reporting what is missing or malformed; undefined then. */
class Fields {
  ok = true;
  constructor(
    private readonly record: SieRecord,
    private readonly problems: ProblemList,
    private readonly fields: SieField[] = record.fields,
  ) {}

  private fail(message: string): undefined {
    this.ok = false;
    this.problems.fel(this.record.line, `${this.record.label}: ${message}`);
    return undefined;
  }

  /** A field that must be there (it may be ""). */
  text(index: number, what: string): string | undefined {
    const field = this.fields[index];
    if (!field) return this.fail(`${what} saknas`);
    if (field.kind === "list") return this.fail(`${what} väntades, men fältet är en objektlista`);
    return field.value;
  }

  /** An optional field: absent, "" or a list (which a text field never is) → undefined. */
  optional(index: number): string | undefined {
    const field = this.fields[index];
    return field?.kind === "text" && field.value !== "" ? field.value : undefined;
  }

  nonEmpty(index: number, what: string): string | undefined {
    const value = this.text(index, what);
    if (value === "") return this.fail(`${what} är tomt`);
    return value;
  }

  integer(index: number, what: string): number | undefined {
    const value = this.text(index, what);
    if (value === undefined) return undefined;
    if (!/^[+-]?\d+$/.test(value)) return this.fail(`${what} "${value}" är inte ett heltal`);
    return Number(value);
  }

  amount(index: number, what = "beloppet"): number | undefined {
    const value = this.text(index, what);
    if (value === undefined) return undefined;
    const ore = parseOre(value);
    if (ore === undefined) {
      return this.fail(`${what} "${value}" är inte ett SIE-belopp (punkt som decimaltecken, högst två decimaler)`);
    }
    return fromOre(ore);
  }

  quantity(index: number): number | undefined {
    const value = this.optional(index);
    if (value === undefined) return undefined;
    if (!/^[+-]?\d+(\.\d+)?$/.test(value)) return this.fail(`kvantiteten "${value}" är inte ett tal`);
    return Number(value);
  }

  date(index: number, what: string, required: boolean): string | undefined {
    const value = required ? this.text(index, what) : this.optional(index);
    if (value === undefined) return undefined;
    const date = isoDate(value);
    if (!date) return this.fail(`${what} "${value}" är inte ett datum (ÅÅÅÅMMDD)`);
    return date;
  }

  period(index: number): string | undefined {
    const value = this.text(index, "perioden");
    if (value === undefined) return undefined;
    const match = /^(\d{4})(\d{2})$/.exec(value);
    if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) {
      return this.fail(`perioden "${value}" är inte en månad (ÅÅÅÅMM)`);
    }
    return `${match[1]}-${match[2]}`;
  }

  objects(index: number): SieObject[] | undefined {
    const field = this.fields[index];
    if (!field) return this.fail("objektlistan saknas (skriv {} för inga objekt)");
    if (field.kind !== "list") return this.fail(`objektlista väntades, fann "${field.value}"`);
    if (field.items.length % 2 !== 0) {
      return this.fail(`objektlistan {${field.items.join(" ")}} har en dimension utan objekt`);
    }
    const objects: SieObject[] = [];
    for (let i = 0; i < field.items.length; i += 2) {
      const dim = field.items[i]!;
      if (!/^\d+$/.test(dim)) return this.fail(`dimensionen "${dim}" i objektlistan är inte ett nummer`);
      objects.push({ dim: Number(dim), id: field.items[i + 1]! });
    }
    return objects;
  }
}

export function parseSie(text: string, file = "fil.se"): ParsedSie {
  const problems = new ProblemList(file);
  const sie = emptySie();
  const ignored: ParsedSie["ignored"] = [];
  const unreadable: ParsedSie["unreadable"] = { ver: new Set(), accounts: new Set(), someAccount: false };
  const headerLines: ParsedSie["headerLines"] = {};
  const ktyp: { account: string; type: KontoTyp; line: number }[] = [];

  // #VER block state: waiting for "{", inside the block, inside a block of a #VER that could not
  // be read (skipped), or #TRANS following a #VER without braces ("bare").
  type State = "none" | "await" | "awaitSkip" | "block" | "skip" | "bare";
  let state = "none" as State;
  let current: Ver | undefined;

  const unreadableAccount = (record: SieRecord, index: number) => {
    const field = record.fields[index];
    if (field?.kind === "text" && field.value !== "") unreadable.accounts.add(field.value);
    else unreadable.someAccount = true;
  };

  const endVer = (line: number, reason: "next" | "eof") => {
    if (!current) return;
    if (state === "await") problems.fel(current.line, `${verName(current)} saknar sitt block { #TRANS … }`);
    if (state === "block") {
      problems.fel(
        current.line,
        reason === "eof" ? `blocket till ${verName(current)} avslutas aldrig med }` : `blocket till ${verName(current)} avslutas inte med } före rad ${line}`,
      );
    }
  };

  const header = <K extends keyof ParsedSie["headerLines"]>(key: K, record: SieRecord, apply: () => void) => {
    const first = headerLines[key];
    if (first !== undefined) {
      problems.varning(record.line, `${record.label} förekommer mer än en gång; den på rad ${first} gäller`);
      return;
    }
    headerLines[key] = record.line;
    apply();
  };

  const readTrans = (record: SieRecord): Trans | undefined => {
    let fieldList = record.fields;
    if (fieldList[1]?.kind === "text") {
      problems.varning(record.line, "#TRANS saknar objektlista; läst som {} (inga objekt)");
      fieldList = [fieldList[0]!, { kind: "list", items: [] }, ...fieldList.slice(1)];
    }
    const f = new Fields(record, problems, fieldList);
    const account = f.nonEmpty(0, "kontonumret");
    const objects = f.objects(1);
    const amount = f.amount(2);
    const date = f.date(3, "transaktionsdatumet", false);
    const text = f.optional(4);
    const quantity = f.quantity(5);
    const sign = f.optional(6);
    if (!f.ok || account === undefined || objects === undefined || amount === undefined) return undefined;
    return {
      account,
      objects,
      amount,
      ...(date !== undefined ? { date } : {}),
      ...(text !== undefined ? { text } : {}),
      ...(quantity !== undefined ? { quantity } : {}),
      ...(sign !== undefined ? { sign } : {}),
      line: record.line,
    };
  };

  const blockRecord = (record: SieRecord) => {
    if (record.label !== "#TRANS") {
      ignored.push({ label: record.label, line: record.line });
      return;
    }
    const trans = record.error ? undefined : readTrans(record);
    if (record.error) problems.fel(record.line, `${record.label}: ${record.error}`);
    if (trans) current!.trans.push(trans);
    else {
      unreadable.ver.add(current!);
      unreadableAccount(record, 0);
    }
  };

  const topRecord = (record: SieRecord) => {
    if (record.error) {
      problems.fel(record.line, `${record.label}: ${record.error}`);
      if (record.label === "#VER") state = "awaitSkip";
      if (record.label === "#IB" || record.label === "#UB" || record.label === "#RES") unreadableAccount(record, 1);
      if (record.label === "#PSALDO" || record.label === "#PBUDGET") unreadableAccount(record, 2);
      return;
    }
    const f = new Fields(record, problems);
    switch (record.label) {
      case "#FLAGGA":
        header("flagga", record, () => {
          const value = f.integer(0, "flaggan");
          if (value !== undefined) sie.flagga = value;
        });
        break;
      case "#FORMAT":
        header("format", record, () => {
          const value = f.text(0, "formatet");
          if (value !== undefined) sie.format = value;
        });
        break;
      case "#SIETYP":
        header("sietyp", record, () => {
          const value = f.text(0, "typen");
          if (value !== undefined) sie.sietyp = value;
        });
        break;
      case "#PROGRAM":
        header("program", record, () => {
          const name = f.text(0, "programnamnet");
          const version = f.optional(1);
          if (name !== undefined) sie.program = { name, ...(version !== undefined ? { version } : {}) };
        });
        break;
      case "#GEN":
        header("gen", record, () => {
          const date = f.date(0, "datumet", true);
          const sign = f.optional(1);
          if (date !== undefined) sie.gen = { date, ...(sign !== undefined ? { sign } : {}) };
        });
        break;
      case "#FNAMN":
        header("fnamn", record, () => {
          const value = f.text(0, "företagsnamnet");
          if (value !== undefined) sie.fnamn = value;
        });
        break;
      case "#ORGNR":
        header("orgnr", record, () => {
          const value = f.optional(0);
          if (value !== undefined) sie.orgnr = value;
        });
        break;
      case "#KPTYP":
        header("kptyp", record, () => {
          const value = f.optional(0);
          if (value !== undefined) sie.kptyp = value;
        });
        break;
      case "#RAR": {
        const year = f.integer(0, "årsnumret");
        const start = f.date(1, "startdatumet", true);
        const end = f.date(2, "slutdatumet", true);
        if (year === undefined || start === undefined || end === undefined) break;
        const earlier = sie.rar.find((rar) => rar.year === year);
        if (earlier) problems.fel(record.line, `#RAR ${year} förekommer redan på rad ${earlier.line}`);
        else if (start > end) problems.fel(record.line, `#RAR ${year}: startdatumet ${start} ligger efter slutdatumet ${end}`);
        else sie.rar.push({ year, start, end, line: record.line });
        break;
      }
      case "#KONTO": {
        const account = f.nonEmpty(0, "kontonumret");
        const name = f.text(1, "kontonamnet");
        if (account === undefined || name === undefined) break;
        const earlier = sie.konton.find((konto) => konto.account === account);
        if (earlier) problems.varning(record.line, `#KONTO ${account} förekommer redan på rad ${earlier.line}; den gäller`);
        else sie.konton.push({ account, name, line: record.line });
        break;
      }
      case "#KTYP": {
        const account = f.nonEmpty(0, "kontonumret");
        const type = f.text(1, "kontotypen")?.toUpperCase();
        if (account === undefined || type === undefined) break;
        if (!KONTO_TYPES.has(type)) problems.fel(record.line, `#KTYP ${account}: okänd kontotyp "${type}" (T, S, K eller I)`);
        else ktyp.push({ account, type: type as KontoTyp, line: record.line });
        break;
      }
      case "#IB":
      case "#UB":
      case "#RES": {
        const year = f.integer(0, "årsnumret");
        const account = f.nonEmpty(1, "kontonumret");
        const amount = f.amount(2);
        const quantity = f.quantity(3);
        if (!f.ok || year === undefined || account === undefined || amount === undefined) {
          unreadableAccount(record, 1);
          break;
        }
        const list = record.label === "#IB" ? sie.ib : record.label === "#UB" ? sie.ub : sie.res;
        const earlier = list.find((saldo) => saldo.year === year && saldo.account === account);
        if (earlier) {
          problems.fel(record.line, `${record.label} ${year} ${account} förekommer redan på rad ${earlier.line}`);
          unreadable.accounts.add(account);
          break;
        }
        list.push({ year, account, amount, ...(quantity !== undefined ? { quantity } : {}), line: record.line });
        break;
      }
      case "#PSALDO":
      case "#PBUDGET": {
        const year = f.integer(0, "årsnumret");
        const period = f.period(1);
        const account = f.nonEmpty(2, "kontonumret");
        const objects = f.objects(3);
        const amount = f.amount(4);
        const quantity = f.quantity(5);
        if (!f.ok || year === undefined || period === undefined || account === undefined || objects === undefined || amount === undefined) {
          unreadableAccount(record, 2);
          break;
        }
        (record.label === "#PSALDO" ? sie.psaldo : sie.pbudget).push({
          year,
          period,
          account,
          objects,
          amount,
          ...(quantity !== undefined ? { quantity } : {}),
          line: record.line,
        });
        break;
      }
      case "#VER": {
        const series = f.text(0, "serien");
        const number = f.text(1, "verifikationsnumret");
        const date = f.date(2, "verifikationsdatumet", true);
        const text = f.optional(3);
        const regdate = f.date(4, "registreringsdatumet", false);
        const sign = f.optional(5);
        if (!f.ok || series === undefined || number === undefined || date === undefined) {
          state = "awaitSkip";
          break;
        }
        current = {
          series,
          number,
          date,
          ...(text !== undefined ? { text } : {}),
          ...(regdate !== undefined ? { regdate } : {}),
          ...(sign !== undefined ? { sign } : {}),
          trans: [],
          line: record.line,
        };
        sie.ver.push(current);
        state = "await";
        break;
      }
      default:
        ignored.push({ label: record.label, line: record.line });
    }
  };

  const items = tokenizeSie(text);
  if (!items.some((item) => item.kind === "record")) {
    problems.fel(undefined, "filen innehåller inga SIE-poster (ingen rad börjar med #)");
    return { sie, problems: problems.problems, ignored, unreadable, headerLines };
  }
  let others = 0;
  for (const item of items) {
    if (item.kind === "other") {
      if (++others <= MAX_OTHER_LINES) {
        problems.varning(item.line, `raden börjar inte med en #etikett och hoppas över: "${item.text.slice(0, 40)}"`);
      }
      continue;
    }
    if (item.kind === "open") {
      if (state === "await") state = "block";
      else if (state === "awaitSkip") state = "skip";
      else {
        if (state === "block" || state === "bare") endVer(item.line, "next");
        problems.fel(item.line, "{ utan #VER före");
        state = "skip";
      }
      continue;
    }
    if (item.kind === "close") {
      if (state === "block" || state === "skip") state = "none";
      else problems.fel(item.line, "} utan { före");
      continue;
    }
    // A record.
    if (state === "skip") {
      // Inside a block that is not read: everything up to its "}", unless a #VER shows it never ends.
      if (item.label !== "#VER") continue;
      problems.fel(item.line, "#VER börjar innan det föregående blocket har avslutats med }");
      state = "none";
    }
    if (BLOCK_LABELS.has(item.label)) {
      if (state === "await" && current) {
        problems.fel(current.line, `${verName(current)}: #TRANS utan block { … }`);
        state = "bare";
      }
      if (state === "block" || state === "bare") blockRecord(item);
      else if (state === "awaitSkip") continue;
      else problems.fel(item.line, `${item.label} står utanför ett #VER-block`);
      continue;
    }
    if (state === "block") {
      if (!READ_LABELS.has(item.label)) {
        ignored.push({ label: item.label, line: item.line });
        continue;
      }
      endVer(item.line, "next");
    } else if (state === "await") endVer(item.line, "next");
    state = "none";
    current = undefined;
    topRecord(item);
  }
  if (others > MAX_OTHER_LINES) {
    problems.varning(undefined, `ytterligare ${others - MAX_OTHER_LINES} rader utan #etikett hoppades över`);
  }
  if (state === "block" || state === "await") endVer(0, "eof");
  if (state === "skip") problems.fel(undefined, "det sista blocket avslutas aldrig med }");

  for (const { account, type, line } of ktyp) {
    const konto: Konto | undefined = sie.konton.find((k) => k.account === account);
    if (!konto) problems.varning(line, `#KTYP ${account}: kontot saknar #KONTO`);
    else if (konto.type && konto.type !== type) problems.varning(line, `#KTYP ${account} förekommer redan; ${konto.type} gäller`);
    else konto.type = type;
  }

  const sietyp = sie.sietyp?.toUpperCase();
  if (sietyp === undefined) problems.fel(undefined, "filen saknar #SIETYP (väntade 4)");
  else if (!["4", "4E", "4I"].includes(sietyp)) {
    problems.fel(headerLines.sietyp, `#SIETYP ${sie.sietyp}: bara SIE typ 4 (verifikationer och saldon) läses här`);
  }
  if (sie.format !== undefined && sie.format.toUpperCase() !== "PC8") {
    problems.varning(headerLines.format, `#FORMAT ${sie.format} är okänt; SIE anger bara PC8`);
  }

  return { sie, problems: problems.problems, ignored, unreadable, headerLines };
}
