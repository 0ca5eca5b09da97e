// The Nunjucks environment prose is rendered in: the project's filters, and the value shortcodes
// ({% belopp "path" %}, {% tal "path" %}, {% procent "path" %}) as tags. Data strings are escaped
// for HTML (autoescape); the shortcodes' numbers are safe. In an utkast a value not yet in the data
// prints as a marked gap (the checklist names it) so the director can read the draft as it stands.
import nunjucks from "nunjucks";
import { adoptedFigure } from "../../documents/prose-values.ts";
import * as filters from "../filters/index.ts";
import { type DocumentValues, formatValue, ProsePathError, valueShortcodes } from "./values.ts";

/** What a prose file is rendered with: its document, its section, and the footnotes its adopted figures collect. */
export interface ProseContext {
  doc?: DocumentValues;
  section?: string;
  notes?: string[];
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
    const { doc, section, notes } = context.ctx;
    const [path, option] = args as unknown as [string, never];
    // An adopted document prints the figure its text states, marked with a footnote saying what the data gives.
    const figure = adoptedFigure(doc, path, section);
    if (figure && doc) {
      const format = formatValue[this.tags[0] as keyof typeof formatValue];
      const text = format(figure.stated, doc, path, option);
      if (figure.computed === figure.stated || !notes) return new nunjucks.runtime.SafeString(text);
      notes.push(`Fastställd uppgift; beräknat ${format(figure.computed, doc, path, option)}.`);
      return new nunjucks.runtime.SafeString(`${text}[^adopted-${notes.length}]`);
    }
    try {
      return new nunjucks.runtime.SafeString(this.run(doc, ...args));
    } catch (error) {
      if (!(error instanceof ProsePathError) || !doc?.draft) throw error;
      // Markdown comes next (without HTML): the gap is written in Markdown, the path as code.
      return new nunjucks.runtime.SafeString(`**[saknas: \`${error.path.replaceAll("`", "")}\`]**`);
    }
  }
}

let environment: nunjucks.Environment | undefined;

export function proseEnvironment(): nunjucks.Environment {
  if (environment) return environment;
  const env = new nunjucks.Environment(null, { autoescape: true, throwOnUndefined: false });
  for (const [name, filter] of Object.entries(filters)) env.addFilter(name, filter as (...args: unknown[]) => unknown);
  for (const [name, run] of Object.entries(valueShortcodes))
    env.addExtension(`value-${name}`, new ValueTag(name, run as (doc: DocumentValues | undefined, ...args: never[]) => string));
  environment = env;
  return env;
}
