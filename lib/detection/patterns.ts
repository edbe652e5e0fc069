import type { Localized } from '../i18n/localized';
import { normalise } from './normalise';
import { extraWording, INVALID, NO_INFO, type Wording } from './wordings';

/** Tokens of the host's data-status attribute (contract). */
export type StatusToken = 'invalid' | 'no-info' | 'custom';

export interface Pattern {
  /** Normalised text to look for. */
  text: string;
  status: StatusToken;
  /** What the words mean, decided here once: every part of the alert reads it from the match. */
  wording: Wording;
}

// The two results named by the notice (事務連絡 2023-06-06, amended 2023-06-09).
export const BUILT_IN_PATTERNS: readonly Pattern[] = [
  { text: normalise('資格（無効）'), status: 'invalid', wording: INVALID },
  { text: normalise('資格情報なし'), status: 'no-info', wording: NO_INFO },
];

export interface RejectedPattern {
  pattern: string;
  reason: Localized;
}

/**
 * Why an extra pattern cannot be detected, given the extras accepted before it: too short once
 * normalised, or one already detected. The settings' validation asks the same question, so the
 * options page shows the reason for anything detection would leave out.
 */
export function extraPatternProblem(raw: string, earlier: readonly string[] = []): Localized | undefined {
  const text = normalise(raw);
  if ([...text].length < 2) {
    return {
      ja: '空白やゼロ幅文字を除いて2文字以上の語句にしてください。',
      en: 'Use at least 2 characters besides spaces and zero-width characters.',
    };
  }
  const same = [...BUILT_IN_PATTERNS.map((p) => p.text), ...earlier.map(normalise)].find((t) => t === text);
  return same === undefined
    ? undefined
    : { ja: `「${same}」として検出済みです。`, en: `Already detected as "${same}".` };
}

/**
 * Built-in patterns plus the administrator's or user's extras. A bad extra (not text, or one
 * extraPatternProblem refuses) is reported with a reason and left out; this never throws.
 */
export function compilePatterns(extra: readonly unknown[]): {
  patterns: Pattern[];
  rejected: RejectedPattern[];
} {
  const patterns = [...BUILT_IN_PATTERNS];
  const accepted: string[] = [];
  const rejected: RejectedPattern[] = [];
  for (const raw of extra) {
    const reason =
      typeof raw === 'string' ? extraPatternProblem(raw, accepted) : { ja: '文字列ではありません。', en: 'Not text.' };
    if (reason) {
      rejected.push({ pattern: typeof raw === 'string' ? raw : describe(raw), reason });
    } else {
      accepted.push(raw as string);
      const text = normalise(raw as string);
      patterns.push({ text, status: 'custom', wording: extraWording(text) });
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
