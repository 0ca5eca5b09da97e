// What a route module of the editor gets: the request (already checked: own Host; API requests
// carry the token; a POST has the editor's own Origin), its URL, and the server's options and token.
import type { IncomingMessage, ServerResponse } from "node:http";

export interface RouteOptions {
  dataDir: string;
  proseDir: string;
  previewOrigin?: string;
}

export interface RouteContext {
  request: IncomingMessage;
  response: ServerResponse;
  url: URL;
  options: RouteOptions;
  token: string;
}

/** Handles the request and returns true, or returns false for the next route. */
export type Route = (context: RouteContext) => Promise<boolean>;
