// Tables as data (see ./model.ts): cells, CSV, file names. The tables of each kind of document are
// built by the files in this folder named after it.

export * from "./cells.ts";
export { csvField, csvRows, inert, tableToCsv } from "./csv.ts";
export { csvFileName, uniqueNames } from "./csv-names.ts";
export type { Cell, CellKind, Column, Row, RowKind, Table } from "./model.ts";
