import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SegmentedText, Separation } from '../../lib/detection/normalise';
import { BUILT_IN_PATTERNS, compilePatterns, type Pattern } from '../../lib/detection/patterns';
import { findResults, mentionsAny } from '../../lib/detection/results';

/*
 * Results versus mentions in prose (contract: "What counts as a match"). A line is written as the
 * detector reads it: `|` an inline element boundary, `⏎` a <br>, `¶` a nested block.
 */

const SEPARATORS: Record<string, Separation> = { '|': Separation.Space, '⏎': Separation.Line, '¶': Separation.Block };

function line(markup: string): SegmentedText {
  const seg = new SegmentedText();
  markup.split(/([|⏎¶])/u).forEach((piece, i) => {
    const separation = SEPARATORS[piece];
    if (separation) seg.separate(separation);
    else seg.append(piece, i);
  });
  return seg;
}

function resultsIn(markup: string, patterns: readonly Pattern[] = BUILT_IN_PATTERNS): string[] {
  const seg = line(markup);
  return findResults(seg, patterns).map((r) => `${r.pattern.status}:${seg.text.slice(r.start, r.end)}`);
}

const INVALID = 'invalid:資格(無効)';
const NO_INFO = 'no-info:資格情報なし';

describe('a result stands alone, after a label, or before punctuation / です・でした・となりました', () => {
  it.each([
    ['資格（無効）', [INVALID]],
    ['資格情報なし', [NO_INFO]],
    ['資格(無効)', [INVALID]],
    ['　資格情報なし　', [NO_INFO]],
    ['資格状態：資格（無効）', [INVALID]],
    ['資格状態: 資格情報なし', [NO_INFO]],
    ['【確認結果】資格情報なし', [NO_INFO]],
    ['[結果]資格（無効）', [INVALID]],
    ['結果 → 資格（無効）', [INVALID]],
    ['結果⇒資格情報なし', [NO_INFO]],
    ['ステータス=資格情報なし', [NO_INFO]],
    ['資格 | 資格（無効）', [INVALID]],
    ['確認結果 資格（無効）', [INVALID]],
    ['ステータス|資格（無効）', [INVALID]],
    ['No.3 資格情報なし', [NO_INFO]],
    ['山田 太郎 資格（無効）', [INVALID]],
    ['資格（無効）です', [INVALID]],
    ['資格（無効）です。', [INVALID]],
    ['資格情報なしでした', [NO_INFO]],
    ['資格情報なしでした。', [NO_INFO]],
    ['資格（無効）となりました', [INVALID]],
    ['資格（無効）となりました。', [INVALID]],
    ['資格情報なし！', [NO_INFO]],
    ['資格情報なし。', [NO_INFO]],
    ['資格（無効）…', [INVALID]],
    ['「資格（無効）」', [INVALID]],
    ['（資格情報なし）', [NO_INFO]],
    ['「資格（無効）」。紙の処方箋で対応してください。', [INVALID]],
    ['資格情報なしです。保険者に確認してください。', [NO_INFO]],
    ['・資格（無効）', [INVALID]],
    ['※資格情報なし', [NO_INFO]],
    ['資格（無効） 2024/04/01 確認', [INVALID]],
    ['資格確認結果：資格（無効）（2024/04/01 確認）', [INVALID]],
    ['資格情報なし【要確認】', [NO_INFO]],
    ['受付 10:02⏎資格情報なし', [NO_INFO]],
    ['ご確認ください⏎資格情報なし', [NO_INFO]],
    ['資格情報なし⏎ご確認ください', [NO_INFO]],
    ['資格|（無効）', [INVALID]],
    ['資格⏎（無効）', [INVALID]],
    ['資格情報|な|し', [NO_INFO]],
    ['資格（無効）|です', [INVALID]],
    ['資格（無効） 資格情報なし', [INVALID, NO_INFO]],
    ['結果：資格（無効）、資格情報なし', []],
  ])('%j', (markup, expected) => {
    expect(resultsIn(markup)).toEqual(expected);
  });
});

