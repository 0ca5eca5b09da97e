// Reading and writing SIE 4 files (the export format of Swedish accounting programs): bytes in,
// data and problems out; nothing here touches the file system. See README "SIE 4".
import { type Decoded, decodeSie, type SieEncoding } from "./decode.ts";
import type { SieModel } from "./model.ts";
import { type ParsedSie, parseSie } from "./parse.ts";
import { type SieProblem, sortProblems } from "./problem.ts";
import { type ValidateOptions, validateSie } from "./validate.ts";

export { type AccountKind, accountKind, printedSign } from "./accounts.ts";
export { formatKronor, formatSieAmount, fromOre, parseOre, sumKronor, toOre } from "./amount.ts";
export { type BalanceSource, type Classification, type ClassifiedYear, classifySie, type ResultSource, type UnclassifiedAccount } from "./classify.ts";
export { type Decoded, decodeSie, type SieEncoding } from "./decode.ts";
export { BAS, KATEGORIER, type Kategori, KOMMUN_BAS } from "./kommun-bas.ts";
export { type AccountMapping, type AccountRule, checkMapping, targetOf } from "./mapping.ts";
export * from "./model.ts";
export { type ParsedSie, parseSie, verName } from "./parse.ts";
export { formatSieProblem, type SieProblem, type SieSeverity, sortProblems } from "./problem.ts";
export { type SieField, type SieLine, tokenizeSie } from "./tokenize.ts";
export { type ValidateOptions, validateSie } from "./validate.ts";
export { type WriteOptions, writeSie, writeSieText } from "./write.ts";
export { calendarYear, fiscalYear, vouchersOfYear0, yearOf } from "./year.ts";

export interface ReadOptions extends ValidateOptions {
  /** The file's name, for messages ("bokslut.se:120: …"). */
  file?: string;
}

export interface SieResult {
  sie: SieModel;
  encoding: SieEncoding;
  /** Every problem found, in file order. */
  problems: SieProblem[];
  /** Records of labels not read (unknown to this reader, or not needed), with their lines. */
  ignored: ParsedSie["ignored"];
}

const ENCODING_NAMES: Record<SieEncoding, string> = {
  utf8: "UTF-8",
  cp437: "IBM-teckentabell 437",
  "windows-1252": "Latin-1 (windows-1252)",
};

function encodingProblems(decoded: Decoded, file: string): SieProblem[] {
  const problems: SieProblem[] = [];
  if (decoded.declared === "PC8" && decoded.encoding !== "cp437") {
    problems.push({
      file,
      ...(decoded.declaredLine ? { line: decoded.declaredLine } : {}),
      severity: "varning",
      message: `#FORMAT PC8 anger IBM-teckentabell 437, men filen är läst som ${ENCODING_NAMES[decoded.encoding]}: ${decoded.reason}`,
    });
  }
  if (decoded.replaced) {
    problems.push({
      file,
      line: decoded.replaced.line,
      severity: "varning",
      message:
        `filen innehåller ${decoded.replaced.count} ersättningstecken (\ufffd): tecken som å, ä och ö har gått förlorade ` +
        "innan filen lästes (den har kodats om fel); be om en ny export",
    });
  }
  return problems;
}

/** Decode, parse and validate one SIE file. */
export function readSie(bytes: Uint8Array, options: ReadOptions = {}): SieResult {
  const file = options.file ?? "fil.se";
  const decoded = decodeSie(bytes);
  const parsed = parseSie(decoded.text, file);
  const problems = [...encodingProblems(decoded, file), ...parsed.problems, ...validateSie(parsed, file, options)];
  return { sie: parsed.sie, encoding: decoded.encoding, problems: sortProblems(problems), ignored: parsed.ignored };
}
export { cutAtPeriod, type PeriodCut, periodMonths } from "./period.ts";
