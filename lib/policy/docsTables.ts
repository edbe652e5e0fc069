import type { Locale } from '../i18n/localized';
import { SETTING_GROUPS, SETTINGS } from '../settings/definition';
import { defaultValue, fullDescription, valueType } from './describeSetting';
import { POLICY_KEYS } from './policySettings';

/** The generated tables of docs/admin-guide.*.md (between markers, see generatedSection.ts). */

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function table(header: string[], rows: string[][]): string {
  return [header, header.map(() => '---'), ...rows].map((row) => `| ${row.map(cell).join(' | ')} |`).join('\n');
}

/** Every policy key: name, section, type, default and description. */
export function policyTable(locale: Locale): string {
  const header =
    locale === 'ja' ? ['ポリシー名', '区分', '型', '既定値', '説明'] : ['Policy name', 'Section', 'Type', 'Default', 'Description'];
  return table(
    header,
    POLICY_KEYS.map((key) => {
      const def = SETTINGS[key];
      return [
        `\`${key}\``,
        SETTING_GROUPS[def.group][locale],
        valueType(def, locale),
        defaultValue(def, locale),
        `${def.label[locale]}${locale === 'ja' ? '：' : ': '}${fullDescription(def, locale)}`,
      ];
    }),
  );
}

export interface ExtensionIds {
  chromium: string;
  gecko: string;
}

/** The IDs policy files must name for the builds made from this repository. */
export function extensionIdTable(locale: Locale, ids: ExtensionIds): string {
  const ja = locale === 'ja';
  return table(ja ? ['ブラウザー', '拡張機能 ID'] : ['Browser', 'Extension ID'], [
    [ja ? 'Google Chrome・Microsoft Edge・Chromium（ストア外で配布するビルド）' : 'Google Chrome, Microsoft Edge, Chromium (builds distributed outside the stores)', `\`${ids.chromium}\``],
    ['Firefox', `\`${ids.gecko}\``],
  ]);
}
