// The content of a SIE 4 file as data. Field names follow the SIE labels (#RAR → rar, #IB → ib …)
// so that anyone who knows the format finds their way; see README "SIE 4".
//
// Amounts are in kronor as the file writes them (SIE sign: debit positive, credit negative), with
// at most two decimals; arithmetic on them goes through öre (amount.ts), never through float sums.
// Dates are ISO strings ("2025-12-31"), periods "2025-01". `line` is where a parsed item stood in
// the file; the writer ignores it, and a model built by hand leaves it out.

/** #KTYP: T tillgång, S skuld (and eget kapital), K kostnad, I intäkt. */
export type KontoTyp = "T" | "S" | "K" | "I";

/** #RAR: a fiscal year. `year` 0 is the file's own year, −1 the one before. */
export interface Rar {
  year: number;
  start: string;
  end: string;
  line?: number;
}

/** #KONTO (name) with #KTYP (type) when the file gives one. */
export interface Konto {
  account: string;
  name: string;
  type?: KontoTyp;
  line?: number;
}

/** One pair of an object list: dimension number (1 kostnadsställe, 6 projekt …) and object id. */
export interface SieObject {
  dim: number;
  id: string;
}

/** #IB, #UB, #RES: year index, account, amount. */
export interface Saldo {
  year: number;
  account: string;
  amount: number;
  quantity?: number;
  line?: number;
}

/** #PSALDO, #PBUDGET: year index, period ("2025-03"), account, objects, amount. */
export interface PeriodSaldo {
  year: number;
  period: string;
  account: string;
  objects: SieObject[];
  amount: number;
  quantity?: number;
  line?: number;
}

/** #TRANS in a #VER block. */
export interface Trans {
  account: string;
  objects: SieObject[];
  amount: number;
  date?: string;
  text?: string;
  quantity?: number;
  sign?: string;
  line?: number;
}

/** #VER with its { #TRANS … } block. `number` may be "" in a 4I file (the receiver numbers it). */
export interface Ver {
  series: string;
  number: string;
  date: string;
  text?: string;
  regdate?: string;
  sign?: string;
  trans: Trans[];
  line?: number;
}

export interface SieModel {
  /** #FLAGGA: 0, or 1 once a receiving program has read the file. */
  flagga?: number;
  /** #FORMAT as written; the SIE spec allows only "PC8" (IBM codepage 437). */
  format?: string;
  /** #SIETYP as written: "4" (also read: "4E", "4I"). */
  sietyp?: string;
  program?: { name: string; version?: string };
  /** #GEN: when the file was made, and by whom. */
  gen?: { date: string; sign?: string };
  /** #FNAMN: the organisation's name. */
  fnamn?: string;
  /** #ORGNR: organisationsnummer (first field). */
  orgnr?: string;
  /** #KPTYP: the chart of accounts the file says it uses ("BAS2014", "EUBAS97" …). */
  kptyp?: string;
  rar: Rar[];
  konton: Konto[];
  ib: Saldo[];
  ub: Saldo[];
  res: Saldo[];
  psaldo: PeriodSaldo[];
  pbudget: PeriodSaldo[];
  ver: Ver[];
}

/** A model with nothing in it, to build on. */
export function emptySie(): SieModel {
  return { rar: [], konton: [], ib: [], ub: [], res: [], psaldo: [], pbudget: [], ver: [] };
}
