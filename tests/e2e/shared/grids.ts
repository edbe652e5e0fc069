import { expect } from '@playwright/test';
import { type ScenarioPage, sleep, topDocument } from './scenarios';

/*
 * Real data grids from npm (tests/fixtures/grids/), for every browser (chromium/grids.spec.ts,
 * firefox/grids.spec.ts): virtualised rows, absolutely positioned and recycled. Each fixture has 300
 * patients with one 資格（無効） far down, a container #grid-outermost that the page sizes, and
 * window.scrollToResult(), rerenderResultRow() and removeResults().
 *
 * "Stays visible" is a hit test: at the centre of each text box of the result and of its record
 * (its grid row, table row or list item: number, ID, name), the element the browser finds is
 * part of that record, not our host and not another row painted over it.
 */

export const GRID_FIXTURES = ['ag-grid-virtualised-rows.html', 'slickgrid-virtualised-rows.html'];

interface GridState {
  hosts: number;
  /** The host's data-count. */
  count: string | null;
  /** Where the host stands, or why not as the contract says. */
  placement: string;
  calloutOpen: boolean;
  /** Text boxes of the result and of its record that something else covers, described. */
  covered: string[];
  /** How many text boxes of the record were hit-tested (a test of none would prove nothing). */
  tested: number;
  /** The matched element is the one marked by markResult() (false once the row is drawn again). */
  sameElement: boolean;
}

/** In the page: where our host is, and what the browser finds at the record's text. */
export function readRecordVisibility(): GridState {
  const hosts = [...document.querySelectorAll('shikaku-alert')];
  const host = hosts[0];
  const match = document.querySelector('[data-shikaku-alert-match]');
  const record = match?.closest('[role=row], tr, li') ?? match?.parentElement ?? null;
  const covered: string[] = [];
  let tested = 0;
  if (record) {
    const walker = document.createTreeWalker(record, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      if (!text.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(text);
      for (const box of range.getClientRects()) {
        const x = box.left + box.width / 2;
        const y = box.top + box.height / 2;
        if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
        tested++;
        const hit = document.elementFromPoint(x, y);
        if (!hit || !record.contains(hit)) covered.push(`「${text.textContent.trim()}」 under ${hit === host ? 'our host' : (hit?.outerHTML.slice(0, 80) ?? 'nothing')}`);
      }
    }
  }
  const outer = document.getElementById('grid-outermost');
  const placement = !host
    ? 'no host'
    : host.closest('[role=row], [role=rowgroup], [role=grid], [role=treegrid], [role=table]')
      ? `inside the grid: ${host.parentElement?.outerHTML.slice(0, 80)}`
      : host.previousElementSibling === outer
        ? 'after the grid'
        : `after ${host.previousElementSibling?.outerHTML.slice(0, 80)}`;
  return {
    hosts: hosts.length,
    count: host?.getAttribute('data-count') ?? null,
    placement,
    calloutOpen: host?.shadowRoot?.querySelector('.callout')?.matches(':popover-open') ?? false,
    covered,
    tested,
    sameElement: (match as { marked?: boolean } | null)?.marked === true,
  };
}

const state = (page: ScenarioPage) => topDocument(page).evaluate(readRecordVisibility);

async function expectCalloutBesideVisibleRecord(page: ScenarioPage, where: string): Promise<void> {
  await expect.poll(async () => (await state(page)).calloutOpen, { message: `${where}: the callout opens`, timeout: 5_000 }).toBe(true);
  // The callout follows the result a frame later: measure once it has settled.
  await sleep(300);
  const now = await state(page);
  expect(now.tested, `${where}: text boxes of the record hit-tested`).toBeGreaterThanOrEqual(4);
  expect(now.covered, `${where}: the result and its record stay visible`).toEqual([]);
}

export async function expectGridScenario(page: ScenarioPage, file: string): Promise<void> {
  await page.goto(`/tests/fixtures/grids/${file}`);
  const top = topDocument(page);
  await top.evaluate(() => (window as unknown as { fixtureReady: Promise<unknown> }).fixtureReady);
  await sleep(500);
  expect((await state(page)).hosts, 'row 240 is not drawn yet (virtualised): nothing of ours').toBe(0);
  await top.evaluate(() => (window as unknown as { scrollToResult(): void }).scrollToResult());
  await expect.poll(async () => (await state(page)).hosts, { message: 'one panel once row 240 is drawn', timeout: 8_000 }).toBe(1);
  expect((await state(page)).placement, 'the host goes after the grid, outside its viewport').toBe('after the grid');
  await expectCalloutBesideVisibleRecord(page, 'row 240 scrolled to');

  await top.evaluate(() => {
    (document.querySelector('[data-shikaku-alert-match]') as unknown as { marked: boolean }).marked = true;
    (window as unknown as { rerenderResultRow(): void }).rerenderResultRow();
  });
  await expect.poll(async () => (await state(page)).sameElement, { message: 'the row was drawn again (a new element)', timeout: 5_000 }).toBe(false);
  await expectCalloutBesideVisibleRecord(page, 'row 240 drawn again');
  expect((await state(page)).hosts, 'still one host').toBe(1);

  await top.evaluate(() => (window as unknown as { removeResults(): void }).removeResults());
  await expect.poll(async () => (await state(page)).hosts, { message: 'the panel goes with the result', timeout: 2_000 }).toBe(0);
}

type SpaWindow = Window & { fixtureReady: Promise<unknown>; pageErrors: string[] } & Record<'scrollToResult' | 'reorder' | 'unmountList' | 'remountList' | 'removeResults', () => void>;

/** Calls one of the fixture's window functions. */
function call(page: ScenarioPage, name: 'scrollToResult' | 'reorder' | 'unmountList' | 'remountList' | 'removeResults'): Promise<void> {
  return topDocument(page).evaluate((fn) => (window as unknown as SpaWindow)[fn](), name);
}

/** A Vue app: tabs and chips that name statuses, one result in a table the app re-renders. */
export async function expectSpaScenario(page: ScenarioPage): Promise<void> {
  await page.goto('/tests/fixtures/grids/vue-reception-list.html');
  const top = topDocument(page);
  await top.evaluate(() => (window as unknown as SpaWindow).fixtureReady);
  await expect.poll(async () => (await state(page)).count, { message: 'one panel counting only row 45 (tabs and chips are furniture)', timeout: 8_000 }).toBe('1');
  expect((await state(page)).placement, 'the host goes after the table').toBe('after the grid');
  await call(page, 'scrollToResult');
  await expectCalloutBesideVisibleRecord(page, 'row 45 scrolled to');

  await call(page, 'reorder');
  await call(page, 'scrollToResult');
  await expectCalloutBesideVisibleRecord(page, 'the list re-ordered by the app');
  expect((await state(page)).hosts, 'still one host').toBe(1);

  await call(page, 'unmountList');
  await expect.poll(async () => (await state(page)).hosts, { message: 'the list unmounted: no panel', timeout: 2_000 }).toBe(0);
  await call(page, 'remountList');
  await expect.poll(async () => (await state(page)).count, { message: 'the list mounted again: the panel again', timeout: 8_000 }).toBe('1');
  await call(page, 'removeResults');
  await expect.poll(async () => (await state(page)).hosts, { message: 'the panel goes with the result', timeout: 2_000 }).toBe(0);
  expect(await top.evaluate(() => (window as unknown as SpaWindow).pageErrors), 'errors in the page').toEqual([]);
}
