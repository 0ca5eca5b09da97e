// The Nunjucks environment prose is rendered in: the project's filters, and the value shortcodes
// ({% belopp "path" %}, {% tal "path" %}, {% procent "path" %}) as tags. Data strings are escaped
// for HTML (autoescape); the shortcodes' numbers are safe. In an utkast a value not yet in the data
// prints as a marked gap (the checklist names it) so the director can read the draft as it stands.
import nunjucks from "nunjucks";
import { quoteAnchor } from "../../documents/prose-anchors.ts";
import { adoptedFigure } from "../../documents/prose-values.ts";
import * as filters from "../filters/index.ts";
import { anchored } from "./anchors.ts";
import { type DocumentValues, formatValue, ProsePathError, valueShortcodes } from "./values.ts";

/**
 * What a prose file is rendered with: its document, its section, the footnotes its adopted figures
 * collect, and the ids of the places findings link to (./anchors.ts): each value printed gets one.
 */
export interface ProseContext {
  doc?: DocumentValues;
  section?: string;
  notes?: string[];
  anchors?: string[];
}

interface Parser {
  nextToken(): { value: string };
  parseSignature(a: null, b: boolean): unknown;
  advanceAfterBlockEnd(name: string): void;
}

/** A tag {% name arg, arg %} that calls `run` with the template's `doc`. */
class ValueTag {
  readonly tags: string[];
  constructor(
    name: string,
    private readonly run: (doc: DocumentValues | undefined, ...args: never[]) => string,
  ) {
    this.tags = [name];
  }

  parse(parser: Parser, nodes: { CallExtension: new (extension: unknown, method: string, args: unknown) => unknown }) {
    const token = parser.nextToken();
    const args = parser.parseSignature(null, true);
    parser.advanceAfterBlockEnd(token.value);
    return new nodes.CallExtension(this, "call", args);
  }

  call(context: { ctx: ProseContext }, ...args: never[]) {
    const { doc, section, notes, anchors } = context.ctx;
    const [path, option] = args as unknown as [string, never];
    // The value stands in a span with the id findings about it link to (the first in the section keeps it).
    const mark = (text: string) =>
      anchors && doc?.id && section && typeof path === "string" ? anchored(anchors, quoteAnchor(doc.id, section, path), text) : text;
    // An adopted document prints the figure its text states, marked with a footnote saying what the data gives.
    const figure = adoptedFigure(doc, path, section);
    if (figure && doc) {
      const format = formatValue[this.tags[0] as keyof typeof formatValue];
      const text = mark(format(figure.stated, doc, path, option));
      if (figure.computed === figure.stated || !notes) return new nunjucks.runtime.SafeString(text);
      notes.push(`Fastställd uppgift; beräknat ${format(figure.computed, doc, path, option)}.`);
      return new nunjucks.runtime.SafeString(`${text}[^adopted-${notes.length}]`);
    }
    try {
      return new nunjucks.runtime.SafeString(mark(this.run(doc, ...args)));
    } catch (error) {
      if (!(error instanceof ProsePathError) || !doc?.draft) throw error;
      // Markdown comes next (without HTML): the gap is written in Markdown, the path as code.
      return new nunjucks.runtime.SafeString(`**[saknas: \`${error.path.replaceAll("`", "")}\`]**`);
    }
  }
}

/**
 * {% ordagrant "16–29" %}: a figure written as it is on purpose, not bound to the data (rule
 * siffra-i-text passes it by). Prints its text, escaped like any text.
 */
class LiteralTag {
  readonly tags = ["ordagrant"];

  parse(parser: Parser, nodes: { CallExtension: new (extension: unknown, method: string, args: unknown) => unknown }) {
    const token = parser.nextToken();
    const args = parser.parseSignature(null, true);
    parser.advanceAfterBlockEnd(token.value);
    return new nodes.CallExtension(this, "call", args);
  }

  call(_context: unknown, text: unknown) {
    return text === undefined || text === null ? "" : String(text);
  }
}

let environment: nunjucks.Environment | undefined;

export function proseEnvironment(): nunjucks.Environment {
  if (environment) return environment;
  const env = new nunjucks.Environment(null, { autoescape: true, throwOnUndefined: false });
  for (const [name, filter] of Object.entries(filters)) env.addFilter(name, filter as (...args: unknown[]) => unknown);
  for (const [name, run] of Object.entries(valueShortcodes))
    env.addExtension(`value-${name}`, new ValueTag(name, run as (doc: DocumentValues | undefined, ...args: never[]) => string));
  env.addExtension("ordagrant", new LiteralTag());
  environment = env;
  return env;
}
