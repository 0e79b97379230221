/**
 * The MV3 manifest, typed, for Chrome (side panel) and Firefox (sidebar_action) from one source:
 * `vite build` writes dist/, `vite build --mode firefox` writes dist-firefox/.
 * Permissions are minimal: storage, alarms and the side panel; host access to the supported CRMs and to the
 * companion on loopback; any other CRM site is optional and asked for from the options page.
 */
import { defineManifest } from '@crxjs/vite-plugin';
import pkg from '../package.json' with { type: 'json' };

/** Stable extension id in development (nonhjonmkcpmbcnlfeholmfboalmnbbl), so the companion can recognise its origin. */
const DEV_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAt6aFAuc5HdXJVcxtnE6KUnkkLpPjYuanRRp0eWSl5B5w3X5+jBloXncAd55e/f6aV8SJv2fPqIw4uUKo4esYszCuRzg1+ejZsZe/PObk16rH7HpEa9w5A8gpg8pPdMgkBb0dRbO7SNE7F3CsACvpK5sUgL4rMsqLQCzNS0RxMVl43SF1iKVb9TmJHoJuUqPI0aH2T+fum2JMdfayWg/KrnldtLCZvuBH2SNoDWnrt6tG7rhAqMXA2xaV9e3j/48YreU9H4QLlOfjjGiWIMg1TmWcjwyoHKSVOtrdrx88mUJO8OJL61regdeW6lFfpqa+PT+3BU0PZSyGD1KoJF3X+wIDAQAB';

export const CRM_MATCHES = [
  'https://app.hubspot.com/*',
  'https://app-eu1.hubspot.com/*',
  'https://app-na2.hubspot.com/*',
  'https://*.lightning.force.com/*',
  'https://*.my.salesforce.com/*',
  'https://*.pipedrive.com/*',
  'https://crm.zoho.com/*',
  'https://crm.zoho.eu/*',
  'https://crm.zoho.in/*',
  'https://crm.zoho.com.au/*',
  'https://crm.zoho.jp/*',
  'https://crm.zohocloud.ca/*',
];

/** The sandbox's demo CRM, served by the companion on loopback. */
export const DEMO_MATCHES = ['http://127.0.0.1/demo/*', 'http://localhost/demo/*'];
export const COMPANION_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineManifest(({ mode }) => {
  const firefox = mode === 'firefox';
  const base = {
    manifest_version: 3 as const,
    name: '__MSG_extName__',
    short_name: 'QBM Copilot',
    description: '__MSG_extDescription__',
    version: pkg.version,
    default_locale: 'en',
    icons: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' },
    action: {
      default_title: '__MSG_actionTitle__',
      default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
    },
    options_ui: { page: 'options/index.html', open_in_tab: true },
    permissions: firefox ? ['storage', 'alarms'] : ['storage', 'alarms', 'sidePanel'],
    optional_permissions: ['scripting'],
    host_permissions: [...CRM_MATCHES, ...COMPANION_MATCHES],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    content_scripts: [
      { matches: [...CRM_MATCHES, ...DEMO_MATCHES], js: ['content/index.ts'], run_at: 'document_idle' as const },
    ],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    },
  };
  if (firefox) {
    return {
      ...base,
      background: { scripts: ['background/index.ts'], type: 'module' },
      ...({
        sidebar_action: {
          default_panel: 'sidepanel/index.html',
          default_title: '__MSG_extName__',
          open_at_install: false,
        },
      } as object),
      browser_specific_settings: {
        gecko: {
          id: 'qbm-copilot@qbm.example',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    };
  }
  return {
    ...base,
    key: DEV_KEY,
    background: { service_worker: 'background/index.ts', type: 'module' as const },
    side_panel: { default_path: 'sidepanel/index.html' },
    minimum_chrome_version: '120',
  };
});
