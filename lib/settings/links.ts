import type { Localized } from '../i18n/localized';
import type { BooleanSetting, TextSetting } from './settingTypes';

/**
 * The 「窓口での確認」 switch and the source links the panel and the slip cite. Part of the one
 * settings definition (definition.ts spreads DESK_SETTINGS into SETTINGS); kept here so that the
 * links, their defaults and their validation read together.
 *
 * The seed's four links date from 2023 and pages move (domain.md): an administrator replaces a
 * link by policy rather than the extension shipping a dead one. Users cannot change them.
 */

// Long enough for any real page address with an anchor; a policy value over it is refused.
export const LINK_MAX_LENGTH = 300;

const HTTPS_ONLY: Localized = {
  ja: '「https://」で始まるウェブページのアドレスを入力してください（http や javascript: などは使えません）。',
  en: 'Enter a web page address starting with "https://" (http, javascript: and other schemes are refused).',
};

/**
 * An https address of a web page, or the reason it is not one. The link opens from the panel on a
 * patient-record page: only https, a real host, no user name or password in it, no white space.
 */
export function checkHttpsUrl(value: string): Localized | undefined {
  if (!/^https:\/\//i.test(value) || /[\s<>"`\\]/.test(value)) return HTTPS_ONLY;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return HTTPS_ONLY;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || !url.hostname.includes('.')) {
    return HTTPS_ONLY;
  }
  return undefined;
}

function link(label: Localized, url: string): TextSetting & { group: 'desk' } {
  return {
    kind: 'text',
    group: 'desk',
    default: url,
    label,
    description: {
      ja: '案内に載せる出典リンクのアドレス（https のみ）。ページが移ったときに差し替えます。',
      en: 'Address of this source link in the panel (https only); replace it when the page moves.',
    },
    policy: true,
    user: false,
    check: checkHttpsUrl,
    maxLength: LINK_MAX_LENGTH,
  };
}

export const DESK_SETTINGS = {
  showDeskSteps: {
    kind: 'boolean',
    group: 'desk',
    default: true,
    label: { ja: '「窓口での確認」を表示', en: 'Show "At the desk" steps' },
    description: {
      ja: '案内に、表示ごとの窓口での確認手順（資格の確かめ方と自己負担）を出典付きで表示します。',
      en: 'Shows, per result, what reception does next (how to confirm coverage, what the patient pays), with the source.',
    },
    policy: true,
    user: true,
  } satisfies BooleanSetting,
  // MHLW 「マイナンバーカードで資格確認ができない場合の対処法」 (保発0710第1号 and the billing notices).
  sourceLinkDeskSteps: link(
    { ja: '出典リンク：資格確認ができない場合の対処法', en: 'Source link: what to do when the card cannot confirm coverage' },
    'https://www.mhlw.go.jp/stf/newpage_08280.html',
  ),
  // The notice's 参考：掲載ページURL (事務連絡 2023-06-09).
  sourceLinkCardQa: link(
    { ja: '出典リンク：マイナンバーカードの健康保険証利用について Q21', en: 'Source link: My Number card as health insurance card, Q21' },
    'https://www.mhlw.go.jp/stf/newpage_08277.html#Q21',
  ),
  sourceLinkOqsQa: link(
    { ja: '出典リンク：オンライン資格確認 QA集 Q21', en: 'Source link: online qualification check Q&A, Q21' },
    'https://www.mhlw.go.jp/stf/newpage_24976.html#Q21',
  ),
  sourceLinkFreeDial: link(
    { ja: '出典リンク：マイナンバー総合フリーダイヤル（案内の QR コードにも使用）', en: 'Source link: My Number free dial (also the slip’s QR code)' },
    'https://www.kojinbango-card.go.jp/contact/tel/',
  ),
  sourceLinkInstitutions: link(
    { ja: '出典リンク：医療機関等向けコールセンター', en: 'Source link: call centre for institutions' },
    'https://www.iryohokenjyoho-portalsite.jp/post-7.html',
  ),
} as const;

export type SourceLinkKey = Exclude<keyof typeof DESK_SETTINGS, 'showDeskSteps'>;
