import { z } from "zod";
import { id, label } from "../common.ts";

/** A figure as the document prints it somewhere else (its text), kept to be compared with the data. */
export const statedFigure = z.strictObject({
  value: z.number(),
  where: label.describe("Var dokumentet skriver ut siffran, t.ex. 'Uppföljning av verksamhetsmål'."),
  approximate: z.boolean().optional().describe("Skrivs med 'ca'."),
  precision: z
    .number()
    .positive()
    .optional()
    .describe(
      "Hur noga texten skriver en ca-siffra, i dokumentets enhet: steget för dess sista skrivna siffra (”0,3 m.kr” i en plan i kr: 100000). " +
        "Siffran får då skilja med ett halvt steg; utan: 5 %.",
    ),
  section: id
    .optional()
    .describe(
      "Textavsnittet där siffran står (prosafilens namn utan nummer, t.ex. mal-tillgang): där skrivs den fastställda siffran ut. " +
        "Utan: varje ställe i texten som citerar sökvägen.",
    ),
});
