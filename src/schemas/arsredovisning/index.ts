// The årsredovisning's schema, in parts by section (participants, surveys, goals, statements, economy).
import type { z } from "zod";
import { arsredovisningSchema } from "./document.ts";
import type { ambitionSchema, goalSchema } from "./goals.ts";
import type { genderCount } from "./participants.ts";
import type { noteSchema, statementSchema } from "./statements.ts";

export { genderCount } from "./participants.ts";
export { arsredovisningSchema };

export type Arsredovisning = z.output<typeof arsredovisningSchema>;
export type GenderCountInput = z.output<typeof genderCount>;
export type Statement = z.output<typeof statementSchema>;
export type StatementEntry = Statement["entries"][number];
export type Note = z.output<typeof noteSchema>;
export type Ambition = z.output<typeof ambitionSchema>;
export type Goal = z.output<typeof goalSchema>;
