// Rule siffra-i-text in a protokoll: the figures typed into its paragraphs' texts, sections and
// decisions, each at its line in the YAML file and linked to its paragraph (or its decision). The
// minutes are the meeting's own words and have no data to bind a figure to: they are listed, and
// `{% ordagrant "84" %}` marks a figure as meant (the page prints "84").
import type { Finding } from "../checks/finding.ts";
import { literalFinding, literalNumbers } from "../checks/prose-literals.ts";
import type { Protokoll } from "../schemas/protokoll.ts";
import type { BuildContext } from "./kind.ts";
import { paragraphAnchor } from "./protokoll-body.ts";

/** The texts of a protokoll that are read as running text, with their paths and the anchors of their places on the page. */
function textsOf(data: Protokoll): { path: (string | number)[]; text: string; anchor: string }[] {
  return data.paragraphs.flatMap((p, i) => {
    const anchor = paragraphAnchor(p.number);
    return [
      ...(p.text ? [{ path: ["paragraphs", i, "text"], text: p.text, anchor }] : []),
      ...(p.sections ?? []).map((section, k) => ({ path: ["paragraphs", i, "sections", k, "text"], text: section.text, anchor })),
      ...(p.beslut ?? []).map((item, k) =>
        typeof item === "string"
          ? { path: ["paragraphs", i, "beslut", k], text: item, anchor: `${anchor}-beslut` }
          : { path: ["paragraphs", i, "beslut", k, "text"], text: item.text, anchor: `${anchor}-beslut` },
      ),
    ];
  });
}

export function protokollLiterals(data: Protokoll, context: Pick<BuildContext, "source" | "document">, decided: boolean): Finding[] {
  const { source, document } = context;
  return textsOf(data).flatMap(({ path, text, anchor }) => {
    // The text as the file writes it, so that a line inside a block of text is the file's line.
    const written = source.textAt?.(path);
    const first = written?.line ?? source.lineOf(path) ?? 1;
    return literalNumbers(written ? written.lines.join("\n") : text).map((literal) =>
      literalFinding(literal, {
        document,
        file: source.file,
        line: first + literal.line - 1,
        path: path.join("."),
        url: `${document.url}#${anchor}`,
        decided,
        bindable: false,
      }),
    );
  });
}
