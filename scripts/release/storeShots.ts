// The store screenshots: the built extension in the real Chromium on the sample screens (samples/),
// in Japanese, 1280×800. The test build is used only for its pinned clock (storage.local.testClock),
// so that the call centres' "open now" lines, and with them the pictures' bytes, are the same on
// every run; its pages and scripts are the release build's.
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { launchWithExtension } from '../lib/launch.mjs';
import { startServer } from '../serve.mjs';
import { IMAGE_SIZES } from './storeRules';
import { fillTemplate, pngDataUrl, readTemplate } from './template';

/** A Wednesday morning, the day the sample screens show: both call centres open. */
export const SCREENSHOT_CLOCK = '2026-11-25T10:02:00+09:00';

/**
 * The name the sample screens are shown under. The popup prints the page's host, so the pictures
 * need a fixed one; Chromium maps it to the server's port, which is a free one (STORE_SHOTS_PORT
 * pins it), so another program listening anywhere never stops the release.
 */
const SCREENSHOT_HOST = 'reception.example';

interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  base: string;
  root: string;
}

async function setRole(worker: Worker, role: 'clinic' | 'pharmacy'): Promise<void> {
  await worker.evaluate(async (value) => {
    const { settings = {} } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object), role: value } });
  }, role);
}

/** Opens a sample screen and waits for the panel, its live hours and its fade-in. */
async function openSample(session: Session, sample: string, role: 'clinic' | 'pharmacy'): Promise<Page> {
  await setRole(session.worker, role);
  const page = await session.context.newPage();
  await page.goto(`${session.base}samples/${sample}.html`);
  const panel = page.locator('shikaku-alert');
  await panel.waitFor({ state: 'visible', timeout: 15_000 });
  await panel.locator('.live').nth(1).waitFor({ timeout: 10_000 });
  await page.waitForTimeout(600);
  return page;
}

/** Shows the whole panel: scrolled so that its bottom meets the window's when it does not fit. */
async function showPanel(page: Page): Promise<void> {
  await page.locator('shikaku-alert').evaluate((panel) => {
    if (panel.getBoundingClientRect().bottom > window.innerHeight) panel.scrollIntoView({ block: 'end' });
  });
  await page.waitForTimeout(200);
}

async function viewport(page: Page): Promise<Buffer> {
  return page.screenshot({ type: 'png', animations: 'disabled', caret: 'hide' });
}

async function popupShot(session: Session, listPage: Page): Promise<Buffer> {
  // Without the tabs permission a tab's URL cannot be queried: the active tab is the list.
  await listPage.bringToFront();
  const tabId = await session.worker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0]?.id ?? -1);
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  await popup.getByTestId('tab-count').filter({ hasText: '3' }).waitFor();
  // The live hours come from the background a moment later; on a loaded machine, later still.
  await popup.locator('.live').nth(1).waitFor({ timeout: 10_000 });
  await popup.waitForTimeout(300);
  const body = await popup.locator('.popup').screenshot({ animations: 'disabled', caret: 'hide' });
  await popup.close();
  // The patient list with its panel, the popup opening top right.
  const background = await viewport(listPage);
  const stage = await session.context.newPage();
  await stage.setContent(fillTemplate(readTemplate(session.root, 'popup.html'), { page: pngDataUrl(background), popup: pngDataUrl(body) }));
  // Both pictures decoded before the shot: on a loaded machine a late one would change the bytes.
  await stage.evaluate(() => Promise.all([...document.images].map((img) => img.decode())));
  await stage.waitForTimeout(100);
  const shot = await viewport(stage);
  await stage.close();
  return shot;
}

async function slipShot(session: Session): Promise<Buffer> {
  const slip = await session.context.newPage();
  await slip.goto(`chrome-extension://${session.extensionId}/slip.html`);
  await slip.locator('.qr svg').waitFor();
  await slip.waitForTimeout(300);
  const shot = await viewport(slip);
  await slip.close();
  return shot;
}

export interface Shots {
  /** name → RGBA PNG straight from Chromium, in store order. */
  screenshots: Map<string, Buffer>;
  /** The panel alone, for the marquee tile. */
  panel: Buffer;
}

/** The five screenshots, from the unpacked (test) build in `extensionDir`. */
export async function takeScreenshots(root: string, executablePath: string, extensionDir: string): Promise<Shots> {
  const server = await startServer(Number(process.env.STORE_SHOTS_PORT ?? 0));
  const { port } = server.address() as AddressInfo;
  const base = `http://${SCREENSHOT_HOST}/`;
  const extraArgs = [
    `--host-resolver-rules=MAP ${SCREENSHOT_HOST} 127.0.0.1:${port}`,
    // One raster thread, whole tiles, fixed colours: anti-aliased edges then come out the same on every run.
    '--num-raster-threads=1',
    '--disable-partial-raster',
    '--force-color-profile=srgb',
    '--disable-lcd-text',
  ];
  const launched = await launchWithExtension({ executablePath, extensionDir, viewport: { ...IMAGE_SIZES.screenshot }, lang: 'ja', extraArgs });
  const session: Session = { ...launched, base, root };
  const screenshots = new Map<string, Buffer>();
  try {
    await session.worker.evaluate(async (iso) => chrome.storage.local.set({ testClock: iso }), SCREENSHOT_CLOCK);
    const check = await openSample(session, 'qualification-check', 'clinic');
    await showPanel(check);
    screenshots.set('1-qualification-check', await viewport(check));
    const panel = await check.locator('shikaku-alert section.panel').screenshot({ animations: 'disabled', caret: 'hide' });
    await check.close();
    // The long list: its panel lies far below, and the callout stands beside patient 7.
    const longList = await openSample(session, 'reception-list-long', 'clinic');
    await longList.locator('shikaku-alert .callout').waitFor({ state: 'visible', timeout: 10_000 });
    screenshots.set('2-patient-list-callout', await viewport(longList));
    await longList.close();
    const list = await openSample(session, 'patient-list', 'clinic');
    await showPanel(list);
    const pharmacy = await openSample(session, 'pharmacy-eprescription', 'pharmacy');
    await showPanel(pharmacy);
    screenshots.set('3-pharmacy', await viewport(pharmacy));
    await pharmacy.close();
    await setRole(session.worker, 'clinic');
    screenshots.set('4-popup', await popupShot(session, list));
    screenshots.set('5-patient-slip', await slipShot(session));
    return { screenshots, panel };
  } finally {
    await session.context.close();
    server.closeAllConnections();
    server.close();
  }
}
