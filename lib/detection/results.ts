import { type SegmentedText, Separation } from './normalise';
import type { Pattern } from './patterns';

/**
 * Decides whether an occurrence of a pattern is a rendered result or a mention in running prose
 * (contract: "What counts as a match"). A result stands alone in its line or after a label,
 * optionally followed by punctuation or です/でした/となりました; prose goes on with a particle.
 * Works on normalised text, so full-width punctuation has already become half-width where NFKC
 * maps it (：→: （→( ！→!).
 */

export interface ResultSpan {
  pattern: Pattern;
  start: number;
  end: number;
}

// A label ends with one of these: 「資格状態：資格（無効）」, 「【結果】資格情報なし」, 「結果→資格情報なし」.
const LABEL_END = /[:\]】〕>》〉≫→⇒|=]$/u;
const OPENERS = /[「『【〔〈《([{"'“‘]+$/u;
// List markers in front of a result that is otherwise alone: 「・資格（無効）」「※資格情報なし」.
const ONLY_MARKERS = /^[・•●○◎■□◆◇▶▷►▸※*]+$/u;
// What may follow a result: closing brackets, a polite copula, punctuation.
const TAIL = /^[」』】〕〉》)\]}"'”’]*(?:です|でした|となりました|になりました|となっています|となっております)?[。.!?、,…‥」』】〕〉》)\]}"'”’]*/u;
const SENTENCE_END = /[。.!?]/u;
const CLAUSE_GOES_ON = /[、,]/u;
// A remark in brackets right after a result (「資格（無効）（4/1 確認）」) is skipped: what follows it decides.
const REMARKS: Record<string, string> = { '(': ')', '[': ']', '【': '】', '〔': '〕' };
// Japanese prose goes on with hiragana (particles, verb endings); labels and values do not.
const HIRAGANA = /\p{Script=Hiragana}/u;

function leftStandsApart(seg: SegmentedText, start: number): boolean {
  const before = seg.text.slice(0, start).replace(OPENERS, '');
  if (before === '' || ONLY_MARKERS.test(before)) return true;
  const separation = seg.separationAt(before.length);
  if (separation >= Separation.Line || LABEL_END.test(before)) return true;
  return separation === Separation.Space && !HIRAGANA.test(before.at(-1) ?? '');
}

function rightStandsApart(seg: SegmentedText, end: number): boolean {
  const after = seg.text.slice(end);
  const remarkEnd = after[0] && REMARKS[after[0]] ? after.indexOf(REMARKS[after[0]] as string, 1) : -1;
  if (remarkEnd > 0) return rightStandsApart(seg, end + remarkEnd + 1);
  const tail = TAIL.exec(after)?.[0] ?? '';
  const rest = after.slice(tail.length);
  if (rest === '' || SENTENCE_END.test(tail)) return true;
  if (CLAUSE_GOES_ON.test(tail)) return false;
  const separation = seg.separationAt(end + tail.length);
  if (separation >= Separation.Line) return true;
  return separation === Separation.Space && !HIRAGANA.test(rest[0] ?? '');
}

/** A block boundary inside an occurrence means its halves are on different lines. */
function crossesBlock(seg: SegmentedText, start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) if (seg.separationAt(i) === Separation.Block) return true;
  return false;
}

export function findResults(seg: SegmentedText, patterns: readonly Pattern[]): ResultSpan[] {
  const found: ResultSpan[] = [];
  // Longest first: an administrator's 「資格情報なし（保険者未登録）」 wins over the built-in inside it.
  const byLength = [...patterns].sort((a, b) => b.text.length - a.text.length);
  for (const pattern of byLength) {
    for (let start = seg.text.indexOf(pattern.text); start >= 0; start = seg.text.indexOf(pattern.text, start + 1)) {
      const end = start + pattern.text.length;
      if (found.some((r) => start < r.end && r.start < end) || crossesBlock(seg, start, end)) continue;
      if (leftStandsApart(seg, start) && rightStandsApart(seg, end)) found.push({ pattern, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Whether the text holds a pattern at all, result or not (cheaper than judging each one). */
export function mentionsAny(text: string, patterns: readonly Pattern[]): boolean {
  return patterns.some((p) => text.includes(p.text));
}
