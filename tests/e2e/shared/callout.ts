import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import { expectCalloutBesideVisibleRecord } from './recordVisibility';
import { type ScenarioPage, topDocument } from './scenarios';

/*
 * The callout (docs/page-contract.md#callout-seen-where-the-eye-is), for every browser
 * (chromium/callout.spec.ts, firefox/callout.spec.ts). "Painted" is checked by hit-testing: the
 * point at the callout's centre, through the page and then our shadow root, is the callout.
 */

interface CalloutState {
  open: boolean;
  /** The callout is what a person sees at its centre (hit test through the shadow root). */
  painted: boolean;
  text: string;
  /** The callout's box and the result's box overlap: it would cover the result's text. */
  coversResult: boolean;
  /** Px between the callout's box and the result's (0 when they touch or overlap). */
  gapToResult: number;
  /** Px of the callout's box right of the viewport's content area: under the vertical scrollbar. */
  underScrollbar: number;
  /** The centre of the result is within the viewport. */
  resultInView: boolean;
  panelInView: boolean;
  focusOnPanel: boolean;
}

function readCallout(): CalloutState | null {
  const host = document.querySelector('shikaku-alert');
  const shadow = host?.shadowRoot;
  const callout = shadow?.querySelector<HTMLElement>('.callout');
  if (!host || !shadow || !callout) return null;
  const box = callout.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  const open = callout.matches(':popover-open');
  const hit = open ? shadow.elementFromPoint(x, y) : null;
  const pageHit = open ? document.elementFromPoint(x, y) : null;
  const result = document.getElementById('result')?.getBoundingClientRect();
  const inView = (r: DOMRect) => r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
  const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const gap = (a: DOMRect, b: DOMRect) => Math.max(0, a.left - b.right, b.left - a.right, a.top - b.bottom, b.top - a.bottom);
  return {
    open,
    painted: open && pageHit === host && !!hit && callout.contains(hit),
    text: callout.textContent ?? '',
    coversResult: open && !!result && overlap(box, result),
    gapToResult: result ? gap(box, result) : Number.POSITIVE_INFINITY,
    underScrollbar: Math.max(0, box.right - document.documentElement.clientWidth),
    resultInView: !!result && inView(result),
    panelInView: inView(host.getBoundingClientRect()),
    focusOnPanel: shadow.activeElement?.classList.contains('panel') ?? false,
  };
}

const callout = (page: ScenarioPage) => topDocument(page).evaluate(readCallout);

/** Twice the gap calloutPosition.ts leaves: farther, it reads as beside something else. */
const BESIDE_PX = 16;

async function expectPaintedBesideResult(page: ScenarioPage, where: string): Promise<void> {
  await expect
    .poll(async () => {
      const state = await callout(page);
      return state?.painted === true && state.gapToResult <= BESIDE_PX;
    }, { message: `${where}: callout painted beside the result (at most ${BESIDE_PX} px away)`, timeout: 5_000 })
    .toBe(true);
  const state = await callout(page);
  expect(state?.text, `${where}: names the status and says 紙`).toMatch(/資格（無効）.*紙/);
  expect(state?.coversResult, `${where}: the callout leaves the result's text uncovered`).toBe(false);
  expect(state?.underScrollbar, `${where}: no part of the callout under the scrollbar`).toBe(0);
  expect(state?.panelInView, `${where}: the panel is out of view`).toBe(false);
}

async function expectNoCallout(page: ScenarioPage, where: string): Promise<void> {
  await expect.poll(async () => (await callout(page))?.open ?? false, { message: `${where}: no callout`, timeout: 5_000 }).toBe(false);
}

/** Row 6 of 100: painted at load; its control (Enter) brings the panel into view and focuses it. */
export async function expectCalloutAtLoad(page: ScenarioPage): Promise<void> {
  await page.goto('/tests/fixtures/callout/patient-list.html?row=6');
  await expectPaintedBesideResult(page, 'row 6 of 100');
  await topDocument(page).evaluate(() => document.querySelector('shikaku-alert')?.shadowRoot?.querySelector<HTMLElement>('.callout-open')?.focus());
  await page.pressKey('Enter');
  await expect
    .poll(async () => {
      const state = await callout(page);
      return state && { panelInView: state.panelInView, focusOnPanel: state.focusOnPanel, open: state.open };
    }, { message: 'the control brings the panel into view, focused, and the callout goes', timeout: 5_000 })
    .toEqual({ panelInView: true, focusOnPanel: true, open: false });
}

