import { describe, expect, it } from 'vitest';
import { checkHoursSpan } from '../../lib/settings/checks';
import { defaultSettings, SETTING_KEYS, SETTINGS } from '../../lib/settings/definition';
import { resolveSettings } from '../../lib/settings/resolve';
import { parseSettings } from '../../lib/settings/validate';

describe('the settings definition', () => {
  it('gives every setting a Japanese and English label and description', () => {
    for (const key of SETTING_KEYS) {
      const def = SETTINGS[key];
      expect(def.label.ja, key).toMatch(/\S/);
      expect(def.label.en, key).toMatch(/\S/);
      expect(def.description.ja, key).toMatch(/\S/);
      expect(def.description.en, key).toMatch(/\S/);
    }
  });

  it('has defaults that pass its own validation', () => {
    const { values, rejected } = parseSettings(defaultSettings(), 'policy');
    expect(rejected).toEqual([]);
    expect(values).toEqual(defaultSettings());
  });

  it('carries the notice’s hours as defaults (事務連絡 2023-06-09 ※1 ※2)', () => {
    const d = defaultSettings();
    expect([d.freeDialHoursWeekday, d.freeDialHoursSaturday, d.freeDialHoursSunday, d.freeDialHoursHoliday]).toEqual([
      '09:30-20:00',
      '09:30-17:30',
      '09:30-17:30',
      '09:30-17:30',
    ]);
    expect([d.institutionsHoursWeekday, d.institutionsHoursSaturday, d.institutionsHoursSunday, d.institutionsHoursHoliday]).toEqual([
      '08:00-18:00',
      '08:00-16:00',
      '',
      '',
    ]);
    expect([d.yearEndClosedFrom, d.yearEndClosedTo]).toEqual(['12-29', '01-03']);
  });

  it.each([
    ['09:30-20:00', true],
    ['', true],
    ['00:00-24:00', true],
    ['9:30-20:00', false],
    ['20:00-09:30', false],
    ['10:00-10:00', false],
    ['25:00-26:00', false],
    ['09:30〜20:00', false],
  ])('hours span %j valid: %s', (value, valid) => {
    expect(checkHoursSpan(value) === undefined).toBe(valid);
  });
});

describe('parseSettings', () => {
  it('coerces the untyped values Firefox policies and the registry deliver', () => {
    const { values, rejected } = parseSettings(
      { enabled: 0, lockSettings: '1', role: ' Pharmacy ', siteBlocklist: '["a.example.jp","*.b.example.jp"]', extraPatterns: '該当資格なし\n複数該当' },
      'policy',
    );
    expect(rejected).toEqual([]);
    expect(values).toEqual({
      enabled: false,
      lockSettings: true,
      role: 'pharmacy',
      siteBlocklist: ['a.example.jp', '*.b.example.jp'],
      extraPatterns: ['該当資格なし', '複数該当'],
    });
  });

  it('drops each bad value with a reason and keeps the rest', () => {
    const { values, rejected } = parseSettings(
      { enabled: 'maybe', role: 'hospital', freeDialHoursWeekday: '9-20', siteBlocklist: ['ok.example.jp', 'not a host', 42], nonsense: true },
      'policy',
    );
    expect(values).toEqual({ siteBlocklist: ['ok.example.jp', '42'] });
    expect(rejected.map((r) => r.key).sort()).toEqual(['enabled', 'freeDialHoursWeekday', 'nonsense', 'role', 'siteBlocklist']);
    for (const r of rejected) {
      expect(r.reason.ja).toMatch(/\S/);
      expect(r.reason.en).toMatch(/\S/);
    }
  });

  it('refuses policy-only settings from user storage', () => {
    const { values, rejected } = parseSettings({ lockSettings: true }, 'user');
    expect(values).toEqual({});
    expect(rejected[0]?.reason.en).toBe('Only an administrator can set this.');
  });

  it('treats corrupted storage as empty and says so', () => {
    for (const garbage of ['{"enabled":', 42, [1, 2]]) {
      const { values, rejected } = parseSettings(garbage, 'user');
      expect(values).toEqual({});
      expect(rejected).toHaveLength(1);
    }
  });

  it('caps lists at their maximum and reports the overflow', () => {
    const many = Array.from({ length: 25 }, (_, i) => `パターン${i}`);
    const { values, rejected } = parseSettings({ extraPatterns: many }, 'user');
    expect(values.extraPatterns).toHaveLength(SETTINGS.extraPatterns.maxItems);
    expect(rejected).toHaveLength(25 - SETTINGS.extraPatterns.maxItems);
  });
});

describe('resolveSettings', () => {
  it('applies policy over user over default, and locks what policy sets', () => {
    const { settings, policyKeys, lockedKeys } = resolveSettings({ role: 'pharmacy', enabled: false }, { enabled: true });
    expect(settings.enabled).toBe(true);
    expect(settings.role).toBe('pharmacy');
    expect(settings.freeDialHoursWeekday).toBe('09:30-20:00');
    expect(policyKeys).toEqual(['enabled']);
    expect(lockedKeys.has('enabled')).toBe(true);
    expect(lockedKeys.has('role')).toBe(false);
  });

  it('locks every setting under lockSettings', () => {
    const { lockedKeys } = resolveSettings({}, { lockSettings: true });
    expect([...lockedKeys].sort()).toEqual([...SETTING_KEYS].sort());
  });

  it('reports rejections from both sources', () => {
    const { rejected, settings } = resolveSettings({ role: 'x' }, { enabled: 'x' });
    expect(rejected.map((r) => `${r.source}:${r.key}`)).toEqual(['policy:enabled', 'user:role']);
    expect(settings).toEqual(defaultSettings());
  });
});
