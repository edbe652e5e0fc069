import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type InlineConfig, mergeConfig, transformWithEsbuild, build as viteBuild } from 'vite';
import { defineWxtModule } from 'wxt/modules';
import { PANEL_VIEW_FILE } from '../lib/content/panelViewLoader';
import { CONTENT_SCRIPT_MATCHES } from '../lib/settings/sites';

/**
 * Builds the panel's UI (components/panel/panelView.tsx) as an ES module next to the content
 * script, which imports it on a document's first result: WXT bundles each content script into one
 * file, without chunks. It is built with the content script's own settings.
 */
export default defineWxtModule((wxt) => {
  let contentScriptViteConfig: InlineConfig | undefined;

  wxt.hook('vite:build:extendConfig', (entrypoints, config) => {
    if (entrypoints.some((entrypoint) => entrypoint.name === 'content')) contentScriptViteConfig = config;
  });
  wxt.hook('prepare:publicPaths', (_wxt, paths) => {
    paths.push(PANEL_VIEW_FILE);
  });
  // The content script imports the panel's UI from the extension (MV3 form; WXT writes the MV2
  // list for Firefox). Not use_dynamic_url: reported to be refused for import by Chromium.
  wxt.hook('build:manifestGenerated', (_wxt, manifest) => {
    manifest.web_accessible_resources = [{ resources: [PANEL_VIEW_FILE], matches: CONTENT_SCRIPT_MATCHES }];
  });
  wxt.hook('build:done', async () => {
    if (!contentScriptViteConfig) throw new Error('The content script was not built: no settings for the panel view.');
    await buildPanelView(contentScriptViteConfig, wxt.config.outDir);
  });
});

/**
 * V8's explicit compile hint (Chromium 136+): all of the module is run on the way to the full
 * panel, so its functions are compiled with the module as it loads, not one by one on first call
 * inside the panel's render tasks (docs/browser-notes.md). A comment to any other engine.
 */
const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

async function buildPanelView(contentScriptViteConfig: InlineConfig, outDir: string): Promise<void> {
  const fileName = path.basename(PANEL_VIEW_FILE);
  const file = path.join(outDir, PANEL_VIEW_FILE);
  await viteBuild(
    mergeConfig(contentScriptViteConfig, {
      logLevel: 'warn',
      build: {
        lib: { entry: path.resolve('components/panel/panelView.tsx'), formats: ['es'], fileName: () => fileName },
        outDir: path.join(outDir, path.dirname(PANEL_VIEW_FILE)),
        emptyOutDir: false,
        rollupOptions: { output: { entryFileNames: fileName } },
      },
    } satisfies InlineConfig),
  );
  // Vite leaves an ES library's white space in; the content script next to it is minified.
  const { code } = await transformWithEsbuild(readFileSync(file, 'utf8'), file, { minify: true, format: 'esm' });
  writeFileSync(file, EAGER_COMPILE_HINT + code);
}
