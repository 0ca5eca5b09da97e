// Every Nunjucks filter, registered by the plugin (and for prose) under the name it is exported with.
// Filters are named in Swedish: they are the vocabulary of the templates and of the prose.

export { anslagstavla } from "./anslagstavla.ts";
export { antalAndel } from "./antal-andel.ts";
export { belopp } from "./belopp.ts";
export { beloppRubrik } from "./belopp-rubrik.ts";
export { antalFynd } from "./count-severity.ts";
export { cssStrang } from "./css-string.ts";
export { datum, langtDatum } from "./datum.ts";
export { decimaltal } from "./decimaltal.ts";
export { fyndVarde } from "./finding-value.ts";
export { fyndPerDokument } from "./findings-by-document.ts";
export { granskningsregler } from "./granskningsregler.ts";
export { malMal, malText, malVarde } from "./mal.ts";
export { markdown } from "./markdown.ts";
export { utanRadbrytning } from "./nowrap-ranges.ts";
export { ochLista } from "./och-lista.ts";
export { oversiktSomCsv } from "./oversikt-csv.ts";
export { pdfUppgift } from "./pdf-info.ts";
export { arsarbetare, manad, manadsintervall, tkr } from "./plan-format.ts";
export { procent } from "./procent.ts";
export { senastAndrad } from "./senast-andrad.ts";
export { tal } from "./tal.ts";
