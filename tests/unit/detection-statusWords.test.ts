import { describe, expect, it } from 'vitest';
import { normalise, SegmentedText, Separation } from '../../lib/detection/normalise';
import { BUILT_IN_PATTERNS } from '../../lib/detection/patterns';
import { isOnlyStatus, isQuoted, isTally, statusNameOf } from '../../lib/detection/statusWords';

/*
 * The text-level parts of "Furniture is not a result": tallies, quotations, and text that is only a
 * status name. A line is written as the detector reads it: `|` an inline element boundary, `⏎` a <br>.
 */

const SEPARATORS: Record<string, Separation> = { '|': Separation.Space, '⏎': Separation.Line };

function line(markup: string): SegmentedText {
  const seg = new SegmentedText();
  markup.split(/([|⏎])/u).forEach((piece, i) => {
    const separation = SEPARATORS[piece];
    if (separation) seg.separate(separation);
    else seg.append(piece, i);
  });
  return seg;
}

/** Where the first status of the line stands. */
function spanOf(seg: SegmentedText): { start: number; end: number } {
  for (const { text } of BUILT_IN_PATTERNS) {
    const start = seg.text.indexOf(text);
    if (start >= 0) return { start, end: start + text.length };
  }
  throw new Error(`no status in ${seg.text}`);
}

function tally(markup: string): boolean {
  const seg = line(markup);
  const { start, end } = spanOf(seg);
  return isTally(seg, start, end);
}

function quoted(markup: string): boolean {
  const seg = line(markup);
  return isQuoted(seg, spanOf(seg).start);
}

const STATUSES = BUILT_IN_PATTERNS.map((p) => p.text);

describe('a tally is a status followed by a bare count', () => {
  it.each(['資格情報なし 2名', '資格（無効）(3)', '資格（無効）：0件', '資格（無効）|12', '本日の|資格情報なし|2名', '資格（無効）（3件）'])(
    '%s is a tally',
    (markup) => expect(tally(markup)).toBe(true),
  );
  it.each([
    '資格（無効）',
    '00123|山田 太郎|資格（無効）|45',
    '資格（無効）（4/1 確認）',
    '資格（無効）⏎2名',
    '資格状態：資格（無効）',
    '資格（無効）2名以上',
  ])('%s is not a tally', (markup) => expect(tally(markup)).toBe(false));
});

describe('a quotation is inside 「…」 or after a 「 that never closes', () => {
  it.each(['「資格（無効）」', '「資格(無効)', '『資格情報なし』', '「画面に|資格（無効）」'])('%s is quoted', (markup) =>
    expect(quoted(markup)).toBe(true),
  );
  it.each(['資格（無効）', '「結果」資格（無効）', '【結果】資格情報なし', '資格状態：資格（無効）'])('%s is not quoted', (markup) =>
    expect(quoted(markup)).toBe(false),
  );
});

describe('only a status name (a choice, a tab, a legend item)', () => {
  it.each(['資格（無効）', '資格情報なし', '資格（無効）(3)', '・資格情報なし', '● 資格（無効） 12', '有効', '資格（有効）'])(
    '%s is only a status',
    (text) => expect(isOnlyStatus(normalise(text), STATUSES)).toBe(true),
  );
  it.each(['山田 太郎 資格（無効）', '資格状態：資格（無効）', '資格（無効）の方', '', '3'])('%s is not only a status', (text) =>
    expect(isOnlyStatus(normalise(text), STATUSES)).toBe(false),
  );
});

describe('the status name an item is made of', () => {
  it.each([
    ['● 資格（無効） 12', '資格(無効)'],
    ['資格情報なし (2)', '資格情報なし'],
    ['有効', '有効'],
  ])('%s names %s', (text, name) => expect(statusNameOf(normalise(text), STATUSES)).toBe(name));
});
