/**
 * Reads what the agent typed as a CRM site ("crm.acme.com", "https://crm.acme.com/contacts/12") into the origin the
 * storage and the permission request use ("https://crm.acme.com"); undefined when it is not a web site.
 */
export function parseOrigin(input: string): string | undefined {
  const text = input.trim();
  if (text === '' || /\s/.test(text) || text.includes('*')) return undefined;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    if (!url.hostname.includes('.') && url.hostname !== 'localhost') return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

/** The match pattern asked for: every page of that origin. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}
