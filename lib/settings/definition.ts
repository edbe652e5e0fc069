import { extraPatternProblem } from '../detection/patterns';
import { DEFAULT_HOURS } from '../hours/defaults';
import type { Localized } from '../i18n/localized';
import { checkHoursSpan, checkIsoDate, checkMonthDay, checkSitePattern } from './checks';
import { FOREIGN_LINE_SETTINGS } from './foreignLineSettings';
import { DESK_SETTINGS } from './links';
import type { EnumSetting, SettingDefinition, SettingGroup, TextSetting } from './settingTypes';

/**
 * The one list of settings. Storage, the popup and options page, the managed-storage schema and
 * the administrator templates are all generated from this file; never list settings anywhere else.
 */

export const SETTING_GROUPS: Record<SettingGroup, Localized> = {
  general: { ja: '基本', en: 'General' },
  desk: { ja: '窓口での確認と出典', en: 'At the desk, and sources' },
  sites: { ja: '使うサイト', en: 'Sites' },
  detection: { ja: '検出', en: 'Detection' },
  foreignLine: { ja: '外国語の問い合わせ先', en: 'Foreign-language line' },
  hours: { ja: '問い合わせ先の受付時間', en: 'Call-centre hours' },
  slip: { ja: '患者さん向け案内（印刷）', en: 'Patient guidance slip (printed)' },
  administration: { ja: '管理', en: 'Administration' },
};


function hours(line: Localized, day: Localized, value: string): TextSetting & { group: 'hours' } {
  return {
    kind: 'text',
    group: 'hours',
    default: value,
    label: { ja: `${line.ja}：${day.ja}の受付時間`, en: `${line.en}: hours on ${day.en}` },
    description: {
      ja: '「HH:mm-HH:mm」（日本時間）。空欄はその日は受付なし。',
      en: '"HH:mm-HH:mm" in Japan time; empty means closed that day.',
    },
    policy: true,
    user: true,
    check: checkHoursSpan,
    maxLength: 11,
  };
}

const FREE_DIAL = { ja: 'マイナンバー総合フリーダイヤル', en: 'My Number general free dial' };
const INSTITUTIONS = { ja: 'オンライン資格確認等コールセンター', en: 'Online qualification check call centre' };
const FOREIGN_LINE = { ja: '外国語の問い合わせ先', en: 'Foreign-language line' };
const WEEKDAY = { ja: '平日', en: 'weekdays' };
const SATURDAY = { ja: '土曜', en: 'Saturdays' };
const SUNDAY = { ja: '日曜', en: 'Sundays' };
const HOLIDAY = { ja: '祝日', en: 'national holidays' };

