// Bytes → text. The SIE spec knows one character set, "#FORMAT PC8" = IBM codepage 437, but files
// in the wild are also windows-1252 (Latin-1) or UTF-8, often still saying PC8. The rule, in order:
//
//   1. a UTF-8 byte order mark → UTF-8;
//   2. valid UTF-8 containing non-ASCII bytes → UTF-8, whatever #FORMAT says (CP437 or Latin-1
//      Swedish text is in practice never valid UTF-8: å ä ö are lone bytes ≥ 0x80 there);
//   3. otherwise an 8-bit file: CP437 or windows-1252, decided by the Swedish letters. Å Ä Ö å ä ö
//      é ü are 0x8F 0x8E 0x99 0x86 0x84 0x94 0x82 0x81 in CP437 and 0xC5 0xC4 0xD6 0xE5 0xE4 0xF6
//      0xE9 0xFC in windows-1252 (where CP437 has box drawing and Greek there, and windows-1252
//      has „ † ” ™ at CP437's letters). More letter bytes of one table → that encoding; a tie
//      (pure ASCII too) → CP437, as the spec prescribes.
//
// When the encoding chosen is not the one #FORMAT declares, the caller gets a varning; so too when
// the text holds U+FFFD (�), which means characters were destroyed before the file reached us.
import iconv from "iconv-lite";

export type SieEncoding = "utf8" | "cp437" | "windows-1252";

export interface Decoded {
  text: string;
  encoding: SieEncoding;
  /** #FORMAT's value as found in the bytes ("PC8"), if any. */
  declared?: string;
  /** Line of #FORMAT, for messages. */
  declaredLine?: number;
  /** Why this encoding, in Swedish (for a varning when it contradicts #FORMAT). */
  reason: string;
  /** How many U+FFFD replacement characters the text holds, and the first one's line. */
  replaced?: { count: number; line: number };
}

const CP437_LETTERS = new Set([0x8f, 0x8e, 0x99, 0x86, 0x84, 0x94, 0x82, 0x81, 0x90]);
const WIN1252_LETTERS = new Set([0xc5, 0xc4, 0xd6, 0xe5, 0xe4, 0xf6, 0xe9, 0xfc, 0xc9]);

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** #FORMAT's value, read from the bytes: labels are ASCII in every encoding. */
function declaredFormat(bytes: Uint8Array): { value: string; line: number } | undefined {
  const latin = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  const lines = latin.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const match = /^[ \t]*#FORMAT(?:[ \t]+"?([^"\s]*)"?)?/i.exec(lines[i]!);
    if (match) return { value: (match[1] ?? "").toUpperCase(), line: i + 1 };
  }
  return undefined;
}

function withReplaced(decoded: Decoded): Decoded {
  const count = decoded.text.split("\ufffd").length - 1;
  if (count === 0) return decoded;
  const line = decoded.text.slice(0, decoded.text.indexOf("\ufffd")).split(/\r\n|\r|\n/).length;
  return { ...decoded, replaced: { count, line } };
}

export function decodeSie(bytes: Uint8Array): Decoded {
  return withReplaced(decodeBytes(bytes));
}

function decodeBytes(bytes: Uint8Array): Decoded {
  const format = declaredFormat(bytes);
  const declared = format ? { declared: format.value, declaredLine: format.line } : {};

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: iconv.decode(bytes, "utf8"), encoding: "utf8", ...declared, reason: "filen börjar med UTF-8-BOM" };
  }
  const nonAscii = bytes.some((byte) => byte >= 0x80);
  if (nonAscii && isValidUtf8(bytes)) {
    return { text: iconv.decode(bytes, "utf8"), encoding: "utf8", ...declared, reason: "filens bytes är giltig UTF-8" };
  }
  let cp437 = 0;
  let win1252 = 0;
  for (const byte of bytes) {
    if (CP437_LETTERS.has(byte)) cp437++;
    else if (WIN1252_LETTERS.has(byte)) win1252++;
  }
  if (win1252 > cp437) {
    return {
      text: iconv.decode(bytes, "windows1252"),
      encoding: "windows-1252",
      ...declared,
      reason: `å/ä/ö är kodade som i Latin-1/windows-1252 (${win1252} tecken mot ${cp437} som i CP437)`,
    };
  }
  return { text: iconv.decode(bytes, "cp437"), encoding: "cp437", ...declared, reason: "SIE-standardens teckenuppsättning (PC8)" };
}
