import type { Locale, Localized } from '../i18n/localized';
import { SETTING_GROUPS, SETTINGS, type SettingKey } from '../settings/definition';
import { policyGroups } from './admx';
import { ADMX_NAMESPACE, type AdmxTarget, names } from './admxNames';
import { extensionPolicyKey } from './browsers';
import { defaultValue, fullDescription, valueType } from './describeSetting';
import { POLICY_KEYS } from './policySettings';
import { el, type XmlElement, xmlDocument } from './xml';

/** The ADML (language resources) for one browser's ADMX: every string and presentation it names. */

const HOW_TO_SET: Record<'boolean' | 'enum' | 'text' | 'textList', Localized> = {
  boolean: {
    ja: '「有効」で true（レジストリ値 1）、「無効」で false（0）になります。',
    en: '"Enabled" sets true (registry value 1), "Disabled" sets false (0).',
  },
  enum: { ja: '「有効」にして一覧から選びます。', en: 'Enable it and pick a value from the list.' },
  text: {
    ja: '「有効」にして値を入力します。形式が正しくない値は使われず、拡張機能の設定画面の「管理者設定の状態」に理由が表示されます。',
    en: 'Enable it and enter the value. A value in the wrong format is not used; the options page of the extension shows why under "Administrator settings".',
  },
  textList: {
    ja: '「有効」にして「表示...」から 1 行に 1 件ずつ入力します。形式が正しくない行は使われず、拡張機能の設定画面の「管理者設定の状態」に理由が表示されます。',
    en: 'Enable it and enter one item per line under "Show...". An item in the wrong format is not used; the options page of the extension shows why under "Administrator settings".',
  },
};

function explainText(key: SettingKey, policyKey: string, locale: Locale): string {
  const def = SETTINGS[key];
  const ja = locale === 'ja';
  const where =
    def.kind === 'textList'
      ? `HKLM\\${policyKey}\\${key} (REG_SZ 1, 2, 3, …)`
      : `HKLM\\${policyKey} → ${key} (${def.kind === 'boolean' ? 'REG_DWORD' : 'REG_SZ'})`;
  return [
    fullDescription(def, locale),
    '',
    HOW_TO_SET[def.kind][locale],
    ja
      ? '「未構成」なら利用者が設定できます。ポリシーで設定した項目は、利用者は変更できません。'
      : '"Not Configured" leaves it to the user. Users cannot change a setting that policy sets.',
    '',
    `${ja ? '型' : 'Type'}: ${valueType(def, locale)}`,
    `${ja ? '既定値' : 'Default'}: ${defaultValue(def, locale)}`,
    `${ja ? 'ポリシー名' : 'Policy name'}: ${key}`,
    `${ja ? 'レジストリ' : 'Registry'}: ${where}`,
  ].join('\n');
}

function strings(target: AdmxTarget, extensionId: string, locale: Locale): XmlElement[] {
  const policyKey = extensionPolicyKey(target.browser, extensionId);
  const product = locale === 'ja' ? '資格アラート' : 'Shikaku Alert';
  const entries: [string, string][] = [
    [names.rootCategory, `${product} (${target.browser.name})`],
    [
      names.supportedOn,
      locale === 'ja'
        ? `${target.browser.name}（資格アラート拡張機能 ID ${extensionId}）`
        : `${target.browser.name} with the Shikaku Alert extension (ID ${extensionId})`,
    ],
    ...policyGroups().map((group): [string, string] => [names.category(group), SETTING_GROUPS[group][locale]]),
  ];
  for (const key of POLICY_KEYS) {
    const def = SETTINGS[key];
    entries.push([names.policy(key), def.label[locale]], [names.explain(key), explainText(key, policyKey, locale)]);
    if (def.kind === 'enum') {
      const labels = def.valueLabels as Record<string, Localized>;
      for (const value of def.values) entries.push([names.enumItem(key, value), labels[value]?.[locale] ?? value]);
    }
  }
  return entries.map(([id, text]) => el('string', { id }, [text]));
}

function presentation(key: SettingKey, locale: Locale): XmlElement | undefined {
  const def = SETTINGS[key];
  const label = def.label[locale];
  switch (def.kind) {
    case 'boolean':
      return undefined;
    case 'enum':
      return el('dropdownList', { refId: key, noSort: 'true', defaultItem: (def.values as readonly string[]).indexOf(def.default) }, [label]);
    case 'text':
      return el('textBox', { refId: key }, [
        el('label', {}, [label]),
        ...(def.default === '' ? [] : [el('defaultValue', {}, [def.default])]),
      ]);
    case 'textList':
      return el('listBox', { refId: key }, [label]);
  }
}

export function adml(target: AdmxTarget, extensionId: string, locale: Locale): string {
  const presentations = POLICY_KEYS.flatMap((key) => {
    const control = presentation(key, locale);
    return control ? [el('presentation', { id: names.presentation(key) }, [control])] : [];
  });
  const root = el('policyDefinitionResources', { xmlns: ADMX_NAMESPACE, revision: '1.0', schemaVersion: '1.0' }, [
    el('displayName', {}, [locale === 'ja' ? '資格アラート' : 'Shikaku Alert']),
    el('description', {}, [
      locale === 'ja'
        ? `資格アラート拡張機能（${target.browser.name}、ID ${extensionId}）の設定をグループ ポリシーで配布します。`
        : `Group Policy settings for the Shikaku Alert extension (${target.browser.name}, ID ${extensionId}).`,
    ]),
    el('resources', {}, [el('stringTable', {}, strings(target, extensionId, locale)), el('presentationTable', {}, presentations)]),
  ]);
  return xmlDocument(root);
}
