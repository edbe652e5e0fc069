import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { InlineConfig, Plugin } from 'vite';
import { defineWxtModule } from 'wxt/modules';

/**
 * The panel's first render, pre-rendered from the Preact components at build time
 * (scripts/lib/firstPanel.tsx) and handed to the content script as `virtual:first-panel`: one
 * source of markup, so the nodes the content script shows at once are the nodes Preact adopts.
 */
const ID = 'virtual:first-panel';

let html: string | undefined;

function firstPanelHtml(): string {
  html ??= execFileSync(process.execPath, ['--import', 'tsx', path.resolve('scripts/lib/firstPanel.tsx')], { encoding: 'utf8' });
  return html;
}

/** Also in vitest.config.ts: unit tests load the content script's modules without WXT's modules. */
export function firstPanel(): Plugin {
  return {
    name: 'shikaku-alert:first-panel',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load: (id) => (id === `\0${ID}` ? `export default ${JSON.stringify(firstPanelHtml())};` : undefined),
  };
}

const addTo = (config: InlineConfig) => {
  config.plugins = [...(config.plugins ?? []), firstPanel()];
};

export default defineWxtModule((wxt) => {
  wxt.hook('vite:build:extendConfig', (_entrypoints, config) => addTo(config));
  wxt.hook('vite:devServer:extendConfig', (config) => addTo(config));
});
