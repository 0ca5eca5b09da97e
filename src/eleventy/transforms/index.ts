// HTML transforms, run by Eleventy on every page after rendering, in this order.
import { addTableOfContents } from "./table-of-contents.ts";

export const transforms: Record<string, (html: string) => string> = {
  tableOfContents: addTableOfContents,
};
