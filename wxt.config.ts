import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type InlineConfig, mergeConfig, transformWithEsbuild, build as viteBuild } from 'vite';
import { defineConfig } from 'wxt';
import { PANEL_VIEW_FILE } from './components/panelViewLoader';
import { CONTENT_SCRIPT_MATCHES } from './lib/sites';
import { chromeSchemaProblems } from './lib/policy/chromeSchemaRules';
import { GECKO_ID, releaseManifestKey } from './lib/policy/identity';
import { MANAGED_SCHEMA_FILE, managedSchema } from './lib/policy/managedSchema';

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

// The content script's own build settings, reused for the lazily loaded panel (components/panelView.tsx).
let contentScriptViteConfig: InlineConfig | undefined;

/**
 * Builds the panel's UI as an ES module next to the content script, which imports it on a
 * document's first result: WXT bundles each content script into one file, without chunks.
 */
async function buildPanelView(outDir: string): Promise<void> {
  if (!contentScriptViteConfig) throw new Error('The content script was not built: no settings for the panel view.');
  const fileName = path.basename(PANEL_VIEW_FILE);
  const file = path.join(outDir, PANEL_VIEW_FILE);
  await viteBuild(
    mergeConfig(contentScriptViteConfig, {
      logLevel: 'warn',
      build: {
        lib: { entry: path.resolve('components/panelView.tsx'), formats: ['es'], fileName: () => fileName },
        outDir: path.join(outDir, path.dirname(PANEL_VIEW_FILE)),
        emptyOutDir: false,
        rollupOptions: { output: { entryFileNames: fileName } },
      },
    } satisfies InlineConfig),
  );
  // Vite leaves an ES library's white space in; the content script next to it is minified.
  const { code } = await transformWithEsbuild(readFileSync(file, 'utf8'), file, { minify: true, format: 'esm' });
  writeFileSync(file, code);
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
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((entrypoint) => entrypoint.name === 'content')) contentScriptViteConfig = config;
    },
    'build:done': (wxt) => buildPanelView(wxt.config.outDir),
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push(PANEL_VIEW_FILE);
    },
    // WXT names the toolbar button after popup/index.html's <title>, which cannot be translated:
    // use the extension's name from the message files instead (Chromium and Firefox alike).
    'build:manifestGenerated': (_wxt, manifest) => {
      // The content script imports the panel's UI from the extension (MV3 form; WXT writes the
      // MV2 list for Firefox). Not use_dynamic_url: reported to be refused for import by Chromium.
      manifest.web_accessible_resources = [{ resources: [PANEL_VIEW_FILE], matches: CONTENT_SCRIPT_MATCHES }];
      for (const button of [manifest.action, manifest.browser_action]) if (button) button.default_title = '__MSG_extName__';
    },
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
