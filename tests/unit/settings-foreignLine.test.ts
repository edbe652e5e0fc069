import { describe, expect, it } from 'vitest';
import { FOREIGN_LANGUAGE_CODES } from '../../lib/notice/foreignLine';
import { defaultSettings, SETTINGS } from '../../lib/settings/definition';

// docs/domain.md#foreign-language-line: 0120-0178-26 in ten languages; 0120-0178-27 (lost or stolen
// cards) and 0570-064-738 (paid Navi Dial) are never offered for this situation.

const numberCheck = SETTINGS.foreignLineNumber.check;
const languageCheck = SETTINGS.foreignLineLanguages.check;

describe('the foreign-language line settings', () => {
  it('default to the line, its ten languages and its English page, shown', () => {
    const d = defaultSettings();
    expect(d.foreignLineNumber).toBe('0120-0178-26');
    expect(d.foreignLineLanguages).toStrictEqual(['en', 'zh', 'ko', 'es', 'pt', 'vi', 'th', 'id', 'tl', 'ne']);
    expect(d.foreignLinePage).toBe('https://www.kojinbango-card.go.jp/en-otoiawase/');
    expect(d.showForeignLine).toBe(true);
  });

  it('let policy replace number, languages and page, and the user only hide the line', () => {
    expect([SETTINGS.foreignLineNumber, SETTINGS.foreignLineLanguages, SETTINGS.foreignLinePage].map((s) => [s.policy, s.user])).toStrictEqual([
      [true, false],
      [true, false],
      [true, false],
    ]);
    expect([SETTINGS.showForeignLine.policy, SETTINGS.showForeignLine.user]).toStrictEqual([true, true]);
  });

  it.each(['0120-0178-27', '0120017827', '0570-064-738'])('refuse %s, a line not for this situation', (value) => {
    expect(numberCheck(value)?.en).toMatch(/not for this situation/);
  });

  it.each(['0120-0178-26', '0120-95-0178'])('accept the number %s', (value) => {
    expect(numberCheck(value)).toBeUndefined();
  });

  it('refuse a number with letters', () => {
    expect(numberCheck('tel:0120-0178-26')).toBeDefined();
  });

  it('accept each known language once, and nothing else', () => {
    for (const code of FOREIGN_LANGUAGE_CODES) expect(languageCheck(code, [])).toBeUndefined();
    expect(languageCheck('fr', [])).toBeDefined();
    expect(languageCheck('en', ['en'])?.en).toMatch(/twice/);
  });
});
