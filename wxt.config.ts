import { defineConfig } from 'wxt';

// Stable IDs for builds distributed outside the stores (policy files name the extension by ID).
// The store listings get IDs of their own; docs/admin-guide explains which to use.
const GECKO_ID = 'shikaku-alert@shikaku-alert.jp';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'ja',
    // storage: settings and the per-site switch. Nothing else is needed: no host permissions
    // beyond the content script's matches, no tabs, no network.
    permissions: ['storage'],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: GECKO_ID, strict_min_version: '128.0' } } }
      : {}),
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: { target: 'es2022' },
  }),
});
