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
 * `allowSelf`: the demo CRM's own page loads its module script and data from the companion's origin (browsers send
 * Origin on module scripts); only /demo allows that, the API never does.
 */
export function hostAndOriginGuard(port: () => number, options: { allowSelf?: boolean } = {}): MiddlewareHandler {
  return async (c, next) => {
    const host = (c.req.header('host') ?? '').toLowerCase();
    if (!allowedHosts(port()).has(host)) {
      return c.json<ErrorBody>(
        { error: { code: 'forbidden_host', message: 'The companion only answers on its loopback address.' } },
        403,
      );
    }
    const origin = c.req.header('origin');
    const self = options.allowSelf === true && allowedHosts(port()).has(origin?.replace(/^http:\/\//, '') ?? '');
    if (origin !== undefined && !self && !EXTENSION_ORIGIN.test(origin)) {
      return c.json<ErrorBody>(
        {
          error: {
            code: 'forbidden_origin',
            message: 'Web pages may not call the companion; only the QBM Copilot extension may.',
          },
        },
        403,
      );
    }
    await next();
  };
}

export function bearerAuth(isValid: (token: string) => boolean): MiddlewareHandler {
  return async (c, next) => {
    const match = /^Bearer ([A-Za-z0-9._~+/=-]{16,256})$/.exec(c.req.header('authorization') ?? '');
    if (!match?.[1] || !isValid(match[1])) {
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
