// Decoding SIE bytes: CP437 (#FORMAT PC8, the spec), windows-1252 and UTF-8 as files come in
// practice. The bytes are made with iconv-lite here, independently of the module's writer.
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeSie, readSie, writeSieText } from "../src/import/sie/index.ts";
import { forbundYear } from "./helpers/sie-model.ts";

const LETTERS = "Å Ä Ö å ä ö";
const text = [
  "#FLAGGA 0",
  "#FORMAT PC8",
  "#SIETYP 4",
  '#FNAMN "Samordningsförbundet Östra Södertörn"',
  "#RAR 0 20250101 20251231",
  `#KONTO 1930 "Företagskonto ${LETTERS}"`,
  '#KONTO 2440 "Leverantörsskulder"',
  "#UB 0 1930 1000.00",
  "#UB 0 2440 -1000.00",
  "",
].join("\r\n");
const withoutFormat = text.replace("#FORMAT PC8\r\n", "");

function names(bytes: Uint8Array) {
  const result = readSie(bytes, { file: "test.se" });
  return { result, fnamn: result.sie.fnamn, konto: result.sie.konton[0]?.name };
}

describe("CP437 (#FORMAT PC8)", () => {
  const bytes = iconv.encode(text, "cp437");

  it("is what the test made: å ä ö Å Ä Ö as the CP437 bytes 86 84 94 8F 8E 99", () => {
    expect([...bytes]).toEqual(expect.arrayContaining([0x86, 0x84, 0x94, 0x8f, 0x8e, 0x99]));
  });

  it("decodes Å Ä Ö å ä ö right, without problems", () => {
    const { result, fnamn, konto } = names(bytes);
    expect(result.encoding).toBe("cp437");
    expect(fnamn).toBe("Samordningsförbundet Östra Södertörn");
    expect(konto).toBe(`Företagskonto ${LETTERS}`);
    expect(result.problems).toEqual([]);
  });

  it("decodes a whole generated förbund year with every name intact", () => {
    const model = forbundYear();
    const result = readSie(iconv.encode(writeSieText(model), "cp437"));
    expect(result.encoding).toBe("cp437");
    expect(result.sie.konton.map((k) => k.name)).toEqual(model.konton.map((k) => k.name));
    expect(result.sie.ver.map((v) => v.text)).toEqual(model.ver.map((v) => v.text));
  });

  it("reads a pure ASCII file as CP437 (nothing to tell the encodings apart)", () => {
    expect(decodeSie(iconv.encode("#FORMAT PC8\r\n#SIETYP 4\r\n", "cp437")).encoding).toBe("cp437");
  });
});

describe("Latin-1 (windows-1252)", () => {
  it("decodes Å Ä Ö å ä ö right and warns that #FORMAT PC8 says otherwise", () => {
    const bytes = iconv.encode(text, "win1252");
    expect([...bytes]).toEqual(expect.arrayContaining([0xe5, 0xe4, 0xf6, 0xc5, 0xc4, 0xd6]));
    const { result, fnamn, konto } = names(bytes);
    expect(result.encoding).toBe("windows-1252");
    expect(fnamn).toBe("Samordningsförbundet Östra Södertörn");
    expect(konto).toBe(`Företagskonto ${LETTERS}`);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ line: 2, severity: "varning" });
    expect(result.problems[0]!.message).toMatch(/^#FORMAT PC8 anger IBM-teckentabell 437, men filen är läst som Latin-1 \(windows-1252\)/);
  });

  it("decodes a file without #FORMAT, with no varning", () => {
    const { result, konto } = names(iconv.encode(withoutFormat, "win1252"));
    expect(result.encoding).toBe("windows-1252");
    expect(konto).toBe(`Företagskonto ${LETTERS}`);
    expect(result.problems).toEqual([]);
  });
});

describe("UTF-8", () => {
  it("wins over #FORMAT PC8 when the bytes are valid UTF-8 with non-ASCII (with a varning)", () => {
    const { result, fnamn, konto } = names(iconv.encode(text, "utf8"));
    expect(result.encoding).toBe("utf8");
    expect(fnamn).toBe("Samordningsförbundet Östra Södertörn");
    expect(konto).toBe(`Företagskonto ${LETTERS}`);
    expect(result.problems.map((p) => [p.line, p.severity])).toEqual([[2, "varning"]]);
    expect(result.problems[0]!.message).toContain("läst som UTF-8: filens bytes är giltig UTF-8");
  });

  it("warns when the text holds U+FFFD: letters destroyed by an earlier wrong conversion", () => {
    const damaged = text.replace("Företagskonto", "F\ufffdretagskonto").replace("Östra", "\ufffdstra");
    const { result } = names(iconv.encode(damaged, "utf8"));
    expect(result.problems.map((p) => [p.line, p.severity])).toEqual([
      [2, "varning"],
      [4, "varning"],
    ]);
    expect(result.problems[1]!.message).toMatch(/^filen innehåller 2 ersättningstecken \(\ufffd\): tecken som å, ä och ö har gått förlorade/);
  });

  it("reads a file with a byte order mark, the mark not part of the first label", () => {
    const bytes = iconv.encode(withoutFormat, "utf8", { addBOM: true });
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { result, konto } = names(bytes);
    expect(result.encoding).toBe("utf8");
    expect(result.sie.flagga).toBe(0);
    expect(konto).toBe(`Företagskonto ${LETTERS}`);
    expect(result.problems).toEqual([]);
  });
});
