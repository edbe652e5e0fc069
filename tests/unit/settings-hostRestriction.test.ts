import { describe, expect, it } from 'vitest';
import { releaseAllowedHosts } from '../../lib/policy/releaseTemplates';
import { policyTemplates } from '../../lib/policy/templates';
import { BLOCK_EVERY_HOST, MAX_RUNTIME_HOSTS, runtimeHostPattern, runtimeHosts } from '../../lib/settings/hostRestriction';
import { policyExport } from '../../lib/settings/policyExport';
import { parseRegFile } from './regParser';

const ID = 'ccmlljellanhgnflgmigapaalcnelenj';
const GECKO = 'shikaku-alert@shikaku-alert.jp';

const pattern = (entry: string) => {
  const result = runtimeHostPattern(entry);
  return 'pattern' in result ? result.pattern : undefined;
};

describe('site-list entries as runtime_allowed_hosts', () => {
  it('turns siteAllowlist’s forms into match patterns without a path', () => {
    expect(pattern('receipt.example.jp')).toBe('*://receipt.example.jp');
    expect(pattern('*.Clinic.Example.JP')).toBe('*://*.clinic.example.jp');
    expect(pattern('https://*.example.jp/*')).toBe('https://*.example.jp');
    expect(pattern('http://192.168.10.5/')).toBe('http://192.168.10.5');
    expect(pattern('*://receipt.example.jp')).toBe('*://receipt.example.jp');
  });

  it('refuses what the browsers would ignore, or what would drop the whole restriction', () => {
    for (const entry of [
      'https://receipt.example.jp/karte/*', // a path: Chromium drops the extension's whole entry
      'receipt.example.jp:8443', // a port: not verified for Firefox
      'ftp://files.example.jp', // a scheme the content script never runs on
      'file:///C:/', // ditto
      'rece*pt.example.jp', // a wildcard other than a leading *.
      'example.*', // ditto
      '*', // every host: no restriction
      '*://*/*',
      '<all_urls>',
      'レセコン.example.jp', // an IDN not in xn-- form
      'receipt..example.jp',
      '-receipt.example.jp',
    ]) {
      expect(pattern(entry), entry).toBeUndefined();
    }
  });

  it('keeps the first 100 distinct entries and refuses the rest, naming them', () => {
    const hosts = Array.from({ length: MAX_RUNTIME_HOSTS + 2 }, (_, i) => `pc${i}.example.jp`);
    const { allowed, refused } = runtimeHosts([...hosts, 'pc0.example.jp']);
    expect(allowed).toHaveLength(MAX_RUNTIME_HOSTS);
    expect(refused.map(({ entry }) => entry)).toEqual(['*://pc100.example.jp', '*://pc101.example.jp']);
  });

  it('stops a release whose host list has an entry the browsers would ignore, naming it and why', () => {
    expect(releaseAllowedHosts('receipt.example.jp, *.clinic.example.jp')).toEqual(['*://receipt.example.jp', '*://*.clinic.example.jp']);
    expect(releaseAllowedHosts(undefined)).toBeUndefined();
    expect(() => releaseAllowedHosts('receipt.example.jp https://karte.example.jp/app/*')).toThrow(
      /https:\/\/karte\.example\.jp\/app\/\*: the browsers’ host restriction cannot tell paths apart/,
    );
  });
});

describe('the restriction in the files administrators deploy', () => {
  const allowed = ['*://receipt.example.jp', 'https://*.clinic.example.jp'];
  const restricted = { runtime_blocked_hosts: [BLOCK_EVERY_HOST], runtime_allowed_hosts: allowed };

  it('exports ExtensionSettings beside the settings in Chromium’s and Firefox’s JSON', () => {
    const chromium = JSON.parse(policyExport('chromium-json', ID, { role: 'pharmacy' }, allowed).data as string);
    expect(chromium).toEqual({ ExtensionSettings: { [ID]: restricted }, '3rdparty': { extensions: { [ID]: { role: 'pharmacy' } } } });
    const firefox = JSON.parse(policyExport('firefox-json', GECKO, {}, allowed).data as string);
    expect(firefox, 'no empty settings block').toEqual({ policies: { ExtensionSettings: { [GECKO]: restricted } } });
  });

  it('writes ExtensionSettings as one REG_SZ of JSON under the browser’s own policy key', () => {
    const keys = parseRegFile(policyExport('edge-reg', ID, {}, allowed).data as Uint8Array);
    const root = keys.find((key) => key.path === 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge');
    const value = root?.values.get('ExtensionSettings');
    expect(value?.type).toBe('REG_SZ');
    expect(JSON.parse(String(value?.value))).toEqual({ [ID]: restricted });
    expect(keys.some((key) => key.path.includes('3rdparty')), 'no settings were asked for').toBe(false);
  });

  it('puts the restriction into every ExtensionSettings of the templates, and host-restriction/ only when given hosts', () => {
    const options = { chromeId: ID, edgeId: ID, geckoId: GECKO, updateUrl: 'https://example.invalid/u.xml', xpiUrl: 'https://example.invalid/x.xpi' };
    const channels = { selfHosted: { id: ID, updateUrl: options.updateUrl }, firefox: { geckoId: GECKO, xpiUrl: options.xpiUrl } };
    const files = policyTemplates({ ...options, channels, allowedHosts: allowed });
    const withSettings = files.filter((file) => file.path !== 'README.md' && file.contents.includes('ExtensionSettings'));
    expect(withSettings.length).toBeGreaterThanOrEqual(10);
    for (const file of withSettings) expect(file.contents, file.path).toContain('runtime_allowed_hosts');
    const linux = files.find((file) => file.path === 'host-restriction/linux/edge/shikaku-alert-host-restriction.json');
    expect(JSON.parse(linux?.contents ?? '{}')).toEqual({ ExtensionSettings: { [ID]: restricted } });
    const gpo = files.find((file) => file.path === 'host-restriction/windows/chrome-ExtensionSettings.json.txt');
    expect(gpo?.contents.trim().split('\n'), 'one line for the Group Policy text box').toHaveLength(1);

    const plain = policyTemplates({ ...options, channels });
    expect(plain.some((file) => file.path.startsWith('host-restriction/') || file.contents.includes('runtime_'))).toBe(false);
  });
});
