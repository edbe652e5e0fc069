/**
 * Language types every layer shares. A leaf: it imports nothing, so pure modules (detection,
 * hours) can use them without reaching the settings or the browser.
 */

/** The languages of the UI: Japanese first, English second (ja is the default locale). */
export type Locale = 'ja' | 'en';

/** A text in both UI languages. */
export type Localized = Record<Locale, string>;

/** Keys of public/_locales/ja/messages.json (type only: the file is not bundled). */
export type MessageKey = keyof typeof import('../../public/_locales/ja/messages.json');

/** A message lookup with browser.i18n.getMessage's rules; pure code takes one as a parameter. */
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;
