import { describe, expect, it } from 'vitest';
import { FOREIGN_LANGUAGE_CODES } from '../../lib/notice/foreignLine';
import { LANGUAGE_NAMES, type SlipLanguage } from '../../lib/slip/languages';
import { slipContent, slipLanguages } from '../../lib/slip/slipContent';
import { SLIP_KEYS, SLIP_TEXT, yearEndText } from '../../lib/slip/text';
import { defaultSettings } from '../../lib/settings/definition';

// The slip in Japanese and the foreign-language line's ten languages (docs/domain.md#foreign-language-line).
const LANGUAGES = ['ja', ...FOREIGN_LANGUAGE_CODES] as SlipLanguage[];

/** Problems of one language's table, each naming the language and the key. */
function problemsOf(language: string, table: Record<string, unknown> | undefined): string[] {
  if (!table) return [`${language}: no table`];
  const problems: string[] = [];
  for (const key of SLIP_KEYS) {
    const value = table[key];
    if (typeof value !== 'string' || value.trim() === '') problems.push(`${language}.${key} is missing or empty`);
  }
  for (const key of Object.keys(table)) {
    if (!(SLIP_KEYS as readonly string[]).includes(key)) problems.push(`${language}.${key} is not a slip key`);
  }
  return problems;
}

describe('slip strings', () => {
  it('there is a table for Japanese and each of the line\'s ten languages, and no other', () => {
    expect(Object.keys(SLIP_TEXT).sort()).toStrictEqual([...LANGUAGES].sort());
  });

  it.each(LANGUAGES)('%s has every slip string', (language) => {
    expect(problemsOf(language, SLIP_TEXT[language])).toStrictEqual([]);
  });

  it('the check names the language and the key when one is missing', () => {
    const { title: _dropped, ...withoutTitle } = SLIP_TEXT.vi;
    expect(problemsOf('vi', withoutTitle)).toStrictEqual(['vi.title is missing or empty']);
    expect(problemsOf('th', { ...SLIP_TEXT.th, ask: ' ' })).toStrictEqual(['th.ask is missing or empty']);
  });

  it.each(LANGUAGES)('%s: the lead has its two sentences on two lines, and only Japanese has furigana', (language) => {
    const text = SLIP_TEXT[language];
    expect(text.lead.split('\n')).toHaveLength(2);
    expect(text.leadPharmacy.split('\n')).toHaveLength(2);
    const hasRuby = Object.values(text).some((value) => /\{[^{}|]+\|[^{}]+\}/.test(value));
    expect(hasRuby).toBe(language === 'ja');
  });

  it.each(LANGUAGES)('%s: the New Year closure shows both days of the settings', (language) => {
    const closure = yearEndText(SLIP_TEXT[language], '12-29', '01-03');
    expect(closure).toMatch(/29/);
    expect(closure).toMatch(/(^|\D)3(\D|$)/);
    expect(closure).not.toMatch(/[{}]/);
  });

  it('each language has its own name, its Japanese name and a lang tag (simplified Chinese: zh-Hans)', () => {
    expect(Object.fromEntries(FOREIGN_LANGUAGE_CODES.map((c) => [c, `${LANGUAGE_NAMES[c].own}/${LANGUAGE_NAMES[c].name.ja}`]))).toStrictEqual({
      en: 'English/英語',
      zh: '中文/中国語',
      ko: '한국어/韓国語',
      es: 'Español/スペイン語',
      pt: 'Português/ポルトガル語',
      vi: 'Tiếng Việt/ベトナム語',
      th: 'ภาษาไทย/タイ語',
      id: 'Bahasa Indonesia/インドネシア語',
      tl: 'Tagalog/タガログ語',
      ne: 'नेपाली/ネパール語',
    });
    expect(LANGUAGE_NAMES.zh.tag).toBe('zh-Hans');
  });
});

describe('slip content', () => {
  const settings = defaultSettings();

  it('Japanese sends the patient to 0120-95-0178, every other language to 0120-0178-26 and its English page', () => {
    expect(slipContent('ja', settings)).toMatchObject({ number: '0120-95-0178', lineLanguages: null });
    for (const language of FOREIGN_LANGUAGE_CODES) {
      const content = slipContent(language, settings);
      expect(content.number, language).toBe('0120-0178-26');
      expect(content.page, language).toBe('https://www.kojinbango-card.go.jp/en-otoiawase/');
      expect(content.lineLanguages?.map((l) => l.own), language).toHaveLength(10);
    }
  });

  it('the hours are the line\'s, in the slip\'s words (Vietnamese)', () => {
    expect(slipContent('vi', settings)).toMatchObject({
      week: ['Ngày thường 9:30–20:00', 'Thứ Bảy, Chủ Nhật, ngày lễ 9:30–17:30'],
      closures: 'Nghỉ từ 29/12 đến 3/1 (dịp năm mới)',
    });
    expect(slipContent('ja', settings).week).toStrictEqual(['平日 9:30〜20:00', '土・日・祝 9:30〜17:30']);
  });

  it('the line\'s own hours settings reach its slips, not the Japanese one', () => {
    const changed = { ...settings, foreignLineHoursSunday: '' };
    expect(slipContent('en', changed).week).toStrictEqual(['Weekdays 9:30–20:00', 'Sat, holidays 9:30–17:30', 'Sun closed']);
    expect(slipContent('ja', changed).week).toStrictEqual(['平日 9:30〜20:00', '土・日・祝 9:30〜17:30']);
  });

  it('offers Japanese and the languages the settings list; only Japanese when the line is hidden', () => {
    expect(slipLanguages(settings)).toStrictEqual(LANGUAGES);
    expect(slipLanguages({ ...settings, foreignLineLanguages: ['ne', 'vi', 'xx'] })).toStrictEqual(['ja', 'ne', 'vi']);
    expect(slipLanguages({ ...settings, showForeignLine: false })).toStrictEqual(['ja']);
  });
});
