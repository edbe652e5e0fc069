import { browser } from 'wxt/browser';
import type { Locale, Localized, MessageKey } from './localized';
import { type BundledMessages, fillMessage, type MessageTemplates } from './messageTemplates';

/** Texts from the message files, in the language the browser chose. */

/** The templates the page's scripts carry (useBundledMessages); null: ask the browser. */
let bundled: MessageTemplates | null = null;
let bundledLocale: Locale | undefined;

export function t(key: MessageKey, substitutions?: string | string[]): string {
  const template = bundled?.[key];
  if (template !== undefined) return fillMessage(template, substitutions);
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The language the browser chose among our message files (ja is the default locale). */
export function uiLocale(): Locale {
  return t('localeCode') === 'en' ? 'en' : 'ja';
}

export function localized(text: Localized): string {
  return text[uiLocale()];
}

/**
 * The page's scripts (content script, panel UI) read texts from the templates they carry, in the
 * language the browser would choose, instead of asking browser.i18n (lib/i18n/messageTemplates.ts).
 * A key they do not carry is still asked for. Adds to what an earlier call gave.
 */
export function useBundledMessages(messages: BundledMessages): void {
  bundledLocale ??= browserMessageLocale();
  bundled = { ...bundled, ...messages[bundledLocale] };
}

/** Which message file the browser reads from, as the background found it (lib/settings/published.ts). */
export function knowMessageLocale(locale: Locale): void {
  bundledLocale ??= locale;
}

/** The language of the bundled texts in use, if known yet (for the panel's UI module: its own copy of this one). */
export function knownMessageLocale(): Locale | undefined {
  return bundledLocale;
}

/**
 * Which message file the browser reads from, found without reading one, while the background has
 * not said yet. Chromium takes its UI language's file (en-GB → en), else the default locale's
 * (ja); Firefox negotiates over its whole list of languages, which only its own answer tells, and
 * answers in-process.
 */
function browserMessageLocale(): Locale {
  // Firefox alone has runtime.getBrowserInfo: one script for both browsers (the builds ship the same bytes).
  if ('getBrowserInfo' in browser.runtime) return browser.i18n.getMessage('localeCode') === 'en' ? 'en' : 'ja';
  return browser.i18n.getUILanguage().toLowerCase().startsWith('en') ? 'en' : 'ja';
}
