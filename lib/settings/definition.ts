import { extraPatternProblem } from '../detection/patterns';
import { DESK_SETTINGS } from './links';

/**
 * The one list of settings. Storage, the popup and options page, the managed-storage schema and
 * the administrator templates are all generated from this file; never list settings anywhere else.
 */

export type Localized = { ja: string; en: string };

/** Outcome of checking one raw value (from storage, a form or a policy). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: Localized };

type Kind = 'boolean' | 'enum' | 'text' | 'textList';

/** Sections of the options page and the administrator templates. */
export type SettingGroup = 'general' | 'desk' | 'sites' | 'detection' | 'hours' | 'slip' | 'administration';

export const SETTING_GROUPS: Record<SettingGroup, Localized> = {
  general: { ja: '基本', en: 'General' },
  desk: { ja: '窓口での確認と出典', en: 'At the desk, and sources' },
  sites: { ja: '使うサイト', en: 'Sites' },
  detection: { ja: '検出', en: 'Detection' },
  hours: { ja: '問い合わせ先の受付時間', en: 'Call-centre hours' },
  slip: { ja: '患者さん向け案内（印刷）', en: 'Patient guidance slip (printed)' },
  administration: { ja: '管理', en: 'Administration' },
};

interface SettingBase<K extends Kind, T> {
  kind: K;
  group: SettingGroup;
  default: T;
  label: Localized;
  description: Localized;
  /** Whether an administrator may set it by policy (storage.managed). */
  policy: boolean;
  /** Whether the user may change it in the popup or options page (policy still can). */
  user: boolean;
}

export interface BooleanSetting extends SettingBase<'boolean', boolean> {}

export interface EnumSetting<V extends string = string> extends SettingBase<'enum', V> {
  values: readonly V[];
  valueLabels: Record<V, Localized>;
}

export interface TextSetting extends SettingBase<'text', string> {
  /** Returns a reason when the (trimmed) value is not acceptable. */
  check?: (value: string) => Localized | undefined;
  maxLength: number;
}

export interface TextListSetting extends SettingBase<'textList', readonly string[]> {
  /** Returns a reason when an item is not acceptable after the ones already accepted. */
  check?: (item: string, accepted: readonly string[]) => Localized | undefined;
  maxItems: number;
  maxItemLength: number;
}

export type SettingDefinition = BooleanSetting | EnumSetting | TextSetting | TextListSetting;

const HOURS_SPAN = /^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/;

/** "HH:mm-HH:mm" (opens before it closes) or "" for closed all day. */
export function checkHoursSpan(value: string): Localized | undefined {
  if (value === '') return undefined;
  const m = HOURS_SPAN.exec(value);
  if (!m || value.slice(0, 5) >= value.slice(6)) {
    return {
      ja: '「09:30-20:00」の形（開始が終了より前）で入力してください。空欄は終日休みです。',
      en: 'Use the form "09:30-20:00" (opening before closing); leave empty for closed all day.',
    };
  }
  return undefined;
}

const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
function checkMonthDay(value: string): Localized | undefined {
  if (value === '' || MONTH_DAY.test(value)) return undefined;
  return { ja: '「12-29」の形（月-日）で入力してください。', en: 'Use the form "12-29" (month-day).' };
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
function checkIsoDate(value: string): Localized | undefined {
  if (ISO_DATE.test(value)) return undefined;
  return { ja: '「2026-08-14」の形（年-月-日）で入力してください。', en: 'Use the form "2026-08-14".' };
}

/** Hostname ("clinic.example.jp", "*.example.jp") or a match pattern ("https://*.example.jp/*"). */
function checkSitePattern(value: string): Localized | undefined {
  if (/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d+)?$/i.test(value)) return undefined;
  if (/^(\*|https?):\/\/(\*|(\*\.)?[^/*]+)\/.*$/i.test(value)) return undefined;
  return {
    ja: 'ホスト名（例: receipt.example.jp、*.example.jp）またはマッチパターン（例: https://*.example.jp/*）を入力してください。',
    en: 'Enter a hostname (e.g. receipt.example.jp, *.example.jp) or a match pattern (e.g. https://*.example.jp/*).',
  };
}

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
  freeDialHoursWeekday: hours(FREE_DIAL, WEEKDAY, '09:30-20:00'),
  freeDialHoursSaturday: hours(FREE_DIAL, SATURDAY, '09:30-17:30'),
  freeDialHoursSunday: hours(FREE_DIAL, SUNDAY, '09:30-17:30'),
  freeDialHoursHoliday: hours(FREE_DIAL, HOLIDAY, '09:30-17:30'),
  institutionsHoursWeekday: hours(INSTITUTIONS, WEEKDAY, '08:00-18:00'),
  institutionsHoursSaturday: hours(INSTITUTIONS, SATURDAY, '08:00-16:00'),
  // Sunday is not listed in the notice (事務連絡 2023-06-09 ※2): closed.
  institutionsHoursSunday: hours(INSTITUTIONS, SUNDAY, ''),
  // The notice is silent on 祝日; the operator's FAQ treats them as closed (domain.md).
  institutionsHoursHoliday: hours(INSTITUTIONS, HOLIDAY, ''),
  yearEndClosedFrom: {
    kind: 'text',
    group: 'hours',
    default: '12-29',
    label: { ja: '年末年始の休み（開始日）', en: 'Year-end closure: first day' },
    description: {
      ja: '両方の窓口が休む期間の初日（月-日）。空欄なら年末年始の休みなし。',
      en: 'First closed day (month-day) for both lines; empty for none.',
    },
    policy: true,
    user: true,
    check: checkMonthDay,
    maxLength: 5,
  },
  yearEndClosedTo: {
    kind: 'text',
    group: 'hours',
    default: '01-03',
    label: { ja: '年末年始の休み（終了日）', en: 'Year-end closure: last day' },
    description: {
      ja: '両方の窓口が休む期間の最終日（月-日）。',
      en: 'Last closed day (month-day) for both lines.',
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
      ja: '両方の窓口が休む日（年-月-日）。臨時休業などに。',
      en: 'Dates (year-month-day) when both lines are closed, e.g. announced closures.',
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
