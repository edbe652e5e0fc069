import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Translate } from '../../lib/i18n/localized';

/** public/_locales/<locale>/messages.json, as the browser reads it. */
export interface MessageFile {
  [key: string]: { message: string; description?: string; placeholders?: Record<string, { content: string }> };
}

export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export function messageFile(locale: Locale): MessageFile {
  return JSON.parse(readFileSync(path.resolve(`public/_locales/${locale}/messages.json`), 'utf8')) as MessageFile;
}

/**
 * browser.i18n.getMessage over one message file, for pure code under test: $NAME$ takes its
 * placeholder's content (names ignore case), $1…$9 in that content the substitutions, $$ is "$".
 */
export function translator(locale: Locale): Translate {
  const messages = messageFile(locale);
  return (key, substitutions) => {
    const entry = messages[key];
    if (!entry) throw new Error(`No message "${key}" in ${locale}`);
    const values = substitutions === undefined ? [] : [substitutions].flat();
    const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
    return entry.message
      .replace(/\$([a-z0-9_@]+)\$/gi, (whole, name: string) => {
        const content = placeholders.get(name.toLowerCase());
        return content === undefined ? whole : content.replace(/\$([1-9])/g, (_, n: string) => values[Number(n) - 1] ?? '');
      })
      .replaceAll('$$', '$');
  };
}
