import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { InlineConfig, Plugin } from 'vite';
import { defineWxtModule } from 'wxt/modules';
import type { Locale } from '../lib/i18n/localized';
import { type BundledMessages, compileMessages, type MessageFile } from '../lib/i18n/messageTemplates';

/**
 * The message files compiled into templates for the page's scripts (lib/i18n/messageTemplates.ts):
 * `virtual:messages` holds every key in both languages, for the panel's UI; the content script
 * carries only its first render's keys (modules/first-panel.ts).
 */
const ID = 'virtual:messages';
const LOCALES: readonly Locale[] = ['ja', 'en'];

function messageFile(locale: Locale): MessageFile {
  return JSON.parse(readFileSync(path.resolve(`public/_locales/${locale}/messages.json`), 'utf8')) as MessageFile;
}

/** The templates of `keys` (all keys when left out) in `locales` (both when left out). */
export function bundledMessages(keys?: readonly string[], locales: readonly Locale[] = LOCALES): BundledMessages {
  return Object.fromEntries(locales.map((locale) => [locale, compileMessages(messageFile(locale), keys)]));
}

/** Also in vitest.config.ts: unit tests load the page scripts' modules without WXT's modules. */
export function messages(): Plugin {
  return {
    name: 'shikaku-alert:messages',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load: (id) => (id === `\0${ID}` ? `export default ${JSON.stringify(bundledMessages())};` : undefined),
  };
}

const addTo = (config: InlineConfig) => {
  config.plugins = [...(config.plugins ?? []), messages()];
};

export default defineWxtModule((wxt) => {
  wxt.hook('vite:build:extendConfig', (_entrypoints, config) => addTo(config));
  wxt.hook('vite:devServer:extendConfig', (config) => addTo(config));
});
