/**
 * What the sandbox uses in place of a real WhatsApp Business Account. The simulated Graph API must answer for these
 * ids and accept this token, so the same client code runs against Meta and against the sandbox.
 */

/** Fixed fake ids, digits like real Graph ids so the same validation and routes apply. */
export const SANDBOX_IDS = {
  phoneNumberId: '100000000000001',
  wabaId: '100000000000002',
  businessId: '100000000000003',
} as const;

export const SANDBOX_ACCESS_TOKEN = 'sandbox-access-token';

/** Where the companion serves its simulated Graph API; WHATSAPP_GRAPH_BASE_URL points the sandbox elsewhere. */
export const SANDBOX_GRAPH_PATH = '/sandbox/graph';

export function sandboxGraphBaseUrl(port: number): string {
  return `http://127.0.0.1:${port}${SANDBOX_GRAPH_PATH}`;
}
