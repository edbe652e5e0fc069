import type { Localized } from '../settings/definition';
import { normalise } from './normalise';

/** Tokens of the host's data-status attribute (contract). */
export type StatusToken = 'invalid' | 'no-info' | 'custom';

export interface Pattern {
  /** Normalised text to look for. */
  text: string;
  status: StatusToken;
}

// The two results named by the notice (事務連絡 2023-06-06, amended 2023-06-09).
export const BUILT_IN_PATTERNS: readonly Pattern[] = [
  { text: normalise('資格（無効）'), status: 'invalid' },
  { text: normalise('資格情報なし'), status: 'no-info' },
];

/** Wordings other systems show (domain.md); offered in the options page, off by default. */
export const SUGGESTED_PATTERNS: readonly string[] = [
  '無効（新しい資格あり）',
  '該当資格なし',
  '該当なし',
  '該当条件なし',
  '複数該当',
];

export interface RejectedPattern {
  pattern: string;
  reason: Localized;
}

/**
 * Built-in patterns plus the administrator's or user's extras. A bad extra (not text, too short
 * once normalised, or one already detected) is reported with a reason and left out; this never throws.
 */
export function compilePatterns(extra: readonly unknown[]): {
  patterns: Pattern[];
  rejected: RejectedPattern[];
} {
  const patterns = [...BUILT_IN_PATTERNS];
  const rejected: RejectedPattern[] = [];
  for (const raw of extra) {
    if (typeof raw !== 'string') {
      rejected.push({ pattern: describe(raw), reason: { ja: '文字列ではありません。', en: 'Not text.' } });
      continue;
    }
    const text = normalise(raw);
    const same = patterns.find((p) => p.text === text);
    if ([...text].length < 2) {
      rejected.push({
        pattern: raw,
        reason: {
          ja: '空白やゼロ幅文字を除いて2文字以上の語句にしてください。',
          en: 'Use at least 2 characters besides spaces and zero-width characters.',
        },
      });
    } else if (same) {
      rejected.push({
        pattern: raw,
        reason: { ja: `「${same.text}」として検出済みです。`, en: `Already detected as "${same.text}".` },
      });
    } else {
      patterns.push({ text, status: 'custom' });
    }
  }
  return { patterns, rejected };
}

/** A value for a rejection message; String() itself throws for some objects. */
function describe(value: unknown): string {
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}
