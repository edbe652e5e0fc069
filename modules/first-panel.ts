import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { InlineConfig, Plugin } from 'vite';
import { defineWxtModule } from 'wxt/modules';
import { reminderKey } from '../lib/content/pageResults';
import type { SlotText } from '../lib/content/firstPanelSlot';
import { WORDING_ORDER } from '../lib/detection/wordings';
import { slotKeys, slotText } from '../scripts/lib/firstPanelSlots';
import { bundledMessages } from './messages';

/**
 * The panel's first render, pre-rendered from the Preact components at build time
 * (scripts/lib/firstPanel.tsx) and handed to the content script as `virtual:first-panel`: one
 * source of markup, so the nodes the content script shows at once are the nodes Preact adopts.
 * With it come the templates of the texts it needs, in both languages: the first render asks the
 * browser for none (lib/i18n/messageTemplates.ts says why).
 */
const ID = 'virtual:first-panel';

let html: string | undefined;

function firstPanelHtml(): string {
  html ??= execFileSync(process.execPath, ['--import', 'tsx', path.resolve('scripts/lib/firstPanel.tsx')], { encoding: 'utf8' });
  return html;
}

/** The keys lib/content/firstRender.ts fills: the slots', and the title's and reminder's, which depend on the page. */
function firstPanelKeys(markup: SlotText): string[] {
  const pageKeys = ['panelShown', 'nameSeparator', reminderKey('clinic'), reminderKey('pharmacy'), ...WORDING_ORDER.map((w) => w.name)];
  return [...new Set([...slotKeys(markup), ...pageKeys])].filter((key) => !key.startsWith('='));
}

/** Also in vitest.config.ts: unit tests load the content script's modules without WXT's modules. */
export function firstPanel(): Plugin {
  return {
    name: 'shikaku-alert:first-panel',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load: (id) => {
      if (id !== `\0${ID}`) return undefined;
      const markup = slotText(firstPanelHtml());
      return `export const markup = ${JSON.stringify(markup)};\nexport const messages = ${JSON.stringify(bundledMessages(firstPanelKeys(markup)))};`;
    },
  };
}

const addTo = (config: InlineConfig) => {
  config.plugins = [...(config.plugins ?? []), firstPanel()];
};

export default defineWxtModule((wxt) => {
  wxt.hook('vite:build:extendConfig', (_entrypoints, config) => addTo(config));
  wxt.hook('vite:devServer:extendConfig', (config) => addTo(config));
});
