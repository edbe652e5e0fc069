import type { Page, Worker } from '@playwright/test';
import { documentName, type ScenarioPage } from '../shared/scenarios';
import { setUserSettings } from './extension';

/** The Chromium driver: a Playwright page, and the extension's service worker for storage and badge. */
export function chromiumScenarioPage(page: Page, worker: Worker): ScenarioPage {
  return {
    addInitScript: async (fn) => {
      await page.addInitScript(fn);
    },
    goto: async (path) => {
      await page.goto(path);
    },
    documents: () =>
      page
        .frames()
        .filter((frame) => !frame.isDetached())
        .map((frame, index) => ({
          name: documentName(index, frame.url()),
          evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) => frame.evaluate(fn as (arg: unknown) => R, arg) as Promise<R>,
        })),
    setUserSettings: (values) => setUserSettings(worker, values),
    badgeText: () =>
      worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true });
        return chrome.action.getBadgeText({ tabId: tab?.id });
      }),
    pressKey: (key) => page.keyboard.press(key),
    printToPdf: () => page.pdf({ format: 'A4' }),
    type: async (selector, text) => {
      await page.locator(selector).pressSequentially(text);
    },
  };
}
