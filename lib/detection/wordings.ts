import type { MessageKey } from '../i18n/localized';
import { normalise } from './normalise';

/**
 * What a result's words mean, decided once for each pattern as it is compiled (patterns.ts): how
 * the panel names it and which desk steps it gets. One of the two built-in results, one of the
 * suggested wordings other systems show (domain.md: 資格有効性 codes 3, 4 and 5, and two wordings
 * without a code), or an administrator's free text.
 */

export type WordingId = 'newerRecord' | 'noEligible' | 'none' | 'noCondition' | 'multiple';

/** The suggested wordings as an administrator switches them on (SUGGESTED_PATTERNS). */
export const WORDINGS: Record<WordingId, string> = {
  newerRecord: '無効（新しい資格あり）',
  noEligible: '該当資格なし',
  none: '該当なし',
  noCondition: '該当条件なし',
  multiple: '複数該当',
};

/** Which desk steps a result gets: the shared ones, or a wording's own. */
export type TopicId = 'unconfirmed' | 'noEligible' | 'multiple' | 'newerRecord';

export interface Wording {
  /** How the panel names it (the screen's own words). */
  name: MessageKey;
  topic: TopicId;
}

export const INVALID: Wording = { name: 'statusInvalid', topic: 'unconfirmed' };
export const NO_INFO: Wording = { name: 'statusNoInfo', topic: 'unconfirmed' };

// 該当なし and 該当条件なし have no step of their own in the sources (domain.md): the shared steps.
const SUGGESTED = new Map<string, Wording>([
  [normalise(WORDINGS.newerRecord), { name: 'wordingNewerRecord', topic: 'newerRecord' }],
  [normalise(WORDINGS.noEligible), { name: 'wordingNoEligible', topic: 'noEligible' }],
  [normalise(WORDINGS.none), { name: 'wordingNone', topic: 'unconfirmed' }],
  [normalise(WORDINGS.noCondition), { name: 'wordingNoCondition', topic: 'unconfirmed' }],
  [normalise(WORDINGS.multiple), { name: 'wordingMultiple', topic: 'multiple' }],
]);

// Free text an administrator added: named as such, with the shared steps.
const FREE_TEXT: Wording = { name: 'statusCustom', topic: 'unconfirmed' };

/** The order in which the panel names what a page shows: built-ins, suggested wordings, free text. */
export const WORDING_ORDER: readonly Wording[] = [INVALID, NO_INFO, ...SUGGESTED.values(), FREE_TEXT];

/** An extra pattern's wording, from its normalised text: a suggested one, else free text. */
export function extraWording(text: string): Wording {
  return SUGGESTED.get(text) ?? FREE_TEXT;
}
