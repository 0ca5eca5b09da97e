/** "Samordningsförbundet i Jämtlands län" → "samordningsforbundet-i-jamtlands-lan" (for file names). */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
