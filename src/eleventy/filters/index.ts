// Every Nunjucks filter, registered by the plugin under the name it is exported with.
export { tal } from "./tal.ts";
export { belopp } from "./belopp.ts";
export { beloppRubrik } from "./belopp-rubrik.ts";
export { procent } from "./procent.ts";
export { datum, langtDatum } from "./datum.ts";
export { cssString } from "./css-string.ts";
export { proseFiles, proseFile } from "./prose.ts";
export { anchor } from "./anchor.ts";
export { findingsByDocument } from "./findings-by-document.ts";
export { countSeverity } from "./count-severity.ts";
