// An account mapping as data: `{ rules: [{ from: 3000, to: 3999, target: "intakter" }] }`. The
// first rule whose range holds the account wins; `target` is whatever key the caller wants.
//
// A rule's range is compared at the rule's own number of digits: the account number is cut or
// padded with zeros to that length. So 3000–3999 takes 3010, 30106 (a Kommun-Bas underkonto)
// and 301 (a kontogrupp-level account), and a rule 30100–30199 can single out five-digit ones.

export interface AccountRule {
  from: number;
  to: number;
  target: string;
}

export interface AccountMapping {
  rules: readonly AccountRule[];
}

/** What is wrong with a mapping (in Swedish), or nothing. */
export function checkMapping(mapping: unknown): string[] {
  const problems: string[] = [];
  const rules = (mapping as { rules?: unknown } | null)?.rules;
  if (!Array.isArray(rules)) return ["mappningen saknar en lista rules"];
  rules.forEach((rule: unknown, index) => {
    const where = `regel ${index + 1}`;
    const { from, to, target } = (rule ?? {}) as Partial<AccountRule>;
    if (!Number.isSafeInteger(from) || from! < 0) problems.push(`${where}: from ska vara ett kontonummer, fann ${JSON.stringify(from)}`);
    if (!Number.isSafeInteger(to) || to! < 0) problems.push(`${where}: to ska vara ett kontonummer, fann ${JSON.stringify(to)}`);
    if (typeof target !== "string" || target === "") problems.push(`${where}: target ska vara en icke-tom text`);
    if (Number.isSafeInteger(from) && Number.isSafeInteger(to)) {
      if (String(from).length !== String(to).length) problems.push(`${where}: from (${from}) och to (${to}) har olika antal siffror`);
      else if (from! > to!) problems.push(`${where}: from (${from}) är större än to (${to})`);
    }
  });
  return problems;
}

/** The target of the first rule that holds the account; undefined when none does. */
export function targetOf(account: string, mapping: AccountMapping): string | undefined {
  if (!/^\d+$/.test(account)) return undefined;
  for (const rule of mapping.rules) {
    const digits = String(rule.from).length;
    const number = Number(account.slice(0, digits).padEnd(digits, "0"));
    if (number >= rule.from && number <= rule.to) return rule.target;
  }
  return undefined;
}
