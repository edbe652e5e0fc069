/*
 * The page scenarios (tests/e2e/shared/) run unchanged in every browser: they talk to the page through
 * this small interface, and each browser has a driver for it — Playwright for Chromium (chromium/scenarioPage.ts),
 * puppeteer-core for Firefox ESR (firefox/extension.ts), which Playwright cannot drive.
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
  /** Types `text` into the top document's element `selector` as a person would (key events). */
  type(selector: string, text: string): Promise<void>;
  /** Presses a key on the real keyboard, into whatever has the focus. */
  pressKey(key: 'Enter' | 'Space' | 'Tab'): Promise<void>;
  /** Prints the page as the browser's own print does (A4), to PDF bytes. */
  printToPdf(): Promise<Uint8Array>;
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
