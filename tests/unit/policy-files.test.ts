import { describe, expect, it } from 'vitest';
import { mobileconfig, stableUuid } from '../../lib/policy/mobileconfig';
import { chromiumExtensionSettings, chromiumForcelist, chromiumSettingsPolicy, firefoxPolicies } from '../../lib/policy/policyJson';
import { examplePolicy, POLICY_KEYS } from '../../lib/policy/policySettings';
import { policyTemplates } from '../../lib/policy/templates';
import { defaultSettings } from '../../lib/settings/definition';
import { parseSettings } from '../../lib/settings/validate';

const ID = 'ccmlljellanhgnflgmigapaalcnelenj';
const GECKO = 'shikaku-alert@shikaku-alert.jp';
const UPDATE_URL = 'https://updates.example.jp/shikaku-alert.xml';

describe('the example policy', () => {
  it('sets every policy key to its default, which passes the extension’s own validation', () => {
    const example = examplePolicy();
    expect(Object.keys(example)).toEqual([...POLICY_KEYS]);
    const { values, rejected } = parseSettings(example, 'policy');
    expect(rejected).toEqual([]);
    expect(values).toEqual(Object.fromEntries(POLICY_KEYS.map((key) => [key, defaultSettings()[key]])));
  });
});

describe('policy JSON for Chrome, Chromium and Edge', () => {
  it('addresses the extension’s settings by ID under 3rdparty.extensions', () => {
    expect(chromiumSettingsPolicy(ID, { role: 'pharmacy' })).toEqual({ '3rdparty': { extensions: { [ID]: { role: 'pharmacy' } } } });
  });

  it('never passes on a key that is not a policy', () => {
    expect(chromiumSettingsPolicy(ID, { role: 'pharmacy', bogus: true } as never)).toEqual({
      '3rdparty': { extensions: { [ID]: { role: 'pharmacy' } } },
    });
  });

  it('force-installs with ExtensionSettings or with ExtensionInstallForcelist', () => {
    expect(chromiumExtensionSettings(ID, UPDATE_URL)).toEqual({
      ExtensionSettings: { [ID]: { installation_mode: 'force_installed', update_url: UPDATE_URL } },
    });
    expect(chromiumForcelist(ID, UPDATE_URL)).toEqual({ ExtensionInstallForcelist: [`${ID};${UPDATE_URL}`] });
  });
});

describe('policies.json for Firefox', () => {
  it('force-installs by gecko id and sets the settings under 3rdparty.Extensions', () => {
    const xpi = 'https://updates.example.jp/shikaku-alert.xpi';
    expect(firefoxPolicies(GECKO, xpi, { enabled: false })).toEqual({
      policies: {
        ExtensionSettings: { [GECKO]: { installation_mode: 'force_installed', install_url: xpi } },
        '3rdparty': { Extensions: { [GECKO]: { enabled: false } } },
      },
    });
  });
});

describe('the macOS configuration profile', () => {
  const profile = mobileconfig({
    extensionId: ID,
    updateUrl: UPDATE_URL,
    values: { enabled: true, role: 'pharmacy', siteAllowlist: ['receipt.example.jp'] },
    identifier: 'jp.example.test',
  });

  it('sets the extension’s policy in the com.google.Chrome.extensions.<ID> domain, typed as plist values', () => {
    expect(profile).toContain(`<string>com.google.Chrome.extensions.${ID}</string>`);
    expect(profile).toMatch(/<key>enabled<\/key>\s*<true\/>/);
    expect(profile).toMatch(/<key>role<\/key>\s*<string>pharmacy<\/string>/);
    expect(profile).toMatch(/<key>siteAllowlist<\/key>\s*<array>\s*<string>receipt\.example\.jp<\/string>\s*<\/array>/);
  });

  it('force-installs through the com.google.Chrome domain', () => {
    expect(profile).toMatch(/<string>com\.google\.Chrome<\/string>[\s\S]*<key>ExtensionSettings<\/key>\s*<dict>\s*<key>ccmlljellanhgnflgmigapaalcnelenj<\/key>/);
    expect(profile).toContain(`<string>${UPDATE_URL}</string>`);
  });

  it('has stable payload UUIDs, so a new version replaces the installed profile', () => {
    expect(stableUuid('jp.example.test')).toBe(stableUuid('jp.example.test'));
    expect(stableUuid('jp.example.test')).not.toBe(stableUuid('jp.example.other'));
    expect(stableUuid('jp.example.test')).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
  });
});

describe('the template set', () => {
  const files = policyTemplates({ chromeId: ID, edgeId: 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', geckoId: GECKO, updateUrl: UPDATE_URL, xpiUrl: 'x' });
  const paths = files.map((file) => file.path);

  it('covers Windows (Chrome, Edge; ja-JP and en-US), Linux (Chrome, Chromium, Edge), Firefox and macOS', () => {
    expect(paths).toEqual(
      expect.arrayContaining([
        'managed_schema.json',
        'windows/PolicyDefinitions/shikaku_alert_chrome.admx',
        'windows/PolicyDefinitions/ja-JP/shikaku_alert_chrome.adml',
        'windows/PolicyDefinitions/en-US/shikaku_alert_chrome.adml',
        'windows/PolicyDefinitions/shikaku_alert_edge.admx',
        'windows/PolicyDefinitions/ja-JP/shikaku_alert_edge.adml',
        'windows/PolicyDefinitions/en-US/shikaku_alert_edge.adml',
        'linux/chrome/shikaku-alert-settings.json',
        'linux/chromium/shikaku-alert-install.json',
        'linux/edge/shikaku-alert-install-forcelist.json',
        'firefox/policies.json',
        'macos/shikaku-alert-chrome.mobileconfig',
      ]),
    );
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('uses each browser’s own ID', () => {
    const file = (path: string) => files.find((f) => f.path === path)?.contents ?? '';
    expect(file('windows/PolicyDefinitions/shikaku_alert_edge.admx')).toContain('\\bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\\policy');
    expect(file('windows/PolicyDefinitions/shikaku_alert_chrome.admx')).toContain(`\\${ID}\\policy`);
    expect(file('linux/edge/shikaku-alert-settings.json')).toContain('bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb');
  });

  it('lists every file with what it is and where it goes in README.md', () => {
    const readme = files.find((file) => file.path === 'README.md')?.contents ?? '';
    for (const path of paths.filter((p) => p !== 'README.md')) expect(readme).toContain(`\`${path}\``);
  });
});
