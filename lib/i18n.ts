import { browser } from 'wxt/browser';
import type { Localized } from './settings/definition';

/** Keys of public/_locales/ja/messages.json (type only: the file is not bundled). */
export type MessageKey = keyof typeof import('../public/_locales/ja/messages.json');

/** A message lookup with browser.i18n.getMessage's rules; pure code takes one as a parameter. */
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The language the browser chose among our message files (ja is the default locale). */
export function uiLocale(): 'ja' | 'en' {
  return t('localeCode') === 'en' ? 'en' : 'ja';
}

export function localized(text: Localized): string {
  return text[uiLocale()];
}
