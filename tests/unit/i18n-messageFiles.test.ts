import { describe, expect, it } from 'vitest';
import { LOCALES, type MessageFile, messageFile } from './localeMessages';

// The browser falls back to ja (default_locale) for a key missing in en, silently: a missing or
// mistyped key or placeholder would show Japanese, or a raw "$COUNT$", to an English user.

/** Each message's $NAME$ placeholders (lower case, as the browser compares them) and their contents. */
function placeholdersOf(file: MessageFile): Record<string, { used: string[]; declared: Record<string, string> }> {
  return Object.fromEntries(
    Object.entries(file).map(([key, entry]) => [
      key,
      {
        used: [...new Set([...entry.message.matchAll(/\$([a-z0-9_@]+)\$/gi)].map((m) => (m[1] as string).toLowerCase()))].sort(),
        declared: Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content])),
      },
    ]),
  );
}

describe('message files', () => {
  const [ja, en] = LOCALES.map(messageFile) as [MessageFile, MessageFile];

  it('ja and en have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort());
  });

  it('ja and en declare the same placeholders with the same substitutions', () => {
    const jaPlaceholders = placeholdersOf(ja);
    const enPlaceholders = placeholdersOf(en);
    for (const key of Object.keys(ja)) {
      expect(enPlaceholders[key]?.declared, `${key}: placeholders`).toEqual(jaPlaceholders[key]?.declared);
    }
  });

  it.each(LOCALES)('%s: every message uses exactly the placeholders it declares', (locale) => {
    for (const [key, { used, declared }] of Object.entries(placeholdersOf(messageFile(locale)))) {
      expect(used, `${locale} ${key}`).toEqual(Object.keys(declared).sort());
    }
  });

  it.each(LOCALES)('%s: no message is empty', (locale) => {
    const empty = Object.entries(messageFile(locale)).filter(([, entry]) => entry.message.trim() === '');
    expect(empty.map(([key]) => key)).toEqual([]);
  });
});
