import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { compilePatterns } from '../../lib/detection/patterns';
import { defaultSettings } from '../../lib/settings/definition';
import { resolveSettings } from '../../lib/settings/resolve';
import { saveUserSetting } from '../../lib/settings/storage';
import { parseSettings } from '../../lib/settings/validate';

/*
 * Bad input: corrupted or foreign values in storage, malformed policy, extra patterns that
 * detection could not use. The valid values always survive; every refused one comes with a reason
 * the options page can show.
 */

describe('extra patterns: validation uses detection’s own rule', () => {
  it.each([
    ['\u200b資格（無効）\u200b', /「資格\(無効\)」として検出済み/],
    [' 資格（無効） ', /「資格\(無効\)」として検出済み/],
    ['資格情報\u3000なし', /「資格情報なし」として検出済み/],
    ['\u200b\u200b', /2文字以上/],
    ['複 ', /2文字以上/],
  ])('refuses %j with the reason detection would have had', (item, reason) => {
    const { values, rejected } = parseSettings({ extraPatterns: [item] }, 'user');
    expect(values.extraPatterns).toEqual([]);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.key).toBe('extraPatterns');
    expect(rejected[0]?.reason.ja).toMatch(reason);
  });

  it('refuses a second spelling of an extra pattern it has just accepted', () => {
    const { values, rejected } = parseSettings({ extraPatterns: ['該当なし', '該当 なし', '該当\u200bなし'] }, 'user');
    expect(values.extraPatterns).toEqual(['該当なし']);
    expect(rejected.map((r) => r.value)).toEqual(['該当 なし', '該当\u200bなし']);
  });

  it('accepts nothing that detection would then drop', () => {
    const item = fc.oneof(
      fc.string(),
      fc.constantFrom('資格（無効）', '資格情報なし', '複数該当', '該当なし', '\u200b', '\u3000', ' ', '（', '）'),
    );
    fc.assert(
      fc.property(fc.array(fc.array(item, { maxLength: 4 }).map((parts) => parts.join('')), { maxLength: 8 }), (list) => {
        const accepted = parseSettings({ extraPatterns: list }, 'user').values.extraPatterns ?? [];
        expect(compilePatterns(accepted).rejected).toEqual([]);
      }),
    );
  });
});

describe('corrupted user storage', () => {
  const corrupted = {
    role: 'pharmacy',
    enabled: 'perhaps',
    extraPatterns: ['複数該当', { text: '該当なし' }, '\u200b資格（無効）'],
    siteBlocklist: 'not[a list',
    unknownKey: { nested: true },
    lockSettings: true,
  };

  it('keeps every valid value and names each bad one, as from the user', () => {
    const effective = resolveSettings(corrupted, {});
    expect(effective.settings).toMatchObject({ role: 'pharmacy', enabled: true, extraPatterns: ['複数該当'], lockSettings: false });
    expect(effective.rejected.map((r) => [r.source, r.key]).sort()).toEqual(
      [
        ['user', 'enabled'],
        ['user', 'extraPatterns'],
        ['user', 'extraPatterns'],
        ['user', 'lockSettings'],
        ['user', 'siteBlocklist'],
        ['user', 'unknownKey'],
      ].sort(),
    );
    for (const r of effective.rejected) expect(r.reason.ja).not.toBe('');
  });

  it.each([['a string'], [['an', 'array']], [42], [true]])('treats settings stored as %j as none, and says so', (stored) => {
    const effective = resolveSettings(stored, {});
    expect(effective.settings).toEqual(defaultSettings());
    expect(effective.rejected).toEqual([expect.objectContaining({ source: 'user', key: '*' })]);
  });

  describe('saving one value', () => {
    beforeEach(() => fakeBrowser.reset());

    it('keeps the other stored values, valid or not (they stay reported)', async () => {
      await fakeBrowser.storage.local.set({ settings: corrupted });
      expect(await saveUserSetting('enabled', false)).toEqual([]);
      expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({ ...corrupted, enabled: false });
    });

    it('replaces settings stored as an array, whose indices would otherwise become unknown settings', async () => {
      await fakeBrowser.storage.local.set({ settings: ['role', 'pharmacy'] });
      expect(await saveUserSetting('role', 'pharmacy')).toEqual([]);
      expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({ role: 'pharmacy' });
    });
  });
});

describe('malformed policy', () => {
  it.each([
    ['a string', 'enabled=false'],
    ['an array', [{ enabled: false }]],
    ['a number', 0],
  ])('as %s: defaults and the user’s values apply, and the policy is reported', (_, policy) => {
    const effective = resolveSettings({ role: 'pharmacy' }, policy);
    expect(effective.settings).toEqual({ ...defaultSettings(), role: 'pharmacy' });
    expect(effective.policyKeys).toEqual([]);
    expect(effective.rejected).toEqual([expect.objectContaining({ source: 'policy', key: '*' })]);
  });

  it('with foreign keys and wrong types: the valid keys apply, each bad one is reported', () => {
    const policy = JSON.parse(
      '{"__proto__": {"enabled": false}, "constructor": 1, "role": ["pharmacy"], "enabled": "nope", "extraPatterns": "該当資格なし\\n\\u200b", "showBadge": 0}',
    );
    const effective = resolveSettings({ role: 'pharmacy' }, policy);
    expect(effective.settings.enabled, 'nothing leaked in through __proto__').toBe(true);
    expect(effective.settings.role, 'the user value, since the policy one is bad').toBe('pharmacy');
    expect(effective.settings.extraPatterns).toEqual(['該当資格なし']);
    expect([...effective.policyKeys].sort()).toEqual(['extraPatterns', 'showBadge']);
    expect(effective.rejected.map((r) => r.key).sort()).toEqual(['__proto__', 'constructor', 'enabled', 'extraPatterns', 'role']);
  });
});
