import { defaultSettings, SETTING_KEYS, SETTINGS, type SettingKey, type Settings } from './definition';
import { parseSettings, type Rejection } from './validate';

export interface EffectiveSettings {
  settings: Settings;
  /** Keys whose value came from policy. */
  policyKeys: readonly SettingKey[];
  /** Keys the user may not change here (set by policy, or everything under lockSettings). */
  lockedKeys: ReadonlySet<SettingKey>;
  rejected: readonly Rejection[];
}

/** Policy over user over default; every value is validated, bad ones are reported and skipped. */
export function resolveSettings(userRaw: unknown, policyRaw: unknown): EffectiveSettings {
  const user = parseSettings(userRaw, 'user');
  const policy = parseSettings(policyRaw, 'policy');
  const settings = { ...defaultSettings(), ...user.values, ...policy.values } as Settings;
  const policyKeys = SETTING_KEYS.filter((key) => key in policy.values);
  const lockedKeys = new Set<SettingKey>(
    settings.lockSettings ? SETTING_KEYS : [...policyKeys, ...SETTING_KEYS.filter((key) => !SETTINGS[key].user)],
  );
  return { settings, policyKeys, lockedKeys, rejected: [...policy.rejected, ...user.rejected] };
}
