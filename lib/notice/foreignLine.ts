import type { Localized } from '../i18n/localized';

/**
 * The free dial's foreign-language line (docs/domain.md#foreign-language-line): its number, page
 * and languages as the settings definition's defaults, and the check an administrator's
 * replacement number must pass. Kept small: the content script bundles the settings definition.
 */

export const FOREIGN_LINE_NUMBER = '0120-0178-26';
/** The line's English contact page; the slip's QR code for every language but Japanese. */
export const FOREIGN_LINE_PAGE = 'https://www.kojinbango-card.go.jp/en-otoiawase/';

/** The ten languages the line answers in, in the order its page lists them. */
export const FOREIGN_LANGUAGE_CODES = ['en', 'zh', 'ko', 'es', 'pt', 'vi', 'th', 'id', 'tl', 'ne'] as const;
export type ForeignLanguage = (typeof FOREIGN_LANGUAGE_CODES)[number];

// Lines of the same service that are not for this situation (docs/domain.md#foreign-language-line):
// 0120-0178-27 suspends a lost or stolen card; 0570-064-738 is a paid Navi Dial.
const NOT_FOR_THIS = ['0120017827', '0570064738'];

export function checkForeignLineNumber(value: string): Localized | undefined {
  if (!/^[0-9][0-9-]{8,14}$/.test(value)) {
    return { ja: '「0120-0178-26」の形の電話番号を入力してください。', en: 'Enter a phone number like "0120-0178-26".' };
  }
  if (NOT_FOR_THIS.includes(value.replace(/-/g, ''))) {
    return {
      ja: 'この番号は紛失・盗難やカードの手続き用で、この案内には使えません。',
      en: 'That number is for lost cards or card procedures, not for this situation.',
    };
  }
  return undefined;
}

export function checkForeignLanguage(item: string, accepted: readonly string[]): Localized | undefined {
  if (!(FOREIGN_LANGUAGE_CODES as readonly string[]).includes(item)) {
    return { ja: `使える言語コードは ${FOREIGN_LANGUAGE_CODES.join(', ')} です。`, en: `Known codes: ${FOREIGN_LANGUAGE_CODES.join(', ')}.` };
  }
  if (accepted.includes(item)) return { ja: '同じ言語が2回あります。', en: 'This language is listed twice.' };
  return undefined;
}
