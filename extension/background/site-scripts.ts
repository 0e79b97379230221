/**
 * Other CRM sites the user enabled on the options page (each with its optional host permission) get the same content
 * script, registered at run time: the manifest can only list the CRMs we know. Needs the optional "scripting"
 * permission, which the options page asks for together with the site.
 */
import browser from 'webextension-polyfill';

const SCRIPT_ID = 'qbm-enabled-sites';

interface ScriptingApi {
  registerContentScripts(
    scripts: { id: string; matches: string[]; js: string[]; runAt: 'document_idle'; persistAcrossSessions: boolean }[],
  ): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<unknown[]>;
}

export async function registerSiteScripts(origins: readonly string[]): Promise<void> {
  const scripting = (browser as unknown as { scripting?: ScriptingApi }).scripting;
  if (!scripting) return; // permission not granted yet: the options page asks for it with the first site
  if ((await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] })).length > 0) {
    await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  }
  const granted = [];
  for (const origin of origins) {
    if (await browser.permissions.contains({ origins: [`${origin}/*`] })) granted.push(`${origin}/*`);
  }
  // The built content script's files, as the manifest lists them (their names carry a build hash).
  const js = browser.runtime.getManifest().content_scripts?.[0]?.js ?? [];
  if (granted.length === 0 || js.length === 0) return;
  await scripting.registerContentScripts([
    { id: SCRIPT_ID, matches: granted, js, runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}
