/** `{{ ["förbundets", "kommunernas", "regionens"] | ochLista }}` → "förbundets, kommunernas och regionens". */
export function ochLista(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} och ${items.at(-1)}`;
}