/** Row 90: nothing at load; scrolled to, a callout beside it. */
export async function expectCalloutAfterScrolling(page: ScenarioPage): Promise<void> {
  await page.goto('/tests/fixtures/callout/patient-list.html?row=90');
  await expect.poll(async () => (await callout(page)) !== null, { message: 'a panel for row 90', timeout: 5_000 }).toBe(true);
  expect((await callout(page))?.resultInView, 'row 90 starts out of view').toBe(false);
  await expectNoCallout(page, 'row 90 out of view');
  await topDocument(page).evaluate(() => document.getElementById('result')?.scrollIntoView({ block: 'center' }));
  await expectPaintedBesideResult(page, 'row 90 scrolled into view');
}

/** A list in a pane with its own scrollbar: the callout follows the pane's visible part. */
export async function expectCalloutInScrollingPane(page: ScenarioPage): Promise<void> {
  await page.goto('/tests/fixtures/callout/patient-list.html?row=40&pane=1');
  await expect.poll(async () => (await callout(page)) !== null, { message: 'a panel for row 40', timeout: 5_000 }).toBe(true);
  await expectNoCallout(page, 'row 40 hidden inside the pane');
  await topDocument(page).evaluate(() => {
    const pane = document.getElementById('pane');
    const result = document.getElementById('result');
    if (pane && result) pane.scrollTop = result.offsetTop - 100;
  });
  await expectPaintedBesideResult(page, 'row 40 scrolled into the pane');
}

/** Rows inserted above the result, no scrolling: the callout goes along with its result. */
export async function expectCalloutFollowsMovedResult(page: ScenarioPage): Promise<void> {
  await page.goto('/tests/fixtures/callout/patient-list.html?row=6');
  await expectPaintedBesideResult(page, 'row 6 before rows are inserted');
  const moved = await topDocument(page).evaluate(() => {
    const result = document.getElementById('result') as HTMLElement;
    const before = result.getBoundingClientRect().top;
    const body = result.closest('tbody') as HTMLTableSectionElement;
    for (let i = 0; i < 3; i++) body.insertRow(0).insertCell().textContent = `新規 ${i + 1}`;
    return { by: result.getBoundingClientRect().top - before, scrollY };
  });
  expect(moved.by, 'the rows moved the result down').toBeGreaterThan(3 * 24);
  expect(moved.scrollY, 'nothing scrolled').toBe(0);
  await expectPaintedBesideResult(page, 'row 6 moved down by three new rows');
}

/**
 * The result near the right edge of a page with a vertical scrollbar: where the callout would fit
 * only by counting the scrollbar's width as free, it goes elsewhere (beside, never under it).
 */
export async function expectCalloutClearOfScrollbar(page: ScenarioPage): Promise<void> {
  await page.goto('/tests/fixtures/callout/patient-list.html?row=6');
  await expectPaintedBesideResult(page, 'row 6 before widening the table');
  const widths = await topDocument(page).evaluate(() => {
    const shadow = document.querySelector('shikaku-alert')?.shadowRoot;
    const callout = shadow?.querySelector('.callout')?.getBoundingClientRect();
    const result = document.getElementById('result')?.getBoundingClientRect();
    const table = document.querySelector('table') as HTMLTableElement;
    const content = document.documentElement.clientWidth;
    const scrollbar = innerWidth - content;
    if (!callout || !result) return { scrollbar, right: 0 };
    // Placed right of the result (8 px gap), the callout's right edge would then fall halfway
    // into the scrollbar, 4 px from the window's edge at the most.
    const wanted = content - 4 + scrollbar / 2 - callout.width - 8;
    table.style.width = `${table.getBoundingClientRect().width + wanted - result.right}px`;
    return { scrollbar, right: document.getElementById('result')?.getBoundingClientRect().right ?? 0 };
  });
  expect(widths.scrollbar, 'the page shows a classic vertical scrollbar that takes width').toBeGreaterThan(8);
  await expectPaintedBesideResult(page, 'result at the right edge, next to the scrollbar');
}

