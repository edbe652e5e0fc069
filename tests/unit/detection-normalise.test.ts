import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise, SegmentedText, Separation } from '../../lib/detection/normalise';

/*
 * The contract's normalisation: NFKC, then no white space (incl. U+3000 and NBSP) and no
 * zero-width characters (U+200B–U+200D, U+2060, U+FEFF).
 */

const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
const SPACES = [' ', '\t', '\n', '\r', '\u3000', '\u00a0', '\u2003', '\u202f'];

/** The reference: the contract's steps spelled out one character at a time. */
function referenceNormalise(text: string): string {
  let out = '';
  for (const char of text.normalize('NFKC')) {
    if (ZERO_WIDTH.includes(char) || /^\s$/u.test(char)) continue;
    out += char;
  }
  return out;
}

// Characters of the results, their full-/half-width and compatibility forms, separators, prose.
const ALPHABET = [
  '資', '格', '情', '報', 'な', 'し', '無', '効', '(', ')', '（', '）', '﹙', '﹚', '⁽', '⁾',
  '：', ':', '。', '「', '」', 'で', 'の', 'ｶ', 'A', 'Ａ', '1', '１', '㍻', ...SPACES, ...ZERO_WIDTH,
];
const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 24 }).map((chars) => chars.join(''));

describe('normalise', () => {
  it.each([
    ['資格（無効）', '資格(無効)'],
    ['資格(無効)', '資格(無効)'],
    ['資格﹙無効﹚', '資格(無効)'],
    ['資格　（無効）', '資格(無効)'],
    ['資格\u00a0情報\u00a0なし', '資格情報なし'],
    ['資\u200b格情\u200c報\u200dな\u2060し\ufeff', '資格情報なし'],
    ['\n  資格\n  （ 無効 ）\n', '資格(無効)'],
    ['資格状態：資格（無効）', '資格状態:資格(無効)'],
    ['ＡＢＣ１２３', 'ABC123'],
    ['ｶﾞ', 'ガ'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalise(input)).toBe(expected);
  });

  it('equals the reference for any text', () => {
    fc.assert(fc.property(text, (t) => normalise(t) === referenceNormalise(t)));
  });

  it('is idempotent', () => {
    fc.assert(fc.property(text, (t) => normalise(normalise(t)) === normalise(t)));
  });
});

describe('SegmentedText', () => {
  it('joins pieces into the normalised text and remembers the piece of each character', () => {
    const seg = new SegmentedText();
    seg.append('資格', 0);
    seg.separate(Separation.Space);
    seg.append('（無効）', 1);
    expect(seg.text).toBe('資格(無効)');
    expect(seg.sources).toEqual([0, 0, 1, 1, 1, 1]);
    expect(seg.separationAt(2)).toBe(Separation.Space);
    expect(seg.separationAt(1)).toBe(0);
  });

  it('records white space as a separation and drops zero-width characters silently', () => {
    const seg = new SegmentedText();
    seg.append('結果\u3000資格\u200b情報なし', 0);
    expect(seg.text).toBe('結果資格情報なし');
    expect(seg.separationAt(2)).toBe(Separation.Space);
    expect(seg.separationAt(4)).toBe(0);
  });

  it('keeps the strongest separation at one offset', () => {
    const seg = new SegmentedText();
    seg.append('受付', 0);
    seg.separate(Separation.Line);
    seg.separate(Separation.Space);
    expect(seg.separationAt(2)).toBe(Separation.Line);
    seg.separate(Separation.Block);
    expect(seg.separationAt(2)).toBe(Separation.Block);
  });

  it('gives the same text as normalising the joined pieces, with one source per character', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), (pieces) => {
        const seg = new SegmentedText();
        for (const [i, piece] of pieces.entries()) seg.append(piece, i);
        // Pieces never split a compatibility sequence here (ｶ has no sound mark in the alphabet).
        expect(seg.text).toBe(referenceNormalise(pieces.join('')));
        expect(seg.sources).toHaveLength(seg.text.length);
        expect([...seg.sources].sort((a, b) => a - b)).toEqual(seg.sources);
        seg.sources.forEach((source, at) => {
          expect(referenceNormalise(pieces[source] as string)).toContain(seg.text[at]);
        });
      }),
    );
  });

  it('marks a separation wherever the pieces had white space, and nowhere else', () => {
    fc.assert(
      fc.property(text, (t) => {
        const seg = new SegmentedText();
        seg.append(t, 0);
        const expected = new Set<number>();
        let length = 0;
        for (const char of t.normalize('NFKC')) {
          // U+FEFF is white space to JavaScript but zero-width to the contract: nothing.
          if (ZERO_WIDTH.includes(char)) continue;
          if (/^\s$/u.test(char)) expected.add(length);
          else length += char.length;
        }
        expect(new Set(seg.separations.keys())).toEqual(expected);
      }),
    );
  });
});
