import { SERVER } from '../shared/server';
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, expect, test } from '@playwright/test';
import { readCrx3 } from '../../../lib/policy/crx3';
import { GECKO_ID, releaseExtensionId } from '../../../lib/policy/identity';
import { writeSelfHosted } from '../../../lib/policy/selfHosted';
import { signingKeyFromPem } from '../../../lib/policy/signingKey';
import { EXTENSION_DIR } from './extension';
import { launchPrivate, type PrivatePolicy, privatePolicyChromium } from './privateChromium';

/*
 * The release's self-hosted route end to end, with a key made here (an organisation's own key):
 * scripts/policy-templates.ts and scripts/self-hosted.ts run once on the test build, a server on
 * 127.0.0.1 serves that updates.xml and CRX, and Chromium installs it through the release's own
 * policy snippet in a policy folder only it sees (privateChromium.ts), then updates it.
 */

test.describe.configure({ mode: 'serial', timeout: 120_000 });

const pem = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const KEY = signingKeyFromPem(pem, 'throwaway test key');
const SAMPLE = `${SERVER}samples/qualification-check.html`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let work = '';
let server: Server | undefined;
let baseUrl = '';
const served: string[] = [];
let policy: PrivatePolicy | undefined;
let context: BrowserContext | undefined;

function tsx(script: string, args: string[]): string {
  const result = spawnSync('npx', ['tsx', script, ...args], { encoding: 'utf8', env: { ...process.env, CHROMIUM_PATH: CHROMIUM } });
  if (result.status !== 0) throw new Error(`${script} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => existsSync(path.join(dir, f)) && f.includes('.'));
}

test.beforeAll(async () => {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No test build in ${EXTENSION_DIR}`);
  work = mkdtempSync(path.join(tmpdir(), 'shikaku-alert-self-hosted-test-'));
  const site = path.join(work, 'site');
  server = createServer((req, res) => {
    const name = path.basename(new URL(req.url ?? '/', 'http://x').pathname);
    served.push(name);
    const file = path.join(site, name);
    if (!existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': name.endsWith('.crx') ? 'application/x-chrome-extension' : 'text/xml' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  // The key lives outside the repository, as the release requires.
  const keyFile = path.join(work, 'org-key.pem');
  writeFileSync(keyFile, pem, { mode: 0o600 });
  const options = [`--key-file=${keyFile}`, `--base-url=${baseUrl}`];
  tsx('scripts/policy-templates.ts', [path.join(work, 'templates'), ...options]);
  tsx('scripts/self-hosted.ts', [site, `--build-dir=${EXTENSION_DIR}`, ...options]);
  policy = privatePolicyChromium();
});

test.afterEach(async () => {
  await context?.close();
  context = undefined;
});

test.afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  policy?.dispose();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('an organisation’s own key: the CRX, updates.xml and every generated template name the ID derived from it', () => {
  expect(KEY.id, 'a new key, not our release key').not.toBe(releaseExtensionId());
  const crx = readCrx3(readFileSync(path.join(work, 'site', 'shikaku-alert-0.1.0.crx')));
  expect(crx.id, 'the CRX’s own ID (signature checked)').toBe(KEY.id);
  expect(readFileSync(path.join(work, 'site', 'updates.xml'), 'utf8')).toContain(`appid="${KEY.id}"`);

  const templates = path.join(work, 'templates');
  const files = filesUnder(templates);
  // Files for Firefox (gecko ID) and the schema name no Chromium ID; every other file names the key's.
  const withoutChromiumId = ['managed_schema.json', 'firefox/policies.json', 'channels/firefox/policies.json'];
  for (const file of files) {
    const ids = [...new Set(readFileSync(path.join(templates, file), 'utf8').match(/(?<![a-z])[a-p]{32}(?![a-z])/g) ?? [])];
    expect(ids, `${file}: the Chromium IDs it names`).toEqual(withoutChromiumId.includes(file) ? [] : [KEY.id]);
  }
  // Each kind of file the issue lists is among them.
  for (const expected of [/\.admx$/, /ja-JP\/.*\.adml$/, /^linux\/chrome\/.*settings\.json$/, /\.mobileconfig$/, /^admin-guide\.ja\.md$/, /^admin-guide\.en\.md$/, /^channels\/self-hosted\/install-forcelist\.json$/]) {
    expect(files.some((f) => expected.test(f)), String(expected)).toBe(true);
  }
  for (const file of ['firefox/policies.json', 'channels/firefox/policies.json']) {
    expect(readFileSync(path.join(templates, file), 'utf8'), `${file} names the gecko ID`).toContain(GECKO_ID);
  }
});

interface Installed {
  id: string;
  version: string;
  location: string;
  path: string;
}

/** Our copy as chrome://extensions-internals lists it (JSON), if Chromium has installed it. */
async function installed(browser: BrowserContext): Promise<Installed | undefined> {
  const page = await browser.newPage();
  try {
    await page.goto('chrome://extensions-internals');
    const list = JSON.parse(await page.evaluate(() => document.body.textContent ?? '[]')) as Installed[];
    return list.find((extension) => extension.id === KEY.id);
  } finally {
    await page.close();
  }
}

function installedVersion(browser: BrowserContext): Promise<string | undefined> {
  return installed(browser).then((extension) => extension?.version);
}

async function expectPanelOnSample(browser: BrowserContext): Promise<void> {
  const page = browser.pages()[0] ?? (await browser.newPage());
  await page.goto(SAMPLE);
  await expect(page.locator('shikaku-alert'), 'the installed copy shows its panel').toHaveCount(1, { timeout: 20_000 });
}

test('the release CRX is force-installed from updates.xml on 127.0.0.1 by a real policy file, then updated to a higher version', async () => {
  if (!policy) throw new Error('no private policy folder');
  // The release's own snippet, unchanged: ExtensionSettings with update_url and override_update_url.
  cpSync(path.join(work, 'templates/channels/self-hosted/extension-settings.json'), path.join(policy.managedDir, 'install.json'));
  const profile = path.join(work, 'profile');
  const args = ['--extensions-update-frequency=5'];

  context = await launchPrivate(policy, profile, { args });
  await expect.poll(() => installedVersion(context as BrowserContext), { message: 'force-installed', timeout: 30_000 }).toBe('0.1.0');
  expect(served).toContain('shikaku-alert-0.1.0.crx');
  const copy = await installed(context);
  expect(copy?.location, 'installed by policy from the update server').toBe('EXTERNAL_POLICY_DOWNLOAD');
  const manifest = JSON.parse(readFileSync(path.join(copy?.path ?? '', 'manifest.json'), 'utf8'));
  expect(manifest.update_url, 'the CRX names its update manifest').toBe(`${baseUrl}updates.xml`);
  expect(manifest.key, 'the CRX’s manifest names the signing key').toBe(KEY.manifestKey);
  await expectPanelOnSample(context);

  // A higher version on the same server, signed with the same key.
  writeSelfHosted({ buildDir: EXTENSION_DIR, outDir: path.join(work, 'site'), key: KEY, baseUrl, chromium: CHROMIUM, version: '0.1.1' });
  await context.close();
  // Chromium checks updates.xml as it starts and fetches the new CRX; a copy in use is replaced at
  // the next start (a pending update), so start the same profile once more.
  context = await launchPrivate(policy, profile, { args });
  await expect.poll(() => served.includes('shikaku-alert-0.1.1.crx'), { message: 'Chromium fetches the new CRX', timeout: 30_000 }).toBe(true);
  // Staging the download can outlast a quick close on a loaded machine: start again until the
  // pending update is in (at most three starts).
  for (let start = 0; start < 3 && (await installedVersion(context)) !== '0.1.1'; start++) {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await context.close();
    context = await launchPrivate(policy, profile, { args });
    await expect.poll(() => installedVersion(context as BrowserContext), { timeout: 10_000 }).toBe('0.1.1').catch(() => undefined);
  }
  expect(await installedVersion(context), 'updated').toBe('0.1.1');
  await expectPanelOnSample(context);
});
