import { defaultSettings, SETTING_KEYS, SETTINGS, type SettingKey, type Settings } from './definition';
import { extensionSettingsRestriction } from './hostRestriction';
import { type RegKey, type RegValue, regFileBytes, regFileText } from './regFile';

/**
 * 「ポリシーとして書き出す」: the settings of one configured PC as policy for the others, in the
 * forms the browsers read. Pure (the options page downloads the result; nothing leaves the PC).
 *
 * Windows: Chrome and Edge read an extension's policy from
 * HKLM\Software\Policies\<vendor>\<browser>\3rdparty\extensions\<id>\policy, typed by the
 * extension's managed schema: booleans and integers as REG_DWORD, strings as REG_SZ, and a list as
 * a subkey named after the policy whose REG_SZ values are named 1, 2, 3, … — the form Chrome
 * documents for list policies ("Complex policies on Windows",
 * https://www.chromium.org/administrators/complex-policies-on-windows/) and Microsoft Learn for
 * Edge (list policies: "Value name: 1, 2, 3, … Value type: List of REG_SZ",
 * https://learn.microsoft.com/en-us/deployedge/microsoft-edge-browser-policies/extensioninstallallowlist).
 */

export type ExportFormat = 'chromium-json' | 'chrome-reg' | 'edge-reg' | 'firefox-json';

export const CHROMIUM_FORMATS: readonly ExportFormat[] = ['chromium-json', 'chrome-reg', 'edge-reg'];
export const FIREFOX_FORMATS: readonly ExportFormat[] = ['firefox-json'];

/** Below HKEY_LOCAL_MACHINE; the same roots as lib/policy/browsers.ts (a unit test compares). */
export const REGISTRY_ROOTS = {
  'chrome-reg': 'SOFTWARE\\Policies\\Google\\Chrome',
  'edge-reg': 'SOFTWARE\\Policies\\Microsoft\\Edge',
} as const;

/** The settings an administrator may set: their keys are the policy names. */
export const EXPORTABLE_KEYS: readonly SettingKey[] = SETTING_KEYS.filter((key) => SETTINGS[key].policy);

type Values = Partial<Record<SettingKey, Settings[SettingKey]>>;

/** The keys changed from the default (or every policy key), in definition order. */
export function exportedValues(settings: Settings, includeAll: boolean): Values {
  const defaults = defaultSettings();
  const changed = (key: SettingKey) => JSON.stringify(settings[key]) !== JSON.stringify(defaults[key]);
  return Object.fromEntries(EXPORTABLE_KEYS.filter((key) => includeAll || changed(key)).map((key) => [key, settings[key]]));
}

/**
 * runtime_allowed_hosts for ExtensionSettings (lib/settings/hostRestriction.ts), when the export
 * also confines the extension at browser level; undefined: settings only.
 */
export type AllowedHosts = readonly string[] | undefined;

function restriction(extensionId: string, allowedHosts: AllowedHosts) {
  return allowedHosts ? { ExtensionSettings: extensionSettingsRestriction(extensionId, allowedHosts) } : {};
}

function settingsBlock<T>(values: Values, block: T) {
  return Object.keys(values).length > 0 ? block : undefined;
}

export function chromiumPolicyJson(extensionId: string, values: Values, allowedHosts?: AllowedHosts) {
  return { ...restriction(extensionId, allowedHosts), '3rdparty': settingsBlock(values, { extensions: { [extensionId]: values } }) };
}

export function firefoxPolicyJson(extensionId: string, values: Values, allowedHosts?: AllowedHosts) {
  return { policies: { ...restriction(extensionId, allowedHosts), '3rdparty': settingsBlock(values, { Extensions: { [extensionId]: values } }) } };
}

function regValue(value: boolean | number | string): RegValue {
  if (typeof value === 'boolean') return { type: 'dword', value: value ? 1 : 0 };
  if (typeof value === 'number') return { type: 'dword', value };
  return { type: 'sz', value };
}

export function registryKeys(root: string, extensionId: string, values: Values): RegKey[] {
  const policyKey = `HKEY_LOCAL_MACHINE\\${root}\\3rdparty\\extensions\\${extensionId}\\policy`;
  const scalars: [string, RegValue][] = [];
  const lists: RegKey[] = [];
  for (const [name, value] of Object.entries(values)) {
    if (Array.isArray(value)) {
      lists.push({ path: `${policyKey}\\${name}`, replace: true, values: value.map((item, i) => [String(i + 1), regValue(item)]) });
    } else if (value !== undefined) {
      scalars.push([name, regValue(value as boolean | number | string)]);
    }
  }
  return [{ path: policyKey, values: scalars }, ...lists];
}

/**
 * ExtensionSettings on Windows is one REG_SZ holding the policy's JSON, under the browser's own
 * policy key ("Complex policies on Windows", above). It replaces an ExtensionSettings value already
 * there, e.g. one that force-installs extensions: docs/admin-guide says to merge instead.
 */
export function extensionSettingsRegistryKey(root: string, extensionId: string, allowedHosts: readonly string[]): RegKey {
  return {
    path: `HKEY_LOCAL_MACHINE\\${root}`,
    values: [['ExtensionSettings', { type: 'sz', value: JSON.stringify(extensionSettingsRestriction(extensionId, allowedHosts)) }]],
  };
}

export interface ExportFile {
  fileName: string;
  mimeType: string;
  data: string | Uint8Array;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function policyExport(format: ExportFormat, extensionId: string, values: Values, allowedHosts?: AllowedHosts): ExportFile {
  switch (format) {
    case 'chromium-json':
      return {
        fileName: 'shikaku-alert-policy.json',
        mimeType: 'application/json',
        data: json(chromiumPolicyJson(extensionId, values, allowedHosts)),
      };
    case 'firefox-json':
      return {
        fileName: 'shikaku-alert-firefox-policies.json',
        mimeType: 'application/json',
        data: json(firefoxPolicyJson(extensionId, values, allowedHosts)),
      };
    case 'chrome-reg':
    case 'edge-reg': {
      const root = REGISTRY_ROOTS[format];
      const keys = [
        ...(allowedHosts ? [extensionSettingsRegistryKey(root, extensionId, allowedHosts)] : []),
        ...(Object.keys(values).length > 0 ? registryKeys(root, extensionId, values) : []),
      ];
      return {
        fileName: `shikaku-alert-policy-${format === 'chrome-reg' ? 'chrome' : 'edge'}.reg`,
        mimeType: 'text/x-ms-regedit',
        data: regFileBytes(regFileText(keys)),
      };
    }
  }
}
