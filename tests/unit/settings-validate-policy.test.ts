import { describe, expect, it } from 'vitest';
import { examplePolicy, type PolicyValue } from '../../lib/policy/policySettings';
import { SETTINGS, type SettingKey } from '../../lib/settings/definition';
import { resolveSettings } from '../../lib/settings/resolve';
import { parseSettings } from '../../lib/settings/validate';

/**
 * Firefox applies policies.json and Windows registry values without a schema: booleans arrive as
 * 1/0 (REG_DWORD) or strings, lists as one string. The one validation must read them all.
 */

/** A value as an administrator's registry or hand-typed policies.json delivers it. */
function untyped(key: SettingKey, value: PolicyValue): unknown {
  switch (SETTINGS[key].kind) {
    case 'boolean':
      return value ? 1 : 0;
    case 'textList':
      return JSON.stringify(value);
    default:
      return String(value);
  }
}

describe('untyped policy values (Firefox, registry)', () => {
  it('read back as the typed values for every policy key', () => {
    const example = examplePolicy();
    const raw = Object.fromEntries(Object.entries(example).map(([key, value]) => [key, untyped(key as SettingKey, value)]));
    const { values, rejected } = parseSettings(raw, 'policy');
    expect(rejected).toEqual([]);
    expect(values).toEqual(example);
  });

  it.each([
    ['enabled', '0', false],
    ['enabled', 'true', true],
    ['lockSettings', 1, true],
    ['role', 'PHARMACY', 'pharmacy'],
    ['siteAllowlist', 'receipt.example.jp', ['receipt.example.jp']],
    ['siteAllowlist', 'a.example.jp\r\nb.example.jp', ['a.example.jp', 'b.example.jp']],
    ['extraClosedDates', '["2026-08-14"]', ['2026-08-14']],
  ] as const)('%s = %j reads as %j', (key, raw, expected) => {
    const { values, rejected } = parseSettings({ [key]: raw }, 'policy');
    expect(rejected).toEqual([]);
    expect(values).toEqual({ [key]: expected });
  });

  it('apply and lock what they set, and report what does not fit', () => {
    const { settings, lockedKeys, rejected } = resolveSettings(
      { role: 'clinic' },
      { role: 'pharmacy', enabled: '1', freeDialHoursWeekday: '9:30-20:00' },
    );
    expect(settings.role).toBe('pharmacy');
    expect(settings.enabled).toBe(true);
    expect(settings.freeDialHoursWeekday).toBe(SETTINGS.freeDialHoursWeekday.default);
    expect(lockedKeys.has('role')).toBe(true);
    expect(lockedKeys.has('freeDialHoursWeekday')).toBe(false);
    expect(rejected.map((r) => `${r.source}:${r.key}`)).toEqual(['policy:freeDialHoursWeekday']);
  });
});