describe('a mention inside running prose is not a result', () => {
  it.each([
    '資格情報なしで接続します。',
    'サーバーには資格情報なしで接続できますが、一部の機能は使えません。',
    '資格情報なしで接続',
    '資格（無効）の場合は、従来の紙の処方箋を交付してください。',
    '資格（無効）の場合は',
    '「資格情報なし」と表示された場合',
    '「資格（無効）」と表示された場合は、紙の処方箋を発行してください。',
    '「資格（無効）」「資格情報なし」と表示された場合、電子処方箋は発行できません。',
    '資格情報なしのユーザーはログインできません。',
    '資格（無効）が表示されたときの対応',
    '資格情報なしは、保険者の登録が済んでいない場合などに表示されます。',
    '資格（無効）も同様に扱います。',
    '資格（無効）または資格情報なしの場合',
    '資格（無効）・資格情報なしの場合',
    '画面に資格（無効）と出たら受付で確認します。',
    'オンライン資格確認で資格情報なしと表示される',
    '資格情報なしを選択してください',
    '資格情報なしに設定すると匿名で参照できます。',
    '資格情報なしでの運用はできません。',
    '資格情報なしでもログインできます',
    '資格情報なしだと接続できません',
    '資格情報なしなら管理者に連絡',
    '資格（無効）へ変更されました',
    '資格（無効）から有効に戻りました',
    '資格（無効）として扱う',
    '資格情報なしのため紙で対応',
    '資格情報なしによる影響',
    '資格（無効）でした場合',
    '資格情報なしですか？',
    '資格（無効）となりましたので、保険者に確認してください。',
    'ID: admin（資格情報なしで接続）',
    '資格情報なし（ID のみ）で接続します',
    '資格（無効）（新しい保険証が未登録）の場合は',
    'オンライン資格確認で |資格情報なし| となる主な原因',
    '患者さんの資格が|資格（無効）|になっている場合',
    '結果欄に|資格（無効）|と表示される例',
    'Q21 資格確認の結果が「資格（無効）」や「資格情報なし」となった場合',
    '資格情報なし、または資格（無効）の場合',
    '資格（無効）、資格情報なし、該当なしのいずれか',
    '受付済み 資格（無効）',
    '非資格情報なし',
    '資格情報なしで|接続します',
    '資格情報なし で接続します',
    '「資格情報なし」 と表示された場合',
    '資格|¶|（無効）',
    '資格（無効）の|¶|説明',
  ])('%j', (markup) => {
    expect(resultsIn(markup)).toEqual([]);
  });
});

describe('extra patterns', () => {
  const { patterns } = compilePatterns(['無効（新しい資格あり）', '該当資格なし', '複数該当', '資格情報なし（保険者未登録）']);

  it.each([
    ['無効（新しい資格あり）', ['custom:無効(新しい資格あり)']],
    ['無効(新しい資格あり)', ['custom:無効(新しい資格あり)']],
    ['資格有効性：該当資格なし', ['custom:該当資格なし']],
    ['複数該当', ['custom:複数該当']],
    ['該当資格なしの場合は保険者に確認してください。', []],
    // The longer pattern wins over the built-in one inside it.
    ['資格情報なし（保険者未登録）', ['custom:資格情報なし(保険者未登録)']],
    ['資格（無効） 複数該当', [INVALID, 'custom:複数該当']],
  ])('%j', (markup, expected) => {
    expect(resultsIn(markup, patterns)).toEqual(expected);
  });
});

describe('mentionsAny', () => {
  it('finds any pattern, result or prose', () => {
    expect(mentionsAny('資格情報なしで接続', BUILT_IN_PATTERNS)).toBe(true);
    expect(mentionsAny('資格(有効)', BUILT_IN_PATTERNS)).toBe(false);
  });
});

/*
 * Property tests against a reference implementation: lines built from a prefix, a result and a
 * suffix of known kinds, judged by a table rather than by the rules' code.
 */

type Kind = { text: string; standsApart: boolean };

const PREFIXES: Kind[] = [
  { text: '', standsApart: true },
  { text: '資格状態：', standsApart: true },
  { text: '【結果】', standsApart: true },
  { text: '確認結果 ', standsApart: true },
  { text: '結果 → ', standsApart: true },
  { text: '「', standsApart: true },
  { text: '・', standsApart: true },
  { text: '受付 10:02⏎', standsApart: true },
  { text: '画面に', standsApart: false },
  { text: '患者さんの資格が', standsApart: false },
  { text: '表示は ', standsApart: false },
  { text: '非', standsApart: false },
];