/** A tall modal dialog; a page whose CSS puts everything on top and clips every ancestor. */
export async function expectCalloutInDialogAndHostilePage(page: ScenarioPage): Promise<void> {
  await page.goto('/tests/fixtures/callout/patient-list.html?row=3&dialog=1');
  await expectPaintedBesideResult(page, 'tall modal dialog');
  await page.goto('/tests/fixtures/callout/patient-list.html?row=6&hostile=1');
  await expectPaintedBesideResult(page, 'z-index 2147483647 on everything, overflow: hidden and transforms on ancestors');
}

/** The panel in view, the panel dismissed, the match ended: no callout. */
export async function expectCalloutGoes(page: ScenarioPage): Promise<void> {
  await page.goto('/samples/qualification-check.html');
  await expect.poll(async () => (await callout(page))?.panelInView, { message: 'the sample screen shows its panel', timeout: 5_000 }).toBe(true);
  await expectNoCallout(page, 'panel in view');

  await page.goto('/tests/fixtures/callout/patient-list.html?row=6');
  await expectPaintedBesideResult(page, 'before dismissing');
  await topDocument(page).evaluate(() => document.querySelector('shikaku-alert')?.shadowRoot?.querySelector<HTMLElement>('.dismiss')?.click());
  await expect.poll(() => callout(page), { message: 'dismissed: no host, no callout', timeout: 5_000 }).toBeNull();

  await page.goto('/tests/fixtures/callout/patient-list.html?row=6');
  await expectPaintedBesideResult(page, 'before the match ends');
  // Timed in the page: from the page's change to the host (and the callout in it) leaving the DOM.
  const goneAfter = await topDocument(page).evaluate(
    () =>
      new Promise<number>((resolve) => {
        const host = document.querySelector('shikaku-alert');
        const started = performance.now();
        new MutationObserver((_, observer) => {
          if (host?.isConnected) return;
          observer.disconnect();
          resolve(performance.now() - started);
        }).observe(document, { childList: true, subtree: true });
        (window as unknown as { endResult(): void }).endResult();
        setTimeout(() => resolve(Number.POSITIVE_INFINITY), 3_000);
      }),
  );
  expect(goneAfter, 'ms from the match ending to the callout gone (contract: 500)').toBeLessThanOrEqual(500);
  expect(await callout(page), 'no host, no callout').toBeNull();
}

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** axe-core (WCAG 2.1 A and AA) on the host, panel and callout, while the callout is shown. */
export async function expectCalloutAccessible(page: ScenarioPage): Promise<void> {
  await page.goto('/tests/fixtures/callout/patient-list.html?row=6');
  await expectPaintedBesideResult(page, 'before axe');
  const violations = await topDocument(page).evaluate(async (source) => {
    // The panel fades in (unless reduced motion is asked for): judge its colours once it has.
    const host = document.querySelector('shikaku-alert');
    await Promise.all((host?.shadowRoot?.getAnimations() ?? []).map((animation) => animation.finished));
    // The fixture page has no CSP: axe's source runs as one of the page's own scripts.
    const script = document.createElement('script');
    script.textContent = source;
    document.head.append(script);
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const { violations } = await axe.run(host, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return violations.flatMap((v) => v.nodes.map((n) => `${v.id} ${JSON.stringify(n.target)}`));
  }, AXE);
  expect(violations, 'axe violations with the callout shown').toEqual([]);
}

/**
 * Our UI never hides what it points at: beside row 7 of the 100-row reception list sample (a
 * cell on each side of the result) and in a tall modal dialog, the callout covers neither the
 * result nor any text of the patient's row (hit tests, recordVisibility.ts).
 */
export async function expectCalloutLeavesRecordVisible(page: ScenarioPage): Promise<void> {
  await page.goto('/samples/reception-list-long.html');
  await expectCalloutBesideVisibleRecord(page, 'reception list, row 7');
  await page.goto('/tests/fixtures/callout/patient-list.html?row=3&dialog=1');
  // 番号, 氏名 and the result: the whole record of this list.
  await expectCalloutBesideVisibleRecord(page, 'tall modal dialog, row 3', 3);
}
