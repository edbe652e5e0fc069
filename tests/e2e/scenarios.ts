import type { Page, Worker } from '@playwright/test';
import { setUserSettings } from './extension';

/*
 * The page scenarios (scenarios-*.ts) run unchanged in every browser: they talk to the page through
 * this small interface, and each browser has a driver for it — Playwright for Chromium (here),
 * puppeteer-core for Firefox ESR (firefoxExtension.ts), which Playwright cannot drive.
 */

/** One document of the page (the top document or a frame's) that a scenario can run code in. */
export interface ScenarioDocument {
  /** For messages: "top document" or "frame 2 (http://…/frame.html)". */
  readonly name: string;
  /** Runs `fn` in the page's own world; arguments and result are JSON-like. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
}

export interface ScenarioPage {
  /** `fn` runs in every document of the page, before the page's own scripts. */
  addInitScript(fn: () => void): Promise<void>;
  /** Loads a path of the fixture server (playwright.config.ts) and waits for its load event. */
  goto(path: string): Promise<void>;
  /** The page's documents now, the top document first. */
  documents(): ScenarioDocument[];
  /** Saves user settings as the popup would (storage.local "settings"); the page stays open. */
  setUserSettings(values: Record<string, unknown>): Promise<void>;
  /** The toolbar button's badge text for this page's tab. */
  badgeText(): Promise<string>;
  /** Presses a key on the real keyboard, into whatever has the focus. */
  pressKey(key: 'Enter' | 'Space' | 'Tab'): Promise<void>;
}

export function documentName(index: number, url: string): string {
  return index === 0 ? 'top document' : `frame ${index} (${url})`;
}

/** The top document of the page. */
export function topDocument(page: ScenarioPage): ScenarioDocument {
  const [top] = page.documents();
  if (!top) throw new Error('The page has no document');
  return top;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

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
  };
}
