import { describe, expect, it } from 'vitest';
import type { MessageKey } from '../../lib/i18n/localized';
import { compileMessages, fillMessage, type MessageFile } from '../../lib/i18n/messageTemplates';
import { LOCALES, messageFile, translator } from './localeMessages';

/**
 * The reference the templates are held to: getMessage's rules over one message entry, written as
 * a character scanner of its own (not the regular expressions of lib/i18n/messageTemplates.ts, nor
 * of tests/unit/localeMessages.ts, which now uses them): $NAME$ takes its placeholder's content
 * (names ignore case), then $1…$9 the substitutions (a missing one is empty) and $$ is "$", each
 * read once, left to right.
 */
function getMessageReference(entry: MessageFile[string], substitutions: readonly string[]): string {
  const placeholders: Record<string, string> = {};
  for (const [name, { content }] of Object.entries(entry.placeholders ?? {})) placeholders[name.toLowerCase()] = content;
  const isNameChar = (char: string) => /[A-Za-z0-9_@]/.test(char);
  let named = '';
  for (let i = 0; i < entry.message.length; i++) {
    const char = entry.message[i] as string;
    if (char === '$') {
      let end = i + 1;
      while (end < entry.message.length && isNameChar(entry.message[end] as string)) end++;
      const name = entry.message.slice(i + 1, end).toLowerCase();
      if (end > i + 1 && entry.message[end] === '$' && name in placeholders) {
        named += placeholders[name];
        i = end;
        continue;
      }
    }
    named += char;
  }
  let filled = '';
  for (let i = 0; i < named.length; i++) {
    const char = named[i] as string;
    const next = named[i + 1];
    if (char === '$' && next === '$') {
      filled += '$';
      i++;
    } else if (char === '$' && next !== undefined && next >= '1' && next <= '9') {
      filled += substitutions[Number(next) - 1] ?? '';
      i++;
    } else {
      filled += char;
    }
  }
  return filled;
}

const SUBSTITUTIONS: readonly (readonly string[])[] = [[], ['A1'], ['A1', 'B2', 'C3']];

describe.each(LOCALES)('%s: every message as a template', (locale) => {
  const file = messageFile(locale);
  const templates = compileMessages(file);
  const keys = Object.keys(file);

  it('compiles every key of the message file, and no other', () => {
    expect(keys.length).toBeGreaterThan(100);
    expect(Object.keys(templates).sort()).toEqual([...keys].sort());
  });

  it.each(SUBSTITUTIONS.map((s) => [JSON.stringify(s), s] as const))('fills like getMessage with substitutions %s', (_, substitutions) => {
    for (const key of keys) {
      const entry = file[key] as MessageFile[string];
      expect(fillMessage(templates[key] as string, substitutions), key).toBe(getMessageReference(entry, substitutions));
    }
  });

  it('the tests’ translator (tests/unit/localeMessages.ts) reads the same, and throws on a key the file does not hold', () => {
    const translate = translator(locale);
    for (const key of keys as MessageKey[]) {
      const entry = file[key] as MessageFile[string];
      expect(translate(key), key).toBe(getMessageReference(entry, []));
      expect(translate(key, 'A1'), key).toBe(getMessageReference(entry, ['A1']));
      expect(translate(key, ['A1', 'B2', 'C3']), key).toBe(getMessageReference(entry, ['A1', 'B2', 'C3']));
    }
    expect(() => translate('noSuchKey' as MessageKey)).toThrow(`No message "noSuchKey" in ${locale}`);
  });

  it('the messages that take substitutions show them, and no template keeps a named placeholder', () => {
    const withSubstitutions = keys.filter((key) => file[key]?.placeholders);
    expect(withSubstitutions.length).toBeGreaterThan(0);
    for (const key of withSubstitutions) {
      const template = templates[key] as string;
      expect(template, key).toMatch(/\$[1-9]/);
      const filled = fillMessage(template, ['A1', 'B2', 'C3']);
      expect(filled, key).toMatch(/A1|B2|C3/);
      expect(filled, key).not.toMatch(/\$[1-9]/);
    }
    for (const key of keys) expect(templates[key], key).not.toMatch(/\$[A-Za-z_@][A-Za-z0-9_@]*\$/);
  });
});

describe('fillMessage', () => {
  it('writes $$ as $', () => {
    expect(fillMessage('price: $$5')).toBe('price: $5');
    expect(fillMessage('$$1 is $1', ['one'])).toBe('$1 is one');
  });

  it('leaves a text with no $ as it is', () => {
    expect(fillMessage('plain text', ['A1'])).toBe('plain text');
  });

  it('fills a missing substitution with an empty text', () => {
    expect(fillMessage('[$1][$2][$3]', ['a'])).toBe('[a][][]');
    expect(fillMessage('[$1]')).toBe('[]');
    expect(fillMessage('[$9]', ['a', 'b'])).toBe('[]');
  });

  it('takes a single substitution as a string', () => {
    expect(fillMessage('[$1][$2]', 'only')).toBe('[only][]');
  });

  it('does not read a substitution again: its $1 and $$ stay as they are', () => {
    expect(fillMessage('<$1|$2>', ['$2', 'x'])).toBe('<$2|x>');
    expect(fillMessage('<$1>', ['$1'])).toBe('<$1>');
    expect(fillMessage('<$1>', ['$$'])).toBe('<$$>');
  });

  it('fills each substitution wherever and however often it appears', () => {
    expect(fillMessage('$2 $1 $2', ['a', 'b'])).toBe('b a b');
  });
});

describe('compileMessages', () => {
  const FILE: MessageFile = {
    greet: {
      message: 'Hello $WHO$, $Who$ and $who$! $unknown$ stays; costs $$3.',
      placeholders: { WhO: { content: '$1' } },
    },
    pair: { message: '$SECOND$ before $first$', placeholders: { first: { content: '$1' }, SECOND: { content: '<$2>' } } },
    plain: { message: 'no placeholders', description: 'a description is not part of the text' },
  };

  it('replaces named placeholders by their content, whatever case the names are written in', () => {
    const templates = compileMessages(FILE);
    expect(templates.greet).toBe('Hello $1, $1 and $1! $unknown$ stays; costs $$3.');
    expect(templates.pair).toBe('<$2> before $1');
    expect(templates.plain).toBe('no placeholders');
    expect(fillMessage(templates.greet as string, ['Ann'])).toBe('Hello Ann, Ann and Ann! $unknown$ stays; costs $3.');
    expect(fillMessage(templates.pair as string, ['a', 'b'])).toBe('<b> before a');
  });

  it('with a list of keys, holds only those keys', () => {
    const templates = compileMessages(FILE, ['pair']);
    expect(Object.keys(templates)).toEqual(['pair']);
    expect(templates.pair).toBe('<$2> before $1');
    expect(Object.keys(compileMessages(FILE, []))).toEqual([]);
  });

  it('throws on a key the file does not hold', () => {
    expect(() => compileMessages(FILE, ['plain', 'missing'])).toThrow(/No message "missing"/);
    expect(() => compileMessages(messageFile('ja'), ['panelShown', 'noSuchKey'])).toThrow(/noSuchKey/);
  });
});