const SUFFIXES: Kind[] = [
  { text: '', standsApart: true },
  { text: '。', standsApart: true },
  { text: 'です', standsApart: true },
  { text: 'でした。', standsApart: true },
  { text: 'となりました。', standsApart: true },
  { text: '」', standsApart: true },
  { text: '。紙の処方箋で対応します。', standsApart: true },
  { text: ' 2024/04/01', standsApart: true },
  { text: '⏎次の患者', standsApart: true },
  { text: 'で接続します。', standsApart: false },
  { text: 'の場合は', standsApart: false },
  { text: 'と表示された場合', standsApart: false },
  { text: 'が表示されたとき', standsApart: false },
  { text: 'も同様です', standsApart: false },
  { text: 'は、保険者の登録待ちです', standsApart: false },
  { text: 'に設定', standsApart: false },
  { text: 'を選択', standsApart: false },
  { text: '、または', standsApart: false },
  { text: ' で接続', standsApart: false },
];

const RESULT_FORMS: Record<string, string[]> = {
  [INVALID]: ['資格（無効）', '資格(無効)', '資格﹙無効﹚', '資格|（無効）', '資格⏎（無効）', '資格　（ 無効 ）'],
  [NO_INFO]: ['資格情報なし', '資格\u200b情報なし', '資格|情報|なし', '資格\u00a0情報なし'],
};

const pieces = fc.record({
  prefix: fc.constantFrom(...PREFIXES),
  result: fc.constantFrom(...Object.keys(RESULT_FORMS)),
  form: fc.nat(),
  suffix: fc.constantFrom(...SUFFIXES),
});

describe('against the reference table', () => {
  it('a line of prefix + result + suffix holds a result exactly when both sides stand apart', () => {
    fc.assert(
      fc.property(pieces, ({ prefix, result, form, suffix }) => {
        const forms = RESULT_FORMS[result] as string[];
        const markup = prefix.text + forms[form % forms.length] + suffix.text;
        const expected = prefix.standsApart && suffix.standsApart ? [result] : [];
        expect(resultsIn(markup)).toEqual(expected);
      }),
    );
  });

  it('zero-width characters anywhere never change the results', () => {
    fc.assert(
      fc.property(pieces, fc.array(fc.tuple(fc.nat(), fc.constantFrom('\u200b', '\u200d', '\u2060', '\ufeff'))), (p, inserts) => {
        const forms = RESULT_FORMS[p.result] as string[];
        const markup = p.prefix.text + forms[p.form % forms.length] + p.suffix.text;
        let noisy = markup;
        for (const [at, char] of inserts) {
          const i = at % (noisy.length + 1);
          noisy = noisy.slice(0, i) + char + noisy.slice(i);
        }
        expect(resultsIn(noisy)).toEqual(resultsIn(markup));
      }),
    );
  });

  it('full-width and half-width forms of the same line give the same results', () => {
    const toHalf = (s: string) => s.replace(/（/gu, '(').replace(/）/gu, ')').replace(/：/gu, ':');
    const toFull = (s: string) => s.replace(/\(/gu, '（').replace(/\)/gu, '）').replace(/:/gu, '：');
    fc.assert(
      fc.property(pieces, ({ prefix, result, form, suffix }) => {
        const forms = RESULT_FORMS[result] as string[];
        const markup = prefix.text + forms[form % forms.length] + suffix.text;
        expect(resultsIn(toHalf(markup))).toEqual(resultsIn(markup));
        expect(resultsIn(toFull(markup))).toEqual(resultsIn(markup));
      }),
    );
  });

  it('results are pattern texts that never overlap, in order', () => {
    const chunk = fc.constantFrom('資格（無効）', '資格情報なし', 'で', 'の', '：', '。', ' ', '|', '⏎', '¶', '結果', '「', '」', 'です');
    fc.assert(
      fc.property(fc.array(chunk, { maxLength: 12 }), (chunks) => {
        const seg = line(chunks.join(''));
        const found = findResults(seg, BUILT_IN_PATTERNS);
        found.forEach((r, i) => {
          expect(seg.text.slice(r.start, r.end)).toBe(r.pattern.text);
          if (i > 0) expect(r.start).toBeGreaterThanOrEqual((found[i - 1] as { end: number }).end);
        });
      }),
    );
  });
});
