import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compareStoredKeys, keysInPolicy, keysWrittenByCode, storedKeysOfCode } from '../../scripts/release/storedKeys';
import { SETTINGS } from '../../lib/settings/definition';

const root = new URL('../..', import.meta.url).pathname;

describe('the privacy policy lists exactly what the code stores', () => {
  const { stored, problems } = storedKeysOfCode(root);

  test('every write to extension storage goes through storedValue with a literal key', () => {
    expect(problems).toEqual([]);
    // The badge counts (storage.session) and the settings (storage.local) are found in the code.
    expect(stored.keys).toContain('session:tabMatchCounts');
    expect(stored.keys).toContain('local:settings');
  });

  test.each(['ja', 'en'])('docs/privacy.%s.md', (lang) => {
    const policy = keysInPolicy(readFileSync(`${root}docs/privacy.${lang}.md`, 'utf8'));
    expect(compareStoredKeys(stored, policy, lang)).toEqual([]);
    expect(policy.fields.size).toBe(Object.keys(SETTINGS).length);
  });
});

describe('the comparison fails when code and policy part', () => {
  const code = (text: string) => keysWrittenByCode([{ file: 'lib/x.ts', text }]);

  test('a new stored key is reported until the policy lists it', () => {
    const { keys } = code(`const a = storedValue('local', 'settings', {}); const b = storedValue('session', 'lastSeen', 0);`);
    const policy = keysInPolicy('| `storage.local` | `settings` | … |');
    expect(compareStoredKeys({ keys, fields: new Map() }, policy, 'p')).toEqual(['p: stored by the code but not in the policy: session:lastSeen']);
  });

  test('a key the policy names but the code never stores is reported', () => {
    const policy = keysInPolicy('| `storage.local` | `settings` | … |\n| `storage.sync` | `old` | … |');
    const { keys } = code(`storedValue('local', 'settings', {})`);
    expect(compareStoredKeys({ keys, fields: new Map() }, policy, 'p')).toEqual(['p: in the policy but never stored by the code: sync:old']);
  });

  test('writes that bypass storedValue, or computed keys, are reported', () => {
    const { problems } = code(`browser.storage.local.set({ x: 1 }); chrome.storage.session.remove('y'); storedValue(area, 'z', 0);
      function storedValue(area, key) { return { set: (v) => browser.storage[area].set({ [key]: v }) }; }`);
    expect(problems).toHaveLength(3);
  });

  test('a setting kept under another key than the policy says is reported', () => {
    const fields = new Map([['role', new Set(['settings', 'policyCache'])]]);
    const keys = new Set(['local:settings', 'local:policyCache'] as const);
    const doc = '| `storage.local` | `settings` | a |\n| `storage.local` | `policyCache` | b |\n| `role` | Role | `settings` |';
    expect(compareStoredKeys({ keys, fields }, keysInPolicy(doc), 'p')).toEqual([
      'p: setting "role" is kept under policyCache, settings, the policy says settings',
    ]);
  });
});
