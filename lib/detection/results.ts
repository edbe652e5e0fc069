import type { SegmentedText } from './normalise';
import type { Pattern } from './patterns';

/**
 * Decides whether an occurrence of a pattern is a rendered result or a mention in running prose
 * (contract: "What counts as a match"). Works on normalised text, so full-width punctuation has
 * already become half-width where NFKC maps it.
 */

export interface ResultSpan {
  pattern: Pattern;
  start: number;
  end: number;
}

// A label ends with one of these: 「資格状態：資格（無効）」, 「【結果】資格情報なし」.
const LABEL_END = /[:\]】>》〉≫→⇒|=]$/u;
const OPENING = /[「『【[(〔〈《"']+$/u;
// What may follow a result: closing brackets, punctuation, a polite copula.
const RESULT_TAIL = /^[」』】\])〕〉》"']*(?:です|でした|となりました|となっています|になりました)?[。.!?、,」』】\])〕〉》"'…]*$/u;
// Japanese prose continues with hiragana (particles, verb endings); labels and values do not.
const HIRAGANA = /\p{Script=Hiragana}/u;

function leftStandsApart(seg: SegmentedText, start: number): boolean {
  if (start === 0) return true;
  const before = seg.text.slice(0, start).replace(OPENING, '');
  if (before === '' || LABEL_END.test(before)) return true;
  const last = before.at(-1) ?? '';
  return seg.breaks.has(before.length) && !HIRAGANA.test(last);
}

function rightStandsApart(seg: SegmentedText, end: number): boolean {
  const after = seg.text.slice(end);
  if (RESULT_TAIL.test(after)) return true;
  return seg.breaks.has(end) && !HIRAGANA.test(after[0] ?? '');
}

export function findResults(seg: SegmentedText, patterns: readonly Pattern[]): ResultSpan[] {
  const found: ResultSpan[] = [];
  for (const pattern of patterns) {
    let from = 0;
    for (;;) {
      const start = seg.text.indexOf(pattern.text, from);
      if (start < 0) break;
      const end = start + pattern.text.length;
      from = end;
      if (found.some((r) => start < r.end && r.start < end)) continue;
      if (leftStandsApart(seg, start) && rightStandsApart(seg, end)) {
        found.push({ pattern, start, end });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
