// SieModel → a SIE 4 file, in the order the spec lists the records: #FLAGGA, #FORMAT PC8,
// #SIETYP, #PROGRAM, #GEN, #FNAMN, #ORGNR, #KPTYP, #RAR, #KONTO/#KTYP, #IB, #UB, #RES, #PSALDO,
// #PBUDGET, #VER with its { #TRANS } block. CRLF line ends. Writes what the model holds; #FLAGGA 0
// and #SIETYP 4 when the model has none. #FORMAT is always PC8 — also with encoding "utf8", which
// makes the kind of file some programs write (UTF-8 that says PC8), for tests of the reader.
// Texts are quoted, \" and \\ escaped; a character the encoding lacks (CP437 has no € or –) or a
// line break in a text is an error, not a silent "?".
import iconv from "iconv-lite";
import { formatSieAmount } from "./amount.ts";
import type { PeriodSaldo, Saldo, SieModel, SieObject } from "./model.ts";

export interface WriteOptions {
  encoding: "cp437" | "utf8";
}

function quote(text: string): string {
  if (/[\r\n]/.test(text)) throw new Error(`SIE-text med radbrytning går inte att skriva: ${JSON.stringify(text)}`);
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** A code field (series, number, account, version): bare when it can be, else quoted ("" too). */
function code(text: string): string {
  return /^[^\s"{}\\]+$/.test(text) ? text : quote(text);
}

const sieDate = (iso: string) => iso.replace(/-/g, "");
const objects = (list: SieObject[]) => `{${list.map((object) => `${object.dim} ${quote(object.id)}`).join(" ")}}`;

/** Fields in order; trailing absent ones are left out, absent ones before a present one written "". */
function record(label: string, fields: (string | undefined)[]): string {
  let last = fields.length - 1;
  while (last >= 0 && fields[last] === undefined) last--;
  return [label, ...fields.slice(0, last + 1).map((field) => field ?? '""')].join(" ");
}

const quantity = (value: number | undefined) => (value === undefined ? undefined : String(value));

export function writeSieText(sie: SieModel): string {
  const lines: string[] = [];
  lines.push(record("#FLAGGA", [String(sie.flagga ?? 0)]));
  lines.push("#FORMAT PC8");
  lines.push(record("#SIETYP", [code(sie.sietyp ?? "4")]));
  if (sie.program) lines.push(record("#PROGRAM", [quote(sie.program.name), sie.program.version === undefined ? undefined : code(sie.program.version)]));
  if (sie.gen) lines.push(record("#GEN", [sieDate(sie.gen.date), sie.gen.sign === undefined ? undefined : quote(sie.gen.sign)]));
  if (sie.fnamn !== undefined) lines.push(record("#FNAMN", [quote(sie.fnamn)]));
  if (sie.orgnr !== undefined) lines.push(record("#ORGNR", [code(sie.orgnr)]));
  if (sie.kptyp !== undefined) lines.push(record("#KPTYP", [code(sie.kptyp)]));
  for (const rar of sie.rar) lines.push(record("#RAR", [String(rar.year), sieDate(rar.start), sieDate(rar.end)]));
  for (const konto of sie.konton) {
    lines.push(record("#KONTO", [code(konto.account), quote(konto.name)]));
    if (konto.type) lines.push(record("#KTYP", [code(konto.account), konto.type]));
  }
  const saldo = (label: string, list: Saldo[]) => {
    for (const s of list) lines.push(record(label, [String(s.year), code(s.account), formatSieAmount(s.amount), quantity(s.quantity)]));
  };
  saldo("#IB", sie.ib);
  saldo("#UB", sie.ub);
  saldo("#RES", sie.res);
  const period = (label: string, list: PeriodSaldo[]) => {
    for (const p of list) {
      lines.push(
        record(label, [String(p.year), p.period.replace("-", ""), code(p.account), objects(p.objects), formatSieAmount(p.amount), quantity(p.quantity)]),
      );
    }
  };
  period("#PSALDO", sie.psaldo);
  period("#PBUDGET", sie.pbudget);
  for (const ver of sie.ver) {
    lines.push(
      record("#VER", [
        code(ver.series),
        code(ver.number),
        sieDate(ver.date),
        ver.text === undefined ? undefined : quote(ver.text),
        ver.regdate === undefined ? undefined : sieDate(ver.regdate),
        ver.sign === undefined ? undefined : quote(ver.sign),
      ]),
    );
    lines.push("{");
    for (const trans of ver.trans) {
      lines.push(
        "   " +
          record("#TRANS", [
            code(trans.account),
            objects(trans.objects),
            formatSieAmount(trans.amount),
            trans.date === undefined ? undefined : sieDate(trans.date),
            trans.text === undefined ? undefined : quote(trans.text),
            quantity(trans.quantity),
            trans.sign === undefined ? undefined : quote(trans.sign),
          ]),
      );
    }
    lines.push("}");
  }
  return `${lines.join("\r\n")}\r\n`;
}

export function writeSie(sie: SieModel, options: WriteOptions): Uint8Array {
  const text = writeSieText(sie);
  if (options.encoding === "utf8") return new Uint8Array(Buffer.from(text, "utf8"));
  const bytes = iconv.encode(text, "cp437");
  const back = iconv.decode(bytes, "cp437");
  if (back !== text) {
    const missing = [...new Set([...text].filter((char) => iconv.decode(iconv.encode(char, "cp437"), "cp437") !== char))];
    throw new Error(`tecken som saknas i CP437 (PC8): ${missing.map((char) => JSON.stringify(char)).join(", ")}`);
  }
  return new Uint8Array(bytes);
}
