import {
  checkForeignLanguage,
  checkForeignLineNumber,
  FOREIGN_LANGUAGE_CODES,
  FOREIGN_LINE_NUMBER,
  FOREIGN_LINE_PAGE,
} from '../notice/foreignLine';
import { checkHttpsUrl, LINK_MAX_LENGTH } from './links';
import type { BooleanSetting, TextListSetting, TextSetting } from './settingTypes';

/**
 * The free dial's foreign-language line (docs/domain.md#foreign-language-line), part of the one
 * settings definition (definition.ts spreads it into SETTINGS; its hours are in the hours group).
 * Users may hide it; only an administrator may replace its number, page or languages, as with the
 * source links: a wrong number on a patient slip is worse than none.
 */
export const FOREIGN_LINE_SETTINGS = {
  showForeignLine: {
    kind: 'boolean',
    group: 'foreignLine',
    default: true,
    label: { ja: '外国語の問い合わせ先を表示', en: 'Show the foreign-language line' },
    description: {
      ja: '案内とポップアップに、マイナンバー総合フリーダイヤルの外国語窓口を1行で表示します。',
      en: "Shows the free dial's foreign-language line in one line of the panel and the popup.",
    },
    policy: true,
    user: true,
  } satisfies BooleanSetting,
  foreignLineNumber: {
    kind: 'text',
    group: 'foreignLine',
    default: FOREIGN_LINE_NUMBER,
    label: { ja: '外国語の問い合わせ先：電話番号', en: 'Foreign-language line: number' },
    description: {
      ja: '外国語で相談できる電話番号。番号が変わったときに差し替えます（紛失・盗難用の番号は使えません）。',
      en: 'The number that answers in foreign languages; replace it if it changes (the lost-card line is refused).',
    },
    policy: true,
    user: false,
    check: checkForeignLineNumber,
    maxLength: 15,
  } satisfies TextSetting,
  foreignLineLanguages: {
    kind: 'textList',
    group: 'foreignLine',
    default: FOREIGN_LANGUAGE_CODES,
    label: { ja: '外国語の問い合わせ先：対応言語', en: 'Foreign-language line: languages' },
    description: {
      ja: `対応言語のコード（${FOREIGN_LANGUAGE_CODES.join(', ')}）。患者さん向け案内で選べる言語にもなります。`,
      en: `Language codes (${FOREIGN_LANGUAGE_CODES.join(', ')}); also the slip's languages besides Japanese.`,
    },
    policy: true,
    user: false,
    check: checkForeignLanguage,
    maxItems: FOREIGN_LANGUAGE_CODES.length,
    maxItemLength: 2,
  } satisfies TextListSetting,
  foreignLinePage: {
    kind: 'text',
    group: 'foreignLine',
    default: FOREIGN_LINE_PAGE,
    label: { ja: '外国語の問い合わせ先：案内ページ（QR コード）', en: 'Foreign-language line: page (QR code)' },
    description: {
      ja: '外国語の案内に載せる QR コードと出典のアドレス（https のみ）。',
      en: 'Address of the QR code and source on the foreign-language slips (https only).',
    },
    policy: true,
    user: false,
    check: checkHttpsUrl,
    maxLength: LINK_MAX_LENGTH,
  } satisfies TextSetting,
} as const;
