import type { SegmentedText } from './normalise';
import { Separation } from './normalise';

/**
 * Text-level tests of the furniture rule (docs/page-contract.md#furniture-is-not-a-result), on
 * normalised text (NFKC, no white space: 「資格情報なし 2名」 reads 資格情報なし2名).
 */

// 「資格情報なし 2名」「資格（無効）(3)」「資格（無効）：0件」: after an optional colon, a count.
const COUNT_WITH_UNIT = /^:?(?:\(\d+(?:件|名|人)?\)|\[\d+\]|\d+(?:件|名|人))$/u;
const BARE_COUNT = /^:?\d+$/u;
// Markers a list or a legend puts before an item: 「・資格（無効）」「● 資格情報なし」.
const LEADING_MARKERS = /^[・•●○◎■□◆◇▶▷►▸※*-]+/u;
const OPENERS = /[「『【〔〈《([{"'“‘]+$/u;
const TRAILING_COUNT = /:?(?:\(\d+(?:件|名|人)?\)|\[\d+\]|\d+(?:件|名|人)?)$/u;

/** Status names that are not results themselves but make up a list of statuses (a legend). */
export const OTHER_STATUS_NAMES: readonly string[] = ['有効', '資格(有効)', '資格有効', '無効'];

/** The rest of the occurrence's line after `end`: up to a <br> or a nested block. */
function lineAfter(seg: SegmentedText, end: number): string {
  if (seg.separationAt(end) >= Separation.Line) return '';
  let stop = end + 1;
  while (stop < seg.text.length && seg.separationAt(stop) < Separation.Line) stop++;
  return seg.text.slice(end, stop);
}

function lineBefore(seg: SegmentedText, start: number): string {
  let from = start;
  while (from > 0 && seg.separationAt(from) < Separation.Line) from--;
  return seg.text.slice(from, start);
}

/**
 * A tally: the status, then a bare count that ends the line. A count with a unit or in brackets
 * is a tally wherever the status stands; a bare number only when nothing comes before the status
 * (「資格（無効） 3」 is a chip, but in 「00123 山田 資格（無効） 45」 the number is the record's).
 */
export function isTally(seg: SegmentedText, start: number, end: number): boolean {
  const after = lineAfter(seg, end);
  if (COUNT_WITH_UNIT.test(after)) return true;
  if (!BARE_COUNT.test(after)) return false;
  return lineBefore(seg, start).replace(OPENERS, '').replace(LEADING_MARKERS, '') === '';
}

/** Inside 「…」 or 『…』, or after an opening one that never closes (a line cut from a sentence). */
export function isQuoted(seg: SegmentedText, start: number): boolean {
  let depth = 0;
  const before = seg.text.slice(0, start);
  for (const ch of before) {
    if (ch === '「' || ch === '『') depth++;
    else if ((ch === '」' || ch === '』') && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * The status name that normalised text is made of, optionally with a list marker before it and a
 * count after it (the whole text of a filter choice, a tab, a legend item); null for other text.
 */
export function statusNameOf(text: string, statuses: readonly string[]): string | null {
  const bare = text.replace(LEADING_MARKERS, '').replace(TRAILING_COUNT, '');
  return bare !== '' && (statuses.includes(bare) || OTHER_STATUS_NAMES.includes(bare)) ? bare : null;
}

export function isOnlyStatus(text: string, statuses: readonly string[]): boolean {
  return statusNameOf(text, statuses) !== null;
}
