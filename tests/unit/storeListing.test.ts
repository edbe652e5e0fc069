import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { justificationProblems, limitProblems, loadListing, parseListing } from '../../scripts/release/listing';
import { dataUseProblems, requirements, storeManifestProblems } from '../../scripts/release/manifestRules';
import { localise } from '../../scripts/release/packages';
import { LANGS, type Lang, STORE_RULES, STORES } from '../../scripts/release/storeRules';
import { declaredManifest } from './declaredManifest';

const root = new URL('../..', import.meta.url).pathname;

/** Name and summary as the manifest resolves them from public/_locales (what the stores read). */
function manifestTexts(lang: Lang, manifest: Record<string, unknown>) {
  const messages = JSON.parse(readFileSync(`${root}public/_locales/${lang}/messages.json`, 'utf8'));
  return { name: localise(manifest.name, messages), summary: localise(manifest.description, messages) };
}

const manifests = { chrome: await declaredManifest('chrome'), firefox: await declaredManifest('firefox') };
const packageManifest = (store: (typeof STORES)[number]) => (store === 'firefox' ? manifests.firefox : manifests.chrome);

describe.each(LANGS)('listing texts (%s)', (lang) => {
  const listing = loadListing(root, lang);

  test.each(STORES)('within the limits of %s', (store) => {
    expect(limitProblems(store, listing, manifestTexts(lang, packageManifest(store)), `${store}/${lang}`)).toEqual([]);
  });

  test.each(STORES)('every permission, host pattern and web-accessible file of the %s manifest is justified', (store) => {
    const manifest = packageManifest(store);
    expect(requirements(manifest).map((r) => r.name)).toEqual(expect.arrayContaining(['storage', 'http://*/*', 'https://*/*']));
    expect(justificationProblems(listing, manifest, `${store}/${lang}`)).toEqual([]);
  });

  test('the facts of the domain are stated: both statuses, both call centres, paper prescriptions', () => {
    const text = listing.description.join('\n');
    for (const fact of ['資格（無効）', '資格情報なし', '0120-95-0178', '0800-080-4583', 'マイナンバー総合フリーダイヤル', 'オンライン資格確認等コールセンター']) {
      expect(text).toContain(fact);
    }
    expect(text).toMatch(lang === 'ja' ? /紙の処方箋/ : /paper prescription/);
    // The old insurance card stopped being valid (domain.md): never suggest it.
    expect(text).not.toMatch(/健康保険証で|保険証を提示/);
  });
});

describe('the checks fail on what a store would refuse', () => {
  const listing = loadListing(root, 'ja');
  const texts = manifestTexts('ja', manifests.chrome);

  test('a name over Edge\'s 45 characters, a summary over 132, a description under 250 or over 10,000', () => {
    const longName = { ...texts, name: 'あ'.repeat(46) };
    expect(limitProblems('edge', listing, longName, 'edge/ja')).toHaveLength(1);
    expect(limitProblems('chrome', listing, longName, 'chrome/ja')).toEqual([]);
    expect(limitProblems('firefox', listing, { ...texts, name: 'あ'.repeat(51) }, 'firefox/ja')).toHaveLength(1);
    expect(limitProblems('chrome', listing, { ...texts, summary: 'a'.repeat(133) }, 'chrome/ja')).toHaveLength(1);
    expect(limitProblems('edge', { ...listing, description: ['短い説明'] }, texts, 'edge/ja')).toHaveLength(1);
    expect(limitProblems('chrome', { ...listing, description: ['x'.repeat(10_001)] }, texts, 'chrome/ja')).toHaveLength(1);
    expect(STORE_RULES.edge.descriptionMin).toBe(250);
  });

  test('a new permission without a justification, or a justification of a dropped one', () => {
    const more = { ...manifests.chrome, permissions: ['storage', 'tabs'], host_permissions: ['https://example.com/*'] };
    expect(justificationProblems(listing, more, 'chrome/ja')).toEqual([
      'chrome/ja: no justification for "tabs" (docs/store/listing.*.json)',
      'chrome/ja: no justification for "https://example.com/*" (docs/store/listing.*.json)',
    ]);
    const fewer = { ...manifests.chrome, permissions: [] };
    expect(justificationProblems(listing, fewer, 'chrome/ja')).toEqual([
      'chrome/ja: justifies permissions "storage", which the manifest does not ask for',
    ]);
  });

  test('a listing file with an empty field is refused', () => {
    const json = JSON.stringify({ ...listing, singlePurpose: ' ' });
    expect(() => parseListing(json, 'listing.ja.json')).toThrow(/singlePurpose/);
  });
});

describe('store manifest rules', () => {
  test('the store packages as declared pass', () => {
    for (const store of STORES) expect(storeManifestProblems(store, packageManifest(store))).toEqual([]);
    for (const store of STORES) expect(dataUseProblems(store, packageManifest(store))).toEqual([]);
  });

  test('Chrome Web Store: no key; Edge Add-ons: no update_url; AMO: data_collection_permissions "none"', async () => {
    const selfHosted = await declaredManifest('chrome', { storePackage: false });
    expect(storeManifestProblems('chrome', selfHosted)).toEqual(['chrome: the manifest has a key; the store assigns the ID']);
    expect(storeManifestProblems('edge', { ...manifests.chrome, update_url: 'https://example.com/updates.xml' })).toEqual([
      'edge: the manifest has update_url; store packages must not',
    ]);
    const gecko = { id: 'x@y', data_collection_permissions: { required: ['websiteContent'] } };
    expect(storeManifestProblems('firefox', { ...manifests.firefox, browser_specific_settings: { gecko } })).toHaveLength(1);
  });

  test('the data-use answers fail against a CSP that could connect out or load remote code', () => {
    const open = { ...manifests.chrome, content_security_policy: { extension_pages: "script-src 'self' https://cdn.example; connect-src https:" } };
    expect(dataUseProblems('chrome', open)).toHaveLength(2);
  });
});
