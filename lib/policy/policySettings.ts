import { SETTING_KEYS, SETTINGS, type SettingKey, type Settings } from '../settings/definition';

/** The settings an administrator may set: their keys are the policy names, in definition order. */
export const POLICY_KEYS: readonly SettingKey[] = SETTING_KEYS.filter((key) => SETTINGS[key].policy);

export type PolicyValue = Settings[SettingKey];

/**
 * The values the example files carry: every policy key at its default, so deploying an example
 * unchanged alters nothing but who may edit; administrators delete the keys they leave to users.
 */
export function examplePolicy(): Record<string, PolicyValue> {
  return Object.fromEntries(POLICY_KEYS.map((key) => [key, SETTINGS[key].default]));
}
