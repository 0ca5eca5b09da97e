// The editor's prose pages (to be written): a document's prose sections edited as markdown.
import type { Route } from "./routes.ts";

export const proseRoute: Route = async () => false;
