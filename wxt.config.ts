import { defineConfig } from 'wxt';
import { chromeSchemaProblems } from './lib/policy/chromeSchemaRules';
import { GECKO_ID, releaseManifestKey } from './lib/policy/identity';
import { MANAGED_SCHEMA_FILE, managedSchema } from './lib/policy/managedSchema';

// Stable IDs for builds distributed outside the stores (policy files name the extension by ID):
// Chromium derives it from the manifest `key`, Firefox takes the gecko id. The store listings get
// IDs of their own; docs/admin-guide explains which to use.

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
    // Firefox reads policy without a schema (policies.json) and derives no ID from a key.
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: GECKO_ID, strict_min_version: '128.0' } } }
      : { key: releaseManifestKey(), storage: { managed_schema: MANAGED_SCHEMA_FILE } }),
  }),
  hooks: {
    // The managed schema is generated from lib/settings/definition.ts on every Chromium build.
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.browser === 'firefox') return;
      const schema = managedSchema();
      // A schema Chrome cannot parse keeps the extension from loading at all: fail the build instead.
      const problems = chromeSchemaProblems(schema);
      if (problems.length > 0) throw new Error(`Managed schema rejected:\n${problems.join('\n')}`);
      files.push({ relativeDest: MANAGED_SCHEMA_FILE, contents: `${JSON.stringify(schema, null, 2)}\n` });
    },
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: { target: 'es2022' },
  }),
});
