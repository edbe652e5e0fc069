import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { EXTENSION_DIR } from './extension';
import { launchPrivate, type PrivatePolicy, privatePolicyChromium } from './privateChromium';

/*
 * 「ポリシーとして書き出す」 on a configured PC, deployed as a real Chromium policy file on a fresh
 * browser: the settings arrive, locked. The policy folder is private to these browsers
 * (privateChromium.ts), so the release ID can be used without touching other test runs.
 */

const MESSAGES = JSON.parse(readFileSync(path.resolve('public/_locales/ja/messages.json'), 'utf8')) as Record<string, { message: string }>;
const message = (key: string) => MESSAGES[key]?.message ?? key;
const CHANGED = ['role', 'showBadge', 'clinicName'];

let work = '';
let policy: PrivatePolicy | undefined;
let context: BrowserContext | undefined;

test.beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'shikaku-alert-export-test-'));
  policy = privatePolicyChromium();
});

test.afterEach(async () => {
  await context?.close();
  context = undefined;
});

test.afterAll(() => {
  policy?.dispose();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function optionsPage(browser: BrowserContext): Promise<{ page: Page; id: string }> {
  const worker = browser.serviceWorkers()[0] ?? (await browser.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${id}/options.html`);
  return { page, id };
}

const storedSettings = (page: Page) => page.evaluate(async () => (await chrome.storage.local.get('settings')).settings ?? null);

test('settings changed on the options page, exported as policy JSON, are applied and locked in a fresh browser; a malformed import changes nothing', async () => {
  if (!policy) throw new Error('no private policy folder');
  context = await launchPrivate(policy, path.join(work, 'configured-pc'), { extensionDir: EXTENSION_DIR });
  const { page, id } = await optionsPage(context);

  await page.locator('[data-setting="role"]').getByRole('radio', { name: /^薬局/ }).check();
  await page.locator('[data-setting="showBadge"]').getByRole('checkbox').uncheck();
  const clinicName = page.locator('[data-setting="clinicName"] input');
  await clinicName.fill('さくら薬局 本店');
  await clinicName.press('Tab');
  await expect.poll(() => storedSettings(page)).toEqual({ role: 'pharmacy', showBadge: false, clinicName: 'さくら薬局 本店' });

  const exporter = page.getByTestId('policy-export');
  await exporter.getByRole('radio', { name: message('exportFormatChromiumJson') }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), exporter.getByRole('button', { name: message('exportButton') }).click()]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(exported, 'only the three changed settings, under this build’s ID').toEqual({
    '3rdparty': { extensions: { [id]: { role: 'pharmacy', showBadge: false, clinicName: 'さくら薬局 本店' } } },
  });
  await expect(exporter.getByTestId('export-status')).toHaveText(message('exportDone').replace('$COUNT$', '3').replace('$FILE$', download.suggestedFilename()));

  // A malformed file is refused with a clear message, and the stored settings stay as they were.
  const before = await storedSettings(page);
  await page.getByLabel(message('importFile')).setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"role": "clinic",') });
  await expect(page.getByTestId('import-error')).toContainText('JSON として読めないファイルです');
  await expect(page.getByTestId('import-error')).toContainText('設定は何も変えていません');
  expect(await storedSettings(page)).toEqual(before);
  await context.close();

  // The exported file as a real policy file, read by a browser with a new profile.
  writeFileSync(path.join(policy.managedDir, 'shikaku-alert-exported.json'), JSON.stringify(exported));
  context = await launchPrivate(policy, path.join(work, 'other-pc'), { extensionDir: EXTENSION_DIR });
  const other = (await optionsPage(context)).page;
  await expect.poll(async () => (await other.locator('[data-testid="policy-applied"] code').allTextContents()).sort(), { timeout: 25_000 }).toEqual(
    [...CHANGED].sort(),
  );
  for (const key of CHANGED) {
    await expect(other.locator(`[data-setting="${key}"] .managed`), `${key} is locked by policy`).toHaveText(message('managedByAdmin'));
  }
  await expect(other.locator('[data-setting="role"]').getByRole('radio', { name: /^薬局/ })).toBeChecked();
  await expect(other.locator('[data-setting="role"]').getByRole('radio', { name: /^薬局/ })).toBeDisabled();
  await expect(other.locator('[data-setting="showBadge"]').getByRole('checkbox')).not.toBeChecked();
  await expect(other.locator('[data-setting="showBadge"]').getByRole('checkbox')).toBeDisabled();
  await expect(other.locator('[data-setting="clinicName"] input')).toHaveValue('さくら薬局 本店');
  await expect(other.locator('[data-setting="clinicName"] input')).toBeDisabled();
  expect(await storedSettings(other), 'applied by policy, not copied into user settings').toBeNull();
});

test('the export’s browser-level host restriction: refused with the reason for an entry with a path, written as ExtensionSettings from siteAllowlist otherwise', async () => {
  if (!policy) throw new Error('no private policy folder');
  context = await launchPrivate(policy, path.join(work, 'restricting-pc'), { extensionDir: EXTENSION_DIR });
  const { page, id } = await optionsPage(context);
  const exporterFor = async (sites: string[]) => {
    await page.evaluate(async (list) => chrome.storage.local.set({ settings: { siteAllowlist: list } }), sites);
    await page.reload();
    const exporter = page.getByTestId('policy-export');
    await exporter.getByRole('radio', { name: message('exportFormatChromiumJson') }).check();
    await exporter.getByRole('checkbox', { name: message('exportHostRestriction') }).check();
    return exporter;
  };
  let downloads = 0;
  page.on('download', () => downloads++);

  const refusing = await exporterFor(['receipt.example.jp', 'https://karte.example.jp/app/*']);
  await refusing.getByRole('button', { name: message('exportButton') }).click();
  await expect(refusing.getByTestId('export-status'), 'the refused entry and why').toContainText(
    'https://karte.example.jp/app/*（ブラウザーのホスト制限はパスを区別できません',
  );
  expect(downloads, 'nothing was downloaded').toBe(0);

  const exporter = await exporterFor(['receipt.example.jp', 'https://*.clinic.example.jp/*']);
  const [download] = await Promise.all([page.waitForEvent('download'), exporter.getByRole('button', { name: message('exportButton') }).click()]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(exported.ExtensionSettings).toEqual({
    [id]: { runtime_blocked_hosts: ['*://*'], runtime_allowed_hosts: ['*://receipt.example.jp', 'https://*.clinic.example.jp'] },
  });
  expect(exported['3rdparty'].extensions[id].siteAllowlist, 'the setting itself is exported too').toEqual([
    'receipt.example.jp',
    'https://*.clinic.example.jp/*',
  ]);
});