export const SETTINGS = {
  enabled: {
    kind: 'boolean',
    group: 'general',
    default: true,
    label: { ja: '資格アラートを使う', en: 'Use Shikaku Alert' },
    description: {
      ja: 'オフにすると、どのページにも案内を表示しません。',
      en: 'When off, no page shows the panel.',
    },
    policy: true,
    user: true,
  },
  role: {
    kind: 'enum',
    group: 'general',
    default: 'clinic',
    values: ['clinic', 'pharmacy'],
    valueLabels: {
      clinic: { ja: '医療機関（処方箋を発行する）', en: 'Clinic or hospital (issues prescriptions)' },
      pharmacy: { ja: '薬局（処方箋を受け付ける）', en: 'Pharmacy (receives prescriptions)' },
    },
    label: { ja: '施設の種類', en: 'Type of facility' },
    description: {
      ja: '紙の処方箋についての案内の文面が変わります。',
      en: 'Changes the wording of the paper-prescription reminder.',
    },
    policy: true,
    user: true,
  } satisfies EnumSetting<'clinic' | 'pharmacy'>,
  showBadge: {
    kind: 'boolean',
    group: 'general',
    default: true,
    label: { ja: 'ツールバーのボタンに件数を表示', en: 'Show the count on the toolbar button' },
    description: {
      ja: 'そのタブで見つかった「資格（無効）」「資格情報なし」などの件数を、ツールバーの資格アラートのボタンに表示します。',
      en: 'Shows on the toolbar button how many results (資格（無効）, 資格情報なし, …) the tab has.',
    },
    policy: true,
    user: true,
  },
  ...DESK_SETTINGS,
  siteBlocklist: {
    kind: 'textList',
    group: 'sites',
    default: [],
    label: { ja: '使わないサイト', en: 'Sites where it is off' },
    description: {
      ja: 'ここに挙げたサイトでは案内を表示しません（ホスト名またはマッチパターン）。',
      en: 'No panel on these sites (hostnames or match patterns).',
    },
    policy: true,
    user: true,
    check: checkSitePattern,
    maxItems: 200,
    maxItemLength: 253,
  },
  siteAllowlist: {
    kind: 'textList',
    group: 'sites',
    default: [],
    label: { ja: '使うサイト（限定）', en: 'Only on these sites' },
    description: {
      ja: '1件以上あると、ここに挙げたサイトでだけ動きます。空なら全てのサイトで動きます。',
      en: 'When not empty, it runs only on these sites; when empty, on every site.',
    },
    policy: true,
    user: true,
    check: checkSitePattern,
    maxItems: 200,
    maxItemLength: 253,
  },
  extraPatterns: {
    kind: 'textList',
    group: 'detection',
    default: [],
    label: { ja: '追加で検出する表示', en: 'Extra results to detect' },
    description: {
      ja: '「資格（無効）」「資格情報なし」のほかに案内を出す表示（例: 無効（新しい資格あり）、該当資格なし、複数該当）。',
      en: 'Results besides 資格（無効） and 資格情報なし that should show the panel (e.g. 無効（新しい資格あり）, 該当資格なし, 複数該当).',
    },
    policy: true,
    user: true,
    // Detection's own rule, so nothing is accepted here that detection would silently drop.
    check: extraPatternProblem,
    maxItems: 20,
    maxItemLength: 40,
  },
  ...FOREIGN_LINE_SETTINGS,
  freeDialHoursWeekday: hours(FREE_DIAL, WEEKDAY, DEFAULT_HOURS.freeDial.weekday),
  freeDialHoursSaturday: hours(FREE_DIAL, SATURDAY, DEFAULT_HOURS.freeDial.saturday),
  freeDialHoursSunday: hours(FREE_DIAL, SUNDAY, DEFAULT_HOURS.freeDial.sunday),
  freeDialHoursHoliday: hours(FREE_DIAL, HOLIDAY, DEFAULT_HOURS.freeDial.holiday),
  institutionsHoursWeekday: hours(INSTITUTIONS, WEEKDAY, DEFAULT_HOURS.institutions.weekday),
  institutionsHoursSaturday: hours(INSTITUTIONS, SATURDAY, DEFAULT_HOURS.institutions.saturday),
  institutionsHoursSunday: hours(INSTITUTIONS, SUNDAY, DEFAULT_HOURS.institutions.sunday),
  institutionsHoursHoliday: hours(INSTITUTIONS, HOLIDAY, DEFAULT_HOURS.institutions.holiday),
  foreignLineHoursWeekday: hours(FOREIGN_LINE, WEEKDAY, DEFAULT_HOURS.foreignLine.weekday),
  foreignLineHoursSaturday: hours(FOREIGN_LINE, SATURDAY, DEFAULT_HOURS.foreignLine.saturday),
  foreignLineHoursSunday: hours(FOREIGN_LINE, SUNDAY, DEFAULT_HOURS.foreignLine.sunday),
  foreignLineHoursHoliday: hours(FOREIGN_LINE, HOLIDAY, DEFAULT_HOURS.foreignLine.holiday),
  yearEndClosedFrom: {
    kind: 'text',
    group: 'hours',
    default: DEFAULT_HOURS.yearEnd.from,
    label: { ja: '年末年始の休み（開始日）', en: 'Year-end closure: first day' },
    description: {
      ja: 'すべての窓口が休む期間の初日（月-日）。空欄なら年末年始の休みなし。',
      en: 'First closed day (month-day) for every line; empty for none.',
    },
    policy: true,
    user: true,
    check: checkMonthDay,
    maxLength: 5,
  },
  yearEndClosedTo: {
    kind: 'text',
    group: 'hours',
    default: DEFAULT_HOURS.yearEnd.to,
    label: { ja: '年末年始の休み（終了日）', en: 'Year-end closure: last day' },
    description: {
      ja: 'すべての窓口が休む期間の最終日（月-日）。',
      en: 'Last closed day (month-day) for every line.',
    },
    policy: true,
    user: true,
    check: checkMonthDay,
    maxLength: 5,
  },
  extraClosedDates: {
    kind: 'textList',
    group: 'hours',
    default: [],
    label: { ja: 'その他の休業日', en: 'Other closed dates' },
    description: {
      ja: 'すべての窓口が休む日（年-月-日）。臨時休業などに。',
      en: 'Dates (year-month-day) when every line is closed, e.g. announced closures.',
    },
    policy: true,
    user: true,
    check: checkIsoDate,
    maxItems: 100,
    maxItemLength: 10,
  },
  slipPaperSize: {
    kind: 'enum',
    group: 'slip',
    default: 'A4',
    values: ['A4', 'A5', 'A6', 'receipt80', 'receipt58'],
    valueLabels: {
      A4: { ja: 'A4', en: 'A4' },
      A5: { ja: 'A5', en: 'A5' },
      A6: { ja: 'A6', en: 'A6' },
      receipt80: { ja: 'レシート 80 mm 幅', en: 'Receipt, 80 mm wide' },
      receipt58: { ja: 'レシート 58 mm 幅', en: 'Receipt, 58 mm wide' },
    },
    label: { ja: '案内の用紙', en: 'Paper for the slip' },
    description: {
      ja: '「患者さん向け案内を印刷」で最初に選ばれる用紙の大きさです。',
      en: 'The paper size the patient slip opens with.',
    },
    policy: true,
    user: true,
  } satisfies EnumSetting<'A4' | 'A5' | 'A6' | 'receipt80' | 'receipt58'>,
  clinicName: {
    kind: 'text',
    group: 'slip',
    default: '',
    label: { ja: '施設名（案内に印刷）', en: 'Facility name (printed on the slip)' },
    description: {
      ja: '患者さん向け案内の下に印刷します。空欄なら印刷しません。',
      en: 'Printed at the bottom of the patient slip; nothing when empty.',
    },
    policy: true,
    user: true,
    maxLength: 60,
  },
  slipNote: {
    kind: 'text',
    group: 'slip',
    default: '',
    label: { ja: '案内に添える一言', en: 'Note on the slip' },
    description: {
      ja: '患者さん向け案内の下に印刷する短い文（例：ご不明な点は受付までお尋ねください）。',
      en: 'A short note printed at the bottom of the patient slip.',
    },
    policy: true,
    user: true,
    maxLength: 200,
  },
  lockSettings: {
    kind: 'boolean',
    group: 'administration',
    default: false,
    label: { ja: '利用者による設定変更を禁止', en: 'Lock all settings' },
    description: {
      ja: 'オンにすると、利用者はポップアップや設定画面で何も変更できません。',
      en: 'When on, users cannot change anything in the popup or options page.',
    },
    policy: true,
    user: false,
  },
} as const satisfies Record<string, SettingDefinition>;

export type SettingKey = keyof typeof SETTINGS;

type ValueOf<D> = D extends EnumSetting<infer V>
  ? V
  : D extends { default: infer T }
    ? T extends boolean
      ? boolean
      : T extends string
        ? string
        : readonly string[]
    : never;

export type Settings = { [K in SettingKey]: ValueOf<(typeof SETTINGS)[K]> };

export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];

export function defaultSettings(): Settings {
  const out: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) out[key] = SETTINGS[key].default;
  return out as Settings;
}
