// The values of a YAML file read by js-yaml, about ten times faster than the `yaml` library (at
// 1 280 data files 0.6 s against 6–7 s, issue 17), with the `yaml` library's own YAML 1.2 core
// schema: its null, bool, int and float tests and conversions, so a plain `1_000` or `0b1` stays
// text and `2026-03-13` a date written as text, as the `yaml` library reads them. The `yaml` library
// is still the reference: whatever js-yaml refuses, and a file with anchors (aliases would be
// expanded here without the alias limit), is read by it instead, with its messages (./yaml-source.ts).
import jsYaml from "js-yaml";
import { Scalar, Schema } from "yaml";

type CoreTag = { tag: string; test?: RegExp; resolve: (text: string, onError: (message: string) => void, options: object) => unknown };

/**
 * The `yaml` library's core schema's implicit scalar tags as js-yaml types, in the order it tries
 * them. js-yaml keeps one type per tag, so the tests of one tag (octal, decimal and hex ints) are one
 * type, converted by the first that matches.
 */
function coreScalarTypes(): jsYaml.Type[] {
  const tags = (new Schema({ schema: "core" }).tags as unknown as CoreTag[]).filter((tag): tag is CoreTag & { test: RegExp } => tag.test instanceof RegExp);
  const names = [...new Set(tags.map((tag) => tag.tag))];
  return names.map((name) => {
    const forms = tags.filter((tag) => tag.tag === name);
    const form = (text: string | null) => forms.find((tag) => tag.test.test(text ?? ""));
    return new jsYaml.Type(name, {
      kind: "scalar",
      resolve: (text: string | null) => form(text) !== undefined,
      construct: (text: string | null) => {
        const value = form(text)!.resolve(text ?? "", () => {}, { intAsBigInt: false });
        return value instanceof Scalar ? value.value : value;
      },
    });
  });
}

/** The `yaml` library's core schema, for js-yaml. */
export const yamlValueSchema = jsYaml.FAILSAFE_SCHEMA.extend({ implicit: coreScalarTypes() });

/**
 * A key written as `? …` (it may be a list or a map) or as null (`~:`, `null:`, `: x`): the two
 * libraries make different text of such keys ("[ a ]" and "a", "" and "null"). No data file has
 * one; a text line that looks like one only sends its file to the `yaml` library.
 */
const unusualKey = /(?:^|[{,]|^[ \t]*-)[ \t]*(?:\?|(?:~|null|Null|NULL)?[ \t]*:)(?:[ \t]|$)/m;

/**
 * The file's values, or undefined where the `yaml` library must read it: js-yaml refused it (a
 * syntax error, a duplicate key, a tag, several documents), it uses anchors or an unusual key, or
 * it holds nothing.
 */
export function readYamlValues(text: string): { value: unknown } | undefined {
  if (unusualKey.test(text)) return undefined;
  let anchored = false;
  let value: unknown;
  try {
    value = jsYaml.load(text, {
      schema: yamlValueSchema,
      listener(event, state) {
        if (event === "close" && (state as { anchor?: string | null }).anchor) anchored = true;
      },
    });
  } catch {
    return undefined;
  }
  if (anchored || value === null || value === undefined) return undefined;
  return { value };
}
