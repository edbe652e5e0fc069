import { defineConfig } from 'wxt';
import { GECKO_ID, releaseManifestKey } from './lib/policy/identity';
import { MANAGED_SCHEMA_FILE } from './lib/policy/managedSchema';
import { defaultSettings } from './lib/settings/definition';

// Build hooks live in modules/ (WXT loads them by itself): the panel's UI module, the managed
// schema, the toolbar button's title.
//
// Stable IDs for builds distributed outside the stores (policy files name the extension by ID):
// Chromium derives it from the manifest `key`, Firefox takes the gecko id. The store listings get
// IDs of their own; docs/admin-guide explains which to use.
//
// `npm run release` (scripts/release.mjs) sets:
// - STORE_PACKAGE=1: the Chrome Web Store refuses a package whose manifest has a `key` (the store
//   assigns the ID), so its builds leave the key out;
// - RELEASE_SOURCES: the files git tracks, one per line, the only files of Firefox's sources zip
//   (never .env, node_modules or build output).
const storePackage = process.env.STORE_PACKAGE === '1';
const releaseSources = process.env.RELEASE_SOURCES?.split('\n')
  .filter(Boolean)
  // Literal paths, not glob patterns.
  .map((file) => file.replace(/[*?[\]{}()!+@]/g, '\\$&'));

const TOOLBAR_BUTTON = { default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } };

/**
 * Extension pages and the service worker run only the extension's own files and reach nothing
 * outside it: no fetch, remote image, font, frame or form target (README: Privacy). Inline styles
 * stay allowed for the slip's @page rule (it follows the paper setting), and data: images (drawn
 * here, as the slip test draws its QR code): neither can send anything anywhere. `wxt` (dev)
 * reloads over a WebSocket to its own server.
 */
function extensionPagesCsp(command: 'build' | 'serve'): string {
  const dev = command === 'serve' ? ' ws://localhost:* http://localhost:*' : '';
  return `default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'none'${dev}; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
}

export default defineConfig({
  manifest: ({ browser, manifestVersion, command }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'ja',
    // storage: settings and the per-site switch. Nothing else is needed: no host permissions
    // beyond the content script's matches, no tabs, no network.
    permissions: ['storage'],
    content_security_policy: { extension_pages: extensionPagesCsp(command) },
    // The toolbar button (browser_action in Firefox's MV2 build). public/icon/ is generated from
    // assets/icon.svg (scripts/icons.mjs); WXT lists those PNGs as the extension's icons.
    ...(manifestVersion === 2 ? { browser_action: TOOLBAR_BUTTON } : { action: TOOLBAR_BUTTON }),
    // Firefox reads policy without a schema (policies.json) and derives no ID from a key.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // 128 for content scripts with world: 'MAIN' (the shadow-root hook) and
              // match_origin_as_fallback; 140 for data_collection_permissions. Covers ESR 140 and
              // the current ESR 153.
              strict_min_version: '140.0',
              // Nothing is collected or sent (README).
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { ...(storePackage ? {} : { key: releaseManifestKey() }), storage: { managed_schema: MANAGED_SCHEMA_FILE } }),
  }),
  zip: releaseSources ? { includeSources: releaseSources } : {},
  vite: () => ({
    // The content script takes its defaults from here instead of carrying the definition (lib/settings/published.ts).
    define: { SETTING_DEFAULTS: JSON.stringify(defaultSettings()) },
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: { target: 'es2022' },
  }),
});
