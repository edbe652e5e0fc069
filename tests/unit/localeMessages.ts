import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Translate } from '../../lib/i18n/localized';
import { compileMessages, fillMessage, type MessageFile } from '../../lib/i18n/messageTemplates';

export type { MessageFile };

export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** public/_locales/<locale>/messages.json, as the browser reads it. */
export function messageFile(locale: Locale): MessageFile {
  return JSON.parse(readFileSync(path.resolve(`public/_locales/${locale}/messages.json`), 'utf8')) as MessageFile;
}

/**
 * browser.i18n.getMessage over one message file, for pure code under test: the templates the
 * page's scripts carry (lib/i18n/messageTemplates.ts), filled the same way. A key the file does
 * not hold throws, where the browser would answer "".
 */
export function translator(locale: Locale): Translate {
  const templates = compileMessages(messageFile(locale));
  return (key, substitutions) => {
    const template = templates[key];
    if (template === undefined) throw new Error(`No message "${key}" in ${locale}`);
    return fillMessage(template, substitutions);
  };
}
