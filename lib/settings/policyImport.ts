import type { Localized } from '../i18n/localized';
import type { Settings } from './definition';
import { parseSettings, type Rejection } from './validate';

/**
 * 「設定を読み込む」: reads a policy file that 「ポリシーとして書き出す」 wrote (Chrome/Edge JSON,
 * Firefox policies.json) or a plain settings object, and validates it as user settings with the
 * same rules as every other source. A file that cannot be read as one of these changes nothing.
 */

export type ImportResult =
  | { ok: true; values: Partial<Settings>; rejected: Rejection[] }
  | { ok: false; reason: Localized };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(ja: string, en: string): ImportResult {
  return { ok: false, reason: { ja, en } };
}

/** The per-extension map of a policy document, if it is one. */
function extensionMap(document: Record<string, unknown>): Record<string, unknown> | undefined {
  const chromium = document['3rdparty'];
  if (isObject(chromium) && isObject(chromium.extensions)) return chromium.extensions;
  const firefox = isObject(document.policies) ? document.policies['3rdparty'] : chromium;
  if (isObject(firefox) && isObject(firefox.Extensions)) return firefox.Extensions;
  return undefined;
}

/** This extension's entry: by its own ID, or the only one there is (a file from another build). */
function pickEntry(map: Record<string, unknown>, extensionId: string): unknown {
  if (extensionId in map) return map[extensionId];
  const ids = Object.keys(map);
  return ids.length === 1 ? map[ids[0] as string] : undefined;
}

export function parsePolicyImport(text: string, extensionId: string): ImportResult {
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = (error as Error).message;
    return fail(`JSON として読めないファイルです（${detail}）。`, `The file is not valid JSON (${detail}).`);
  }
  if (!isObject(document)) return fail('設定のオブジェクトがありません。', 'The file holds no settings object.');
  const map = extensionMap(document);
  const entry = map ? pickEntry(map, extensionId) : document;
  if (map && entry === undefined) {
    return fail(
      `この拡張機能（ID ${extensionId}）の設定が見つかりません。`,
      `The file has no settings for this extension (ID ${extensionId}).`,
    );
  }
  if (!isObject(entry)) return fail('設定のオブジェクトがありません。', 'The file holds no settings object.');
  const { values, rejected } = parseSettings(entry, 'user');
  if (Object.keys(values).length === 0 && rejected.length === 0) {
    return fail('ファイルに設定が含まれていません。', 'The file contains no settings.');
  }
  return { ok: true, values, rejected };
}
