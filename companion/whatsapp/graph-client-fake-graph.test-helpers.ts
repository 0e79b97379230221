/**
 * A tiny Graph API stand-in on 127.0.0.1 (port 0) so the client is exercised over real HTTP: it records every request
 * and answers with whatever the test's handler returns, or never answers ('hang') to provoke a timeout.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface FakeReply {
  status?: number;
  json?: unknown;
  /** A raw body (e.g. an HTML error page); wins over `json`. */
  text?: string;
  headers?: Record<string, string>;
}

export type FakeHandler = (request: RecordedRequest) => FakeReply | 'hang';

export interface FakeGraph {
  baseUrl: string;
  requests: RecordedRequest[];
  handle(handler: FakeHandler): void;
  close(): Promise<void>;
}

export async function startFakeGraph(): Promise<FakeGraph> {
  const requests: RecordedRequest[] = [];
  let handler: FakeHandler = () => ({
    status: 404,
    json: { error: { message: 'no handler', type: 'Test', code: 100 } },
  });
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      const reply = handler(recorded);
      if (reply === 'hang') return; // keep the socket open and silent
      const body = reply.text ?? (reply.json === undefined ? '' : JSON.stringify(reply.json));
      const type = reply.text === undefined ? 'application/json' : 'text/html';
      res.writeHead(reply.status ?? 200, { 'content-type': type, ...reply.headers });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    handle(next) {
      handler = next;
    },
    close() {
      server.closeAllConnections(); // hung requests would otherwise keep close() waiting
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Meta's error body (spec §5). */
export function graphErrorBody(code: number, message: string, extra: Record<string, unknown> = {}) {
  return { error: { message, type: 'OAuthException', code, fbtrace_id: 'AbC123trace', ...extra } };
}
