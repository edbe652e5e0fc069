import type { Locale, Localized } from '../i18n/localized';
import type { SettingDefinition } from '../settings/settingTypes';

/** How a setting reads in administrator documents (schema, ADML, admin guide): type, values, default. */

export function valueType(def: SettingDefinition, locale: Locale): string {
  const ja = locale === 'ja';
  switch (def.kind) {
    case 'boolean':
      return ja ? '真偽値（true / false）' : 'boolean (true / false)';
    case 'enum':
      return ja ? `文字列（${def.values.join(' / ')}）` : `string (${def.values.join(' / ')})`;
    case 'text':
      return ja ? `文字列（${def.maxLength}文字まで）` : `string (up to ${def.maxLength} characters)`;
    case 'textList':
      return ja
        ? `文字列の配列（${def.maxItems}件まで、1件${def.maxItemLength}文字まで）`
        : `array of strings (up to ${def.maxItems} items of ${def.maxItemLength} characters)`;
  }
}

export function defaultValue(def: SettingDefinition, locale: Locale): string {
  const value: unknown = def.default;
  if (Array.isArray(value) && value.length === 0) return locale === 'ja' ? '[]（空）' : '[] (empty)';
  if (value === '') return locale === 'ja' ? '""（空）' : '"" (empty)';
  return JSON.stringify(value);
}

/** "clinic = 医療機関…; pharmacy = 薬局…" for enums; undefined for other kinds. */
export function allowedValues(def: SettingDefinition, locale: Locale): string | undefined {
  if (def.kind !== 'enum') return undefined;
  const labels = def.valueLabels as Record<string, Localized>;
  return def.values.map((value) => `${value} = ${labels[value]?.[locale] ?? value}`).join(locale === 'ja' ? '、' : '; ');
}

/** The description followed by the allowed values, as one paragraph. */
export function fullDescription(def: SettingDefinition, locale: Locale): string {
  const values = allowedValues(def, locale);
  if (!values) return def.description[locale];
  return `${def.description[locale]}${locale === 'ja' ? `（${values}）` : ` (${values})`}`;
}
