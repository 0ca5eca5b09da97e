// Answers of the editor's server: every response with the headers that keep it out of frames and
// caches, JSON for the API, and a request body read with a size limit.
import type { IncomingMessage, ServerResponse } from "node:http";

export const security = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "no-store",
};

export function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { "Content-Type": `${type}; charset=utf-8`, ...security });
  response.end(body);
}

export const json = (response: ServerResponse, status: number, value: unknown) => send(response, status, "application/json", JSON.stringify(value));

export async function readBody(request: IncomingMessage, limit = 5_000_000): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error("för stor begäran");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}
