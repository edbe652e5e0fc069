import type { Localized } from '../i18n/localized';
import { SETTING_KEYS, SETTINGS, type SettingKey, type Settings } from './definition';
import type { Parsed, SettingDefinition } from './settingTypes';

/**
 * One validation for every source of a value: the options form, stored user settings, and policy
 * (Chrome delivers typed JSON; Firefox and the Windows registry deliver 1/0 and strings).
 */

export type SettingSource = 'policy' | 'user';

export interface Rejection {
  source: SettingSource;
  key: string;
  /** The offending value, shortened for display. */
  value: string;
  reason: Localized;
}

const TRUE_WORDS = new Set(['true', '1', 'yes', 'on']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'off']);

function invalid<T>(ja: string, en: string): Parsed<T> {
  return { ok: false, reason: { ja, en } };
}

function parseBoolean(raw: unknown): Parsed<boolean> {
  if (typeof raw === 'boolean') return { ok: true, value: raw };
  if (typeof raw === 'number' && (raw === 0 || raw === 1)) return { ok: true, value: raw === 1 };
  if (typeof raw === 'string') {
    const word = raw.trim().toLowerCase();
    if (TRUE_WORDS.has(word)) return { ok: true, value: true };
    if (FALSE_WORDS.has(word)) return { ok: true, value: false };
  }
  return invalid('true か false（1 か 0）を指定してください。', 'Expected true or false (1 or 0).');
}

function parseText(def: Extract<SettingDefinition, { kind: 'text' }>, raw: unknown): Parsed<string> {
  if (typeof raw !== 'string' && typeof raw !== 'number') {
    return invalid('文字列を指定してください。', 'Expected a string.');
  }
  const value = String(raw).trim();
  if (value.length > def.maxLength) {
    return invalid(`${def.maxLength}文字以内にしてください。`, `At most ${def.maxLength} characters.`);
  }
  const reason = def.check?.(value);
  return reason ? { ok: false, reason } : { ok: true, value };
}

/** Lists also arrive as one string from registry-based policy: a JSON array or one item a line. */
function listItems(raw: unknown): unknown[] | undefined {
  if (Array.isArray(raw)) return raw;
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  if (text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      return Array.isArray(parsed) ? parsed : undefined;
    } catch {
      return undefined;
    }
  }
  return text === '' ? [] : text.split(/\r?\n/);
}

function parseTextList(
  def: Extract<SettingDefinition, { kind: 'textList' }>,
  raw: unknown,
  key: string,
  source: SettingSource,
  rejected: Rejection[],
): Parsed<readonly string[]> {
  const items = listItems(raw);
  if (!items) return invalid('文字列の配列を指定してください。', 'Expected a list of strings.');
  const values: string[] = [];
  for (const item of items) {
    const value = typeof item === 'string' || typeof item === 'number' ? String(item).trim() : undefined;
    const reason =
      value === undefined
        ? { ja: '文字列ではありません。', en: 'Not a string.' }
        : value.length > def.maxItemLength
          ? { ja: `${def.maxItemLength}文字以内にしてください。`, en: `At most ${def.maxItemLength} characters.` }
          : values.length >= def.maxItems
            ? { ja: `${def.maxItems}件までです。`, en: `At most ${def.maxItems} items.` }
            : value === ''
              ? undefined
              : def.check?.(value, values);
    if (reason) rejected.push({ source, key, value: preview(item), reason });
    else if (value && !values.includes(value)) values.push(value);
  }
  return { ok: true, value: values };
}

/** Checks one value; list items that fail are reported in `rejected` and the rest are kept. */
export function parseSetting<K extends SettingKey>(
  key: K,
  raw: unknown,
  source: SettingSource,
  rejected: Rejection[],
): Parsed<Settings[K]> {
  const def: SettingDefinition = SETTINGS[key];
  switch (def.kind) {
    case 'boolean':
      return parseBoolean(raw) as Parsed<Settings[K]>;
    case 'enum': {
      // Registry and policies.json values are typed by hand: accept any letter case.
      const wanted = typeof raw === 'string' ? raw.trim().toLowerCase() : undefined;
      const value = def.values.find((v) => v.toLowerCase() === wanted);
      return value !== undefined
        ? ({ ok: true, value } as Parsed<Settings[K]>)
        : invalid(`${def.values.join(' / ')} のいずれかを指定してください。`, `Expected one of ${def.values.join(', ')}.`);
    }
    case 'text':
      return parseText(def, raw) as Parsed<Settings[K]>;
    case 'textList':
      return parseTextList(def, raw, key, source, rejected) as Parsed<Settings[K]>;
  }
}

function preview(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function isSettingKey(key: string): key is SettingKey {
  return (SETTING_KEYS as string[]).includes(key);
}

/**
 * Validates a whole stored or managed object. Each bad value is dropped with a reason; the valid
 * ones are returned. `source` decides which keys may be set at all (a setting's `policy` / `user`).
 */
export function parseSettings(
  raw: unknown,
  source: SettingSource,
): { values: Partial<Settings>; rejected: Rejection[] } {
  const values: Partial<Record<SettingKey, unknown>> = {};
  const rejected: Rejection[] = [];
  if (raw === undefined || raw === null) return { values: values as Partial<Settings>, rejected };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    rejected.push({
      source,
      key: '*',
      value: preview(raw),
      reason: { ja: '設定がオブジェクトではないため、初期値を使います。', en: 'Settings are not an object; defaults are used.' },
    });
    return { values: values as Partial<Settings>, rejected };
  }
  for (const [key, value] of Object.entries(raw)) {
    if (!isSettingKey(key)) {
      rejected.push({ source, key, value: preview(value), reason: { ja: '不明な設定名です。', en: 'Unknown setting.' } });
      continue;
    }
    const def = SETTINGS[key];
    if (source === 'policy' ? !def.policy : !def.user) {
      rejected.push({
        source,
        key,
        value: preview(value),
        reason:
          source === 'policy'
            ? { ja: 'ポリシーでは設定できません。', en: 'Cannot be set by policy.' }
            : { ja: '管理者だけが設定できます。', en: 'Only an administrator can set this.' },
      });
      continue;
    }
    const parsed = parseSetting(key, value, source, rejected);
    if (parsed.ok) values[key] = parsed.value;
    else rejected.push({ source, key, value: preview(value), reason: parsed.reason });
  }
  return { values: values as Partial<Settings>, rejected };
}
