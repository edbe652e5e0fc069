import path from 'node:path';
import { type BrowserContext, test as base, expect, type Page, type Worker } from '@playwright/test';
import { launchWithExtension } from '../../../scripts/lib/launch.mjs';

/** The unpacked test build (WXT_TEST_HOOKS=1): see scripts/test.mjs. */
export const EXTENSION_DIR = path.resolve(process.env.EXTENSION_DIR ?? '.output/chrome-mv3-test');

interface ExtensionOptions {
  /** UI language of the browser, which picks the extension's message file. */
  lang: 'ja' | 'en';
  /** Classic scrollbars that take width, as on a desktop. */
  scrollbars: boolean;
}

interface ExtensionFixtures {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  page: Page;
}

export const test = base.extend<ExtensionOptions & ExtensionFixtures>({
  lang: ['ja', { option: true }],
  scrollbars: [false, { option: true }],
  context: async ({ lang, scrollbars }, use) => {
    const { context } = await launchWithExtension({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      extensionDir: EXTENSION_DIR,
      lang,
      scrollbars,
    });
    await use(context);
    await context.close();
  },
  worker: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker');
    await use(worker);
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
});

export { expect };

/** Settings as the popup would save them (storage.local "settings"). */
export async function setUserSettings(worker: Worker, values: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (v) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object | undefined), ...v } });
  }, values);
}

/** Pins the background's clock (test builds only). */
export async function setTestClock(worker: Worker, iso: string): Promise<void> {
  await worker.evaluate(async (value) => chrome.storage.local.set({ testClock: value }), iso);
}

/** The panel host (Playwright locators pierce its open shadow root). */
export function panel(page: Page) {
  return page.locator('shikaku-alert');
}

/** The id of the active tab, as the popup would see it. */
export async function activeTabId(worker: Worker): Promise<number> {
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true });
    return tab?.id ?? -1;
  });
}
