import { browser } from 'wxt/browser';
import type { Locale, Localized, MessageKey } from './localized';

/** Texts from the message files, in the language the browser chose. */

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The language the browser chose among our message files (ja is the default locale). */
export function uiLocale(): Locale {
  return t('localeCode') === 'en' ? 'en' : 'ja';
}

export function localized(text: Localized): string {
  return text[uiLocale()];
}
