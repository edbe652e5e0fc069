import type { MessageKey } from '../i18n/localized';
import type { SourceLinkKey } from '../settings/links';
import type { TopicId, Wording } from '../detection/wordings';

/**
 * 「窓口での確認」: what reception does next, per kind of result, each step with its source.
 * Facts: domain.md "Desk steps", from MHLW 「マイナンバーカードで資格確認ができない場合の対処法」
 * (https://www.mhlw.go.jp/stf/newpage_08280.html: 保発0710第1号 of 2023-07-10 and the 2023-07-19 /
 * 2023-08-03 事務連絡 on billing). The texts are in the message files (deskStep*). Measures that
 * have ended (the expired 健康保険証 accepted by look-up; a 資格確認書 for everyone aged 75+) are
 * never named: tests/unit/deskSteps-steps.test.ts fails if one appears.
 */

export interface DeskStep {
  text: MessageKey;
  /** The setting holding the source's address (an administrator may replace it). */
  source: SourceLinkKey;
}

export interface DeskTopic {
  id: TopicId;
  /** The results it is for, as the panel names them. */
  names: MessageKey[];
  steps: readonly DeskStep[];
}

/** Steps whose source is the MHLW 対処法 page. */
const fromDeskPage = (...texts: MessageKey[]): DeskStep[] => texts.map((text) => ({ text, source: 'sourceLinkDeskSteps' }));

export const TOPIC_STEPS: Record<TopicId, readonly DeskStep[]> = {
  // 資格（無効）, 資格情報なし and wordings without steps of their own. The order of fallbacks is the
  // source's: マイナポータル screen; お知らせ only with the card, or a 資格確認書; the 申立書 with the
  // normal share; a returning patient's word; then the patient tells the new numbers.
  unconfirmed: fromDeskPage('deskStepPortal', 'deskStepNotice', 'deskStepDeclaration', 'deskStepReturning', 'deskStepTellUs'),
  // Code 4: often a typo; else the registration lag as above.
  noEligible: fromDeskPage('deskStepRecheck', 'deskStepStillNotFound', 'deskStepDeclaration', 'deskStepTellUs'),
  // Code 5: more than one record matches, usually the 枝番 is missing.
  multiple: fromDeskPage('deskStepBranch', 'deskStepStillNotFound', 'deskStepDeclaration'),
  // Code 3: the record looked up ended, a newer one exists.
  newerRecord: fromDeskPage('deskStepNewerRecord', 'deskStepUpdateRecord', 'deskStepDeclaration'),
};

const TOPIC_ORDER: readonly TopicId[] = ['unconfirmed', 'noEligible', 'multiple', 'newerRecord'];

/** The topics for the wordings a page shows, each once, with the names of the results it covers. */
export function deskTopics(wordings: readonly Wording[]): DeskTopic[] {
  return TOPIC_ORDER.flatMap((id) => {
    const names = wordings.filter((wording) => wording.topic === id).map((wording) => wording.name);
    return names.length > 0 ? [{ id, names, steps: TOPIC_STEPS[id] }] : [];
  });
}

/** The name of each source, as its link reads. */
export const SOURCE_LINK_LABELS: Record<SourceLinkKey, MessageKey> = {
  sourceLinkDeskSteps: 'linkDeskSteps',
  sourceLinkCardQa: 'linkMhlwCardQa',
  sourceLinkOqsQa: 'linkMhlwOqsQa',
  sourceLinkFreeDial: 'linkFreeDial',
  sourceLinkInstitutions: 'linkInstitutions',
};

/** The notice's own reference links (参考：掲載ページURL), as the panel's footer lists them. */
export const NOTICE_LINKS: readonly SourceLinkKey[] = [
  'sourceLinkCardQa',
  'sourceLinkOqsQa',
  'sourceLinkFreeDial',
  'sourceLinkInstitutions',
];
