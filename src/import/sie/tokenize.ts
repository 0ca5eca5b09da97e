// Text → records, as the SIE spec lays a file out: one record per line starting with #LABEL;
// fields separated by spaces or tabs; a field with spaces is quoted ("Bank och kassa"), a quote
// inside written \"; an object list in braces ({} or {1 "100" 6 "P1"}); a #VER's transactions in
// a block of lines between a line "{" and a line "}". Empty lines are skipped.

export type SieField = { kind: "text"; value: string; quoted: boolean } | { kind: "list"; items: string[] };

export type SieLine =
  | { kind: "record"; line: number; label: string; fields: SieField[]; error?: string }
  | { kind: "open"; line: number }
  | { kind: "close"; line: number }
  | { kind: "other"; line: number; text: string };

const SPACE = /[ \t\f\v\u00a0]/;

/** The fields after the label, or the reason they cannot be read (with the column). */
function readFields(text: string, from: number): { fields: SieField[]; error?: string } {
  const fields: SieField[] = [];
  let i = from;
  const quoted = (): { value: string; error?: string } => {
    const start = i;
    i++; // opening quote
    let value = "";
    while (i < text.length) {
      const char = text[i]!;
      if (char === "\\" && (text[i + 1] === '"' || text[i + 1] === "\\")) {
        value += text[i + 1];
        i += 2;
      } else if (char === '"') {
        i++;
        return { value };
      } else {
        value += char;
        i++;
      }
    }
    return { value, error: `citattecknet i kolumn ${start + 1} avslutas aldrig` };
  };
  const bare = (): string => {
    const start = i;
    while (i < text.length && !SPACE.test(text[i]!) && text[i] !== "{" && text[i] !== "}") i++;
    return text.slice(start, i);
  };

  while (i < text.length) {
    const char = text[i]!;
    if (SPACE.test(char)) {
      i++;
    } else if (char === '"') {
      const { value, error } = quoted();
      if (error) return { fields, error };
      fields.push({ kind: "text", value, quoted: true });
    } else if (char === "{") {
      const start = i;
      i++;
      const items: string[] = [];
      let closed = false;
      while (i < text.length) {
        const inner = text[i]!;
        if (SPACE.test(inner)) i++;
        else if (inner === "}") {
          i++;
          closed = true;
          break;
        } else if (inner === '"') {
          const { value, error } = quoted();
          if (error) return { fields, error };
          items.push(value);
        } else if (inner === "{") {
          return { fields, error: `objektlistan i kolumn ${start + 1} innehåller en { till` };
        } else items.push(bare());
      }
      if (!closed) return { fields, error: `objektlistan i kolumn ${start + 1} avslutas aldrig med }` };
      fields.push({ kind: "list", items });
    } else if (char === "}") {
      return { fields, error: `oväntad } i kolumn ${i + 1}` };
    } else {
      fields.push({ kind: "text", value: bare(), quoted: false });
    }
  }
  return { fields };
}

/** Every line of the file that is not empty, as a record, a block brace, or something else. */
export function tokenizeSie(text: string): SieLine[] {
  const result: SieLine[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index]!;
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === "" || trimmed === "\u001a") continue; // empty, or a DOS end-of-file mark
    if (trimmed === "{") result.push({ kind: "open", line });
    else if (trimmed === "}") result.push({ kind: "close", line });
    else if (trimmed.startsWith("#")) {
      const labelEnd = trimmed.search(/[\s{"]/);
      const label = (labelEnd === -1 ? trimmed : trimmed.slice(0, labelEnd)).toUpperCase();
      const { fields, error } = readFields(trimmed, label.length);
      result.push({ kind: "record", line, label, fields, ...(error ? { error } : {}) });
    } else result.push({ kind: "other", line, text: trimmed });
  }
  return result;
}
