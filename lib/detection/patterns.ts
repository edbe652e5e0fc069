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

/** Built-in patterns plus the administrator's or user's extras; bad extras are reported, not thrown. */
export function compilePatterns(extra: readonly string[]): {
  patterns: Pattern[];
  rejected: RejectedPattern[];
} {
  const patterns = [...BUILT_IN_PATTERNS];
  const rejected: RejectedPattern[] = [];
  for (const raw of extra) {
    const text = typeof raw === 'string' ? normalise(raw) : '';
    if ([...text].length < 2) {
      rejected.push({
        pattern: String(raw),
        reason: { ja: '2文字以上の語句にしてください。', en: 'Use at least 2 characters.' },
      });
    } else if (patterns.some((p) => p.text === text)) {
      rejected.push({
        pattern: raw,
        reason: { ja: 'すでに検出対象です。', en: 'Already detected.' },
      });
    } else {
      patterns.push({ text, status: 'custom' });
    }
  }
  return { patterns, rejected };
}
