import { describe, expect, it } from 'vitest';
import { SETTINGS } from '../../lib/settings/definition';
import { checkHttpsUrl, DESK_SETTINGS, LINK_MAX_LENGTH, type SourceLinkKey } from '../../lib/settings/links';
import { resolveSettings } from '../../lib/settings/resolve';

// Source links an administrator may replace by policy: https only, validated, refused values
// listed (the options page's 管理者設定の状態), the default kept.

const LINK_KEYS = Object.keys(DESK_SETTINGS).filter((key) => key !== 'showDeskSteps') as SourceLinkKey[];

describe('source link settings', () => {
  it('are in the one settings definition, policy-only, with https defaults', () => {
    expect(LINK_KEYS).toHaveLength(5);
    for (const key of LINK_KEYS) {
      expect(SETTINGS[key]).toMatchObject({ kind: 'text', policy: true, user: false });
      expect(checkHttpsUrl(SETTINGS[key].default), key).toBeUndefined();
    }
  });

  it('a policy may replace any link with another https page', () => {
    const policy = Object.fromEntries(LINK_KEYS.map((key) => [key, ` https://example.go.jp/${key}#moved `]));
    const { settings, policyKeys, rejected } = resolveSettings({}, policy);
    expect(rejected).toEqual([]);
    expect([...policyKeys].sort()).toEqual([...LINK_KEYS].sort());
    for (const key of LINK_KEYS) expect(settings[key]).toBe(`https://example.go.jp/${key}#moved`);
  });

  it.each([
    ['http', 'http://www.mhlw.go.jp/stf/newpage_08280.html'],
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: behind https-like text', 'javascript://https://www.mhlw.go.jp/'],
    ['data:', 'data:text/html,<b>x</b>'],
    ['a user name in it', 'https://user:secret@www.mhlw.go.jp/'],
    ['white space inside', 'https://www.mhlw.go.jp/ stf'],
    ['no host', 'https://'],
    ['empty', ''],
    ['over-long', `https://www.mhlw.go.jp/${'a'.repeat(LINK_MAX_LENGTH)}`],
    ['not a string', { url: 'https://www.mhlw.go.jp/' }],
  ])('refuses %s, lists it, and keeps the default', (_, value) => {
    const { settings, policyKeys, rejected } = resolveSettings({}, { sourceLinkDeskSteps: value, showDeskSteps: false });
    expect(settings.sourceLinkDeskSteps).toBe(SETTINGS.sourceLinkDeskSteps.default);
    expect(policyKeys).toEqual(['showDeskSteps']);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ source: 'policy', key: 'sourceLinkDeskSteps' });
    expect(rejected[0]?.reason.ja).toBeTruthy();
    expect(rejected[0]?.reason.en).toBeTruthy();
  });

  it('a user cannot change a link (a panel link on a patient-record page is the administrator’s)', () => {
    const { settings, rejected } = resolveSettings({ sourceLinkFreeDial: 'https://example.com/' }, {});
    expect(settings.sourceLinkFreeDial).toBe(SETTINGS.sourceLinkFreeDial.default);
    expect(rejected.map((r) => [r.source, r.key])).toEqual([['user', 'sourceLinkFreeDial']]);
  });

  it('the section is on by default; the user or a registry policy ("0") turns it off', () => {
    expect(resolveSettings({}, {}).settings.showDeskSteps).toBe(true);
    expect(resolveSettings({ showDeskSteps: false }, {}).settings.showDeskSteps).toBe(false);
    expect(resolveSettings({ showDeskSteps: true }, { showDeskSteps: '0' }).settings.showDeskSteps).toBe(false);
  });
});
