/**
 * Who may talk to the companion (issue: no other page in the browser can read or write it):
 * - Host must be the loopback address and our port: a DNS-rebinding page reaches us under its own host name.
 * - An Origin, when the browser sends one, must be a browser extension's: any web page is refused.
 *   (Chromium sends no Origin on a simple GET from an extension, so the bearer token is the real key.)
 * The webhook is exempt: Meta reaches it through a tunnel under another host, and it is authenticated by signature.
 */
import type { MiddlewareHandler } from 'hono';
import type { ErrorBody } from '../../shared/contracts/api.ts';

const EXTENSION_ORIGIN = /^(chrome-extension|moz-extension|safari-web-extension):\/\/[a-z0-9-]{1,64}$/i;

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
}

/**
 * Why a request may not reach the API, or undefined when it may. `allowSelf`: the demo CRM's own page loads its
 * module script and data from the companion's origin (browsers send Origin on module scripts); only /demo allows
 * that, the API never does. Shared by the Hono middleware and the server's direct lookup path (server/listen.ts).
 */
export function guardRefusal(
  host: string | undefined,
  origin: string | undefined,
  port: number,
  allowSelf = false,
): ErrorBody | undefined {
  const hosts = allowedHosts(port);
  if (!hosts.has((host ?? '').toLowerCase())) {
    return { error: { code: 'forbidden_host', message: 'The companion only answers on its loopback address.' } };
  }
  const self = allowSelf && hosts.has(origin?.replace(/^http:\/\//, '') ?? '');
  if (origin !== undefined && !self && !EXTENSION_ORIGIN.test(origin)) {
    return {
      error: {
        code: 'forbidden_origin',
        message: 'Web pages may not call the companion; only the QBM Copilot extension may.',
      },
    };
  }
  return undefined;
}

export function hostAndOriginGuard(port: () => number, options: { allowSelf?: boolean } = {}): MiddlewareHandler {
  return async (c, next) => {
    const refusal = guardRefusal(c.req.header('host'), c.req.header('origin'), port(), options.allowSelf === true);
    if (refusal) return c.json<ErrorBody>(refusal, 403);
    await next();
  };
}

/** The bearer token of an Authorization header, when it has the shape of one. */
export function bearerToken(authorization: string | undefined): string | undefined {
  return /^Bearer ([A-Za-z0-9._~+/=-]{16,256})$/.exec(authorization ?? '')?.[1];
}

export function bearerAuth(isValid: (token: string) => boolean): MiddlewareHandler {
  return async (c, next) => {
    const token = bearerToken(c.req.header('authorization'));
    if (!token || !isValid(token)) {
      c.header('WWW-Authenticate', 'Bearer realm="qbm-copilot"');
      return c.json<ErrorBody>(
        {
          error: {
            code: 'unauthorized',
            message: 'Pair the extension with the companion first (Options → Pair), then retry.',
          },
        },
        401,
      );
    }
    await next();
  };
}
