// PDF text strings (PDF 1.7, 7.9.2.2): how the metadata and the bookmarks' titles are written and read.

/** A PDF text string (hex UTF-16BE with BOM, or a literal) as text. */
export function decodeTextString(raw: string): string {
  if (raw.startsWith("<")) {
    const hex = raw.slice(1, -1).replace(/\s+/g, "");
    const bytes = Buffer.from(hex, "hex");
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return bytes.subarray(2).swap16().toString("utf16le");
    return bytes.toString("latin1");
  }
  const escapes: Record<string, string> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f", "(": "(", ")": ")", "\\": "\\" };
  return raw.slice(1, -1).replace(/\\([0-7]{1,3}|.)/g, (_, code: string) => escapes[code] ?? String.fromCharCode(Number.parseInt(code, 8)));
}

/** A text as a PDF text string: UTF-16BE with BOM, as hex, so å, ä, ö and quotes need no escaping. */
export function encodeTextString(text: string): string {
  let hex = "FEFF";
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, "0");
  return `<${hex}>`;
}
