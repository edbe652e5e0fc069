import type { MessageKey, Translate } from '../i18n/localized';
import { normalise } from '../detection/normalise';
import { BUILT_IN_PATTERNS } from '../detection/patterns';

/**
 * What a matched pattern is, told from its normalised text (the detector reports it with every
 * result): one of the two built-in results, one of the suggested wordings other systems show
 * (domain.md: 資格有効性 codes 3, 4 and 5, and two wordings without a code), or an administrator's
 * free text. Detection only knows `custom` for all but the built-ins, and must not learn more:
 * it never imports settings or this file.
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

export interface ResultKind {
  /** How the panel names it (the screen's own words). */
  name: MessageKey;
  topic: TopicId;
}

// 該当なし and 該当条件なし have no step of their own in the sources (domain.md): the shared steps.
const KINDS: readonly (ResultKind & { text: string })[] = [
  { text: normalise('資格（無効）'), name: 'statusInvalid', topic: 'unconfirmed' },
  { text: normalise('資格情報なし'), name: 'statusNoInfo', topic: 'unconfirmed' },
  { text: normalise(WORDINGS.newerRecord), name: 'wordingNewerRecord', topic: 'newerRecord' },
  { text: normalise(WORDINGS.noEligible), name: 'wordingNoEligible', topic: 'noEligible' },
  { text: normalise(WORDINGS.none), name: 'wordingNone', topic: 'unconfirmed' },
  { text: normalise(WORDINGS.noCondition), name: 'wordingNoCondition', topic: 'unconfirmed' },
  { text: normalise(WORDINGS.multiple), name: 'wordingMultiple', topic: 'multiple' },
];

// Free text an administrator added: named as today, with the shared steps.
const OTHER: ResultKind = { name: 'statusCustom', topic: 'unconfirmed' };

if (KINDS[0]?.text !== BUILT_IN_PATTERNS[0]?.text || KINDS[1]?.text !== BUILT_IN_PATTERNS[1]?.text) {
  throw new Error('wordings.ts: the built-in patterns changed');
}

/** What the result matched by `patternText` (normalised, as the detector reports it) is. */
export function kindOf(patternText: string): ResultKind {
  const text = normalise(patternText);
  const { name, topic } = KINDS.find((kind) => kind.text === text) ?? OTHER;
  return { name, topic };
}

/** Distinct kinds of the matched patterns, in a fixed order (built-ins, wordings, free text). */
export function kindsOf(patternTexts: readonly string[]): ResultKind[] {
  const names = new Set(patternTexts.map((text) => kindOf(text).name));
  return [...KINDS, OTHER].filter((kind) => names.has(kind.name)).map(({ name, topic }) => ({ name, topic }));
}

/** The panel's title for these matched patterns, e.g. 「資格（無効）」と表示されています. */
export function panelTitle(patternTexts: readonly string[], t: Translate): string {
  return t(
    'panelShown',
    kindsOf(patternTexts)
      .map((kind) => t(kind.name))
      .join(t('nameSeparator')),
  );
}
