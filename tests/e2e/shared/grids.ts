import { expect } from '@playwright/test';
import { expectCalloutBesideVisibleRecord, readRecordVisibility } from './recordVisibility';
import { type ScenarioPage, sleep, topDocument } from './scenarios';

/*
 * Real data grids from npm (tests/fixtures/grids/), for every browser (chromium/grids.spec.ts,
 * firefox/grids.spec.ts): virtualised rows, absolutely positioned and recycled. Each fixture has 300
 * patients with one 資格（無効） far down, a container #grid-outermost that the page sizes, and
 * window.scrollToResult(), rerenderResultRow() and removeResults().
 * "Stays visible" is the hit test of recordVisibility.ts.
 */

export const GRID_FIXTURES = ['ag-grid-virtualised-rows.html', 'slickgrid-virtualised-rows.html'];

const state = (page: ScenarioPage) => topDocument(page).evaluate(readRecordVisibility);

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

/** The same grid with the result in view at load (row 3): the same placement and callout. */
export async function expectGridResultAtLoad(page: ScenarioPage, file: string): Promise<void> {
  await page.goto(`/tests/fixtures/grids/${file}?row=3`);
  await topDocument(page).evaluate(() => (window as unknown as { fixtureReady: Promise<unknown> }).fixtureReady);
  await expect.poll(async () => (await state(page)).hosts, { message: 'one panel for row 3', timeout: 8_000 }).toBe(1);
  expect((await state(page)).placement, 'the host goes after the grid, outside its viewport').toBe('after the grid');
  await expectCalloutBesideVisibleRecord(page, 'row 3 in view at load');
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
