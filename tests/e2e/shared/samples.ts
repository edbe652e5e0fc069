import { message } from './server';
import { readdirSync, } from 'node:fs';
import { expect } from '@playwright/test';
import { type ScenarioPage, sleep, topDocument } from './scenarios';

/*
 * The bundled sample reception screens (samples/) and what a person sees on each, for every
 * browser (chromium/foundation.spec.ts: Chromium, firefox/samples.spec.ts: Firefox ESR). The browsers run
 * in Japanese, the extension's default locale.
 */

export interface SampleScreen {
  file: string;
  count: number;
  status: string;
  /** The element the panel follows; null where the result is not in a table. */
  after: string | null;
}

export const SAMPLE_SCREENS: SampleScreen[] = [
  { file: 'samples/qualification-check.html', count: 1, status: 'invalid', after: 'table' },
  { file: 'samples/patient-list.html', count: 3, status: 'invalid no-info', after: 'table' },
  { file: 'samples/reception-list-long.html', count: 1, status: 'invalid', after: 'table' },
  { file: 'samples/pharmacy-eprescription.html', count: 1, status: 'no-info', after: null },
];

/**
 * A page whose Content-Security-Policy allows nothing: the panel's UI, which the content script
 * imports from the extension on the first result, must still arrive.
 */
export const STRICT_CSP_SCREEN: SampleScreen = {
  file: 'tests/fixtures/hostile/strict-csp.html',
  count: 1,
  status: 'invalid',
  after: 'table',
};

/** Sample pages without a result: no-match.html (prose mentions only) and the list of samples. */
export const NO_RESULT_SCREENS = ['samples/no-match.html', 'samples/index.html'];

// Every samples/*.html must be one of the above: a new sample cannot go untested.
const listed = new Set([...SAMPLE_SCREENS.map((s) => s.file), ...NO_RESULT_SCREENS]);
const unlisted = readdirSync('samples').filter((file) => file.endsWith('.html') && !listed.has(`samples/${file}`));
if (unlisted.length > 0) throw new Error(`Sample pages without a scenario in tests/e2e/shared/samples.ts: ${unlisted.join(', ')}`);


interface PanelReading {
  status: string | null;
  count: string | null;
  shadowMode: string | null;
  after: string | null;
  telLinks: string[];
  audiences: (string | undefined)[];
  reminder: string | undefined;
  sourceLinkTarget: string | null;
  source: string | undefined;
}

/** What the page shows: every panel host with its shadow content, and the number of highlights. */
function readPanels(): { panels: PanelReading[]; highlights: number } {
  const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
  const panels = [...document.querySelectorAll('shikaku-alert')].map((host) => {
    const root = host.shadowRoot;
    return {
      status: host.getAttribute('data-status'),
      count: host.getAttribute('data-count'),
      shadowMode: root?.mode ?? null,
      after: host.previousElementSibling?.localName ?? null,
      telLinks: [...(root?.querySelectorAll('a[href^="tel:"]') ?? [])].map((a) => `${a.getAttribute('href')} ${text(a)}`),
      audiences: ['.line-freeDial .audience', '.line-institutions .audience'].map((s) => text(root?.querySelector(s))),
      reminder: text(root?.querySelector('.reminder')),
      sourceLinkTarget:
        root?.querySelector('a[href="https://www.mhlw.go.jp/stf/newpage_08277.html#Q21"]')?.getAttribute('target') ?? null,
      source: text(root?.querySelector('.source')),
    };
  });
  return { panels, highlights: document.querySelectorAll('[data-shikaku-alert-match]').length };
}

/** One panel with the contract's attributes, both numbers, the clinic reminder and the source. */
export async function expectSampleScreen(page: ScenarioPage, screen: SampleScreen): Promise<void> {
  await page.goto(screen.file);
  const top = topDocument(page);
  await expect
    .poll(async () => (await top.evaluate(readPanels)).panels.length, { message: 'panel shown once', timeout: 10_000 })
    .toBe(1);
  // The first render carries the two call centres; the foreign-language line comes with the panel's UI.
  await expect
    .poll(async () => (await top.evaluate(readPanels)).panels[0]?.telLinks.length, { message: 'the panel UI', timeout: 10_000 })
    .toBe(3);
  const { panels, highlights } = await top.evaluate(readPanels);
  const [panel] = panels;
  expect(panel?.status, 'data-status').toBe(screen.status);
  expect(panel?.count, 'data-count').toBe(String(screen.count));
  expect(highlights, 'highlighted results').toBe(screen.count);
  expect(panel?.shadowMode, 'open shadow root').toBe('open');
  if (screen.after) expect(panel?.after, 'panel placed right after the block holding the result').toBe(screen.after);
  // The two call centres, then the free dial's foreign-language line (docs/domain.md#foreign-language-line).
  expect(panel?.telLinks, 'both call centres and the foreign-language line as tel: links').toEqual([
    'tel:0120950178 0120-95-0178',
    'tel:08000804583 0800-080-4583',
    'tel:0120017826 0120-0178-26',
  ]);
  expect(panel?.audiences, 'who should call each number').toEqual([message('audiencePatients'), message('audienceInstitutions')]);
  expect(panel?.reminder, 'the clinic reminder').toBe(message('reminderClinic'));
  // The source comes with the panel's UI, a moment after the first render (docs/page-contract.md#at-once).
  await expect
    .poll(async () => (await top.evaluate(readPanels)).panels[0]?.sourceLinkTarget, { message: 'source link opens a new tab', timeout: 10_000 })
    .toBe('_blank');
  expect((await top.evaluate(readPanels)).panels[0]?.source, 'the notice of 令和5年6月6日').toContain('令和5年6月6日');
}

/** Records every DOM change after DOMContentLoaded (runs in the page before its scripts). */
function recordMutations(): void {
  const seen: string[] = [];
  (window as unknown as { seenMutations: string[] }).seenMutations = seen;
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      for (const r of records) seen.push(`${r.type} ${r.target.nodeName} ${r.attributeName ?? ''}`);
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/** The extension adds no node and changes no attribute; a result added afterwards gets a panel. */
export async function expectNoResultScreen(page: ScenarioPage, file: string): Promise<void> {
  await page.addInitScript(recordMutations);
  await page.goto(file);
  // Long enough for the content script to start and finish its first scan.
  await sleep(1500);
  const top = topDocument(page);
  expect(await top.evaluate(() => (window as unknown as { seenMutations: string[] }).seenMutations), 'changes to the page').toEqual([]);
  // The control: the extension was running all along, it just had nothing to show.
  await top.evaluate(() => {
    const control = document.createElement('p');
    control.textContent = '資格（無効）';
    document.body.append(control);
  });
  await expect
    .poll(async () => (await top.evaluate(readPanels)).panels.map((p) => p.count), {
      message: 'a panel for the one result added afterwards',
      timeout: 10_000,
    })
    .toEqual(['1']);
}
