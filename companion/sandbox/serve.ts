/**
 * Serves a sandbox app (the simulated platform, or anything else built as a Hono factory) on the loopback
 * interface only: it holds fake credentials and demo data, nothing another machine should reach.
 */
import { type ServerType, serve } from '@hono/node-server';
import type { Hono } from 'hono';

export interface LoopbackServer {
  /** e.g. "http://127.0.0.1:41234" */
  url: string;
  port: number;
  server: ServerType;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1; port 0 (the default) picks a free port, read back from `port`/`url`. */
export function startLoopback(app: Hono, port = 0): Promise<LoopbackServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, (info) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        port: info.port,
        server,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
          }),
      });
    });
    server.once('error', reject);
  });
}
