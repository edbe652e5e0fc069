import type { Localized } from '../i18n/localized';

/** The shapes of a setting's definition (lib/settings/definition.ts holds the one list). */

/** Outcome of checking one raw value (from storage, a form or a policy). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: Localized };

type Kind = 'boolean' | 'enum' | 'text' | 'textList';

/** Sections of the options page and the administrator templates. */
export type SettingGroup = 'general' | 'desk' | 'sites' | 'detection' | 'foreignLine' | 'hours' | 'slip' | 'administration';

export interface SettingBase<K extends Kind, T> {
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
