import { describe, expect, it } from 'vitest';
import { CHROME, EDGE } from '../../lib/policy/browsers';
import { POLICY_KEYS } from '../../lib/policy/policySettings';
import { defaultSettings, SETTINGS, type Settings } from '../../lib/settings/definition';
import { EXPORTABLE_KEYS, exportedValues, policyExport, REGISTRY_ROOTS } from '../../lib/settings/policyExport';
import { parseSettings } from '../../lib/settings/validate';
import { type ParsedKey, parseRegFile } from './regParser';

const ID = 'ccmlljellanhgnflgmigapaalcnelenj';

function changed(): Settings {
  return {
    ...defaultSettings(),
    role: 'pharmacy',
    showBadge: false,
    clinicName: 'さくら内科 "本院" C:\\受付',
    slipNote: '一行目\n二行目',
    siteAllowlist: ['receipt.example.jp', '*.clinic.example.jp'],
  };
}

function regFor(format: 'chrome-reg' | 'edge-reg', values: Parameters<typeof policyExport>[2]): ParsedKey[] {
  const file = policyExport(format, ID, values);
  expect(file.data).toBeInstanceOf(Uint8Array);
  return parseRegFile(file.data as Uint8Array);
}

/** What Chrome hands the extension from those registry values (DWORD → number, list subkey → array). */
function asPolicy(keys: ParsedKey[], policyKey: string): Record<string, unknown> {
  const policy: Record<string, unknown> = {};
  for (const key of keys.filter((k) => !k.deleted)) {
    const values = [...key.values].map(([name, v]) => [name, v.value] as const);
    if (key.path === policyKey) Object.assign(policy, Object.fromEntries(values));
    else policy[key.path.slice(policyKey.length + 1)] = values.map(([, v]) => v);
  }
  return policy;
}

describe('settings exported as policy', () => {
  it('exports only the keys changed from the default, or every policy key when asked', () => {
    expect(Object.keys(exportedValues(changed(), false))).toEqual(['role', 'showBadge', 'siteAllowlist', 'clinicName', 'slipNote']);
    expect(exportedValues(defaultSettings(), false)).toEqual({});
    expect(Object.keys(exportedValues(defaultSettings(), true))).toEqual([...POLICY_KEYS]);
    expect(EXPORTABLE_KEYS).toEqual(POLICY_KEYS);
  });

  it('writes Chrome/Edge policy JSON and the Firefox block for the given ID', () => {
    const values = exportedValues(changed(), false);
    expect(JSON.parse(policyExport('chromium-json', ID, values).data as string)).toEqual({ '3rdparty': { extensions: { [ID]: values } } });
    const gecko = 'shikaku-alert@shikaku-alert.jp';
    expect(JSON.parse(policyExport('firefox-json', gecko, values).data as string)).toEqual({
      policies: { '3rdparty': { Extensions: { [gecko]: values } } },
    });
  });

  it('uses the registry roots the ADMX templates use (lib/policy/browsers.ts)', () => {
    expect(REGISTRY_ROOTS['chrome-reg'].toLowerCase()).toBe(CHROME.registryRoot.toLowerCase());
    expect(REGISTRY_ROOTS['edge-reg'].toLowerCase()).toBe(EDGE.registryRoot.toLowerCase());
  });

  it.each([
    ['chrome-reg', 'Google\\Chrome'],
    ['edge-reg', 'Microsoft\\Edge'],
  ] as const)('%s: a valid REG file with REG_DWORD booleans, REG_SZ strings and numbered list values', (format, vendor) => {
    const keys = regFor(format, exportedValues(changed(), true));
    const policyKey = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${vendor}\\3rdparty\\extensions\\${ID}\\policy`;
    const main = keys.find((k) => k.path === policyKey && !k.deleted);
    expect(main?.values.get('showBadge')).toEqual({ type: 'REG_DWORD', value: 0 });
    expect(main?.values.get('enabled')).toEqual({ type: 'REG_DWORD', value: 1 });
    expect(main?.values.get('role')).toEqual({ type: 'REG_SZ', value: 'pharmacy' });
    expect(main?.values.get('clinicName')).toEqual({ type: 'REG_SZ', value: 'さくら内科 "本院" C:\\受付' });
    expect(main?.values.get('slipNote')).toEqual({ type: 'REG_SZ', value: '一行目\n二行目' });
    // A list replaces what an earlier file wrote: its subkey is deleted, then written 1, 2, ….
    const listKey = `${policyKey}\\siteAllowlist`;
    expect(keys.findIndex((k) => k.path === listKey && k.deleted)).toBeLessThan(keys.findIndex((k) => k.path === listKey && !k.deleted));
    expect([...(keys.find((k) => k.path === listKey && !k.deleted)?.values ?? [])]).toEqual([
      ['1', { type: 'REG_SZ', value: 'receipt.example.jp' }],
      ['2', { type: 'REG_SZ', value: '*.clinic.example.jp' }],
    ]);
    // Every exported setting has a value or a list subkey of its own type.
    for (const key of EXPORTABLE_KEYS) {
      const kind = SETTINGS[key].kind;
      if (kind === 'textList') expect(keys.some((k) => k.path === `${policyKey}\\${key}`), key).toBe(true);
      else expect(main?.values.get(key)?.type, key).toBe(kind === 'boolean' ? 'REG_DWORD' : 'REG_SZ');
    }
    // Read back as Chrome delivers it, the extension's own validation gets the same settings.
    const { values, rejected } = parseSettings(asPolicy(keys, policyKey), 'policy');
    expect(rejected).toEqual([]);
    expect(values).toEqual(exportedValues(changed(), true));
  });

  it('starts with the BOM and the regedit header', () => {
    const bytes = policyExport('chrome-reg', ID, { enabled: false }).data as Uint8Array;
    expect([...bytes.slice(0, 4)]).toEqual([0xff, 0xfe, 0x57, 0x00]); // BOM, "W"
    expect(() => parseRegFile(bytes.slice(2))).toThrow(/byte-order mark/);
  });
});
