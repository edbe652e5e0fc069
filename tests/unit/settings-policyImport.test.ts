import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../lib/settings/definition';
import { exportedValues, policyExport } from '../../lib/settings/policyExport';
import { parsePolicyImport } from '../../lib/settings/policyImport';

const ID = 'ccmlljellanhgnflgmigapaalcnelenj';
const SETTINGS = { ...defaultSettings(), role: 'pharmacy' as const, clinicName: 'さくら薬局', extraClosedDates: ['2026-08-14'] };

describe('importing settings from a policy file', () => {
  it.each(['chromium-json', 'firefox-json'] as const)('reads back what %s export wrote', (format) => {
    const values = exportedValues(SETTINGS, false);
    const result = parsePolicyImport(policyExport(format, ID, values).data as string, ID);
    expect(result).toEqual({ ok: true, values, rejected: [] });
  });

  it('takes a file exported from another build when it names one extension only', () => {
    const text = JSON.stringify({ '3rdparty': { extensions: { abcdefghijklmnopabcdefghijklmnop: { role: 'pharmacy' } } } });
    expect(parsePolicyImport(text, ID)).toEqual({ ok: true, values: { role: 'pharmacy' }, rejected: [] });
  });

  it('lists every rejected key with its reason and keeps the rest', () => {
    const text = JSON.stringify({ role: 'dentist', clinicName: 'さくら', lockSettings: true, bogus: 1, extraClosedDates: ['2026-13-01', '2026-08-14'] });
    const result = parsePolicyImport(text, ID);
    if (!result.ok) throw new Error('expected ok');
    expect(result.values).toEqual({ clinicName: 'さくら', extraClosedDates: ['2026-08-14'] });
    expect(result.rejected.map((r) => r.key).sort()).toEqual(['bogus', 'extraClosedDates', 'lockSettings', 'role']);
    expect(result.rejected.find((r) => r.key === 'lockSettings')?.reason.ja).toBe('管理者だけが設定できます。');
  });

  it.each([
    ['{"role": "pharmacy",', /JSON/],
    ['[1, 2]', /no settings object/],
    ['{}', /contains no settings/],
    [JSON.stringify({ '3rdparty': { extensions: { a: {}, b: {} } } }), /no settings for this extension/],
    [JSON.stringify({ policies: { '3rdparty': { Extensions: { x: 'pharmacy' } } } }), /no settings object/],
  ])('refuses %s with a clear message', (text, message) => {
    const result = parsePolicyImport(text, ID);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason.en).toMatch(message);
      expect(result.reason.ja.length).toBeGreaterThan(0);
    }
  });
});
