import type { Frame, Page } from '@playwright/test';
import { expect, test } from './extension';

/*
 * Hostile and unusual pages (tests/fixtures/hostile/, one rule per page). The content script runs
 * in Chromium's isolated world: its globals and prototypes are its own, so nothing a page replaces
 * in its own world reaches it. What the page does share with it, and can turn against it, is the
 * DOM itself, the custom-element registry, the CSS cascade and the event loop: each is a case here.
 */

const HOSTILE = 'tests/fixtures/hostile/';

/** The panel host, by its contract attributes: the page may own the name <shikaku-alert>. */
function host(page: Page) {
  return page.locator('[data-status][data-count]');
}

/** How often a page that fights the panel (page-removes-the-panel-*.html, page-rebuilds-on-sight.html) saw ours put in. */
function panelInsertions(page: Page) {
  return page.evaluate(() => (window as unknown as { panelInsertions: number }).panelInsertions);
}

/**
 * What a person sees of the panel: its box on screen, in front where it stands, its reminder at
 * its own size and colour. Measured in the page, with the page's own (unbroken) DOM methods.
 */
async function panelAsSeen(page: Page) {
  const panel = host(page);
  await panel.scrollIntoViewIfNeeded();
  return panel.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + Math.min(box.height / 2, 40));
    const reminder = el.shadowRoot?.querySelector('.reminder') as HTMLElement | null;
    const style = reminder ? getComputedStyle(reminder) : null;
    return {
      width: Math.round(box.width),
      height: Math.round(box.height),
      onScreen: box.left >= 0 && box.right <= innerWidth,
      inFront: hit === el,
      hostShown: el.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
      reminderShown: reminder?.checkVisibility({ opacityProperty: true, visibilityProperty: true }) ?? false,
      reminderFontSize: style?.fontSize,
      reminderColourOpaque: style ? !/rgba\(.*,\s*0\)$/.test(style.color) && style.color !== 'transparent' : false,
      after: el.previousElementSibling?.id || el.previousElementSibling?.localName,
    };
  });
}

const SHOWN = {
  onScreen: true,
  inFront: true,
  hostShown: true,
  reminderShown: true,
  reminderFontSize: '18px',
  reminderColourOpaque: true,
  after: 'results',
};

test('a page that replaces built-ins in its own world breaks nothing of ours', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${HOSTILE}page-replaces-built-ins.html`);
  const state = page.locator('#state');
  await expect(state).toHaveAttribute('data-done', 'true');
  // Our shadow-root hook runs in the page's world: it must keep working when Reflect.apply,
  // dispatchEvent and Event are replaced, and never break the page's own attachShadow.
  await expect(state, "the page's attachShadow still works").toHaveAttribute('data-shadow-root', 'attached');
  await expect(host(page), 'the result in the page, the one added later, and the one in the shadow root attached later').toHaveAttribute(
    'data-count',
    '3',
  );
  await expect(host(page)).toHaveAttribute('data-status', 'invalid no-info');
  await expect(host(page).locator('.reminder')).toBeVisible();
  expect(errors, 'no error from the extension').toEqual([]);
});

for (const { file, name, what } of [
  { file: 'custom-element-attaches-shadow-root-first.html', name: /^shikaku-alert-[a-z0-9]+$/, what: 'attaches a closed shadow root first' },
  { file: 'custom-element-refuses-shadow-root.html', name: /^shikaku-alert-[a-z0-9]+$/, what: 'refuses shadow roots' },
  { file: 'custom-element-callbacks-hide-the-host.html', name: /^shikaku-alert-[a-z0-9]+$/, what: 'hides, empties and removes itself' },
  // A constructor that throws leaves a plain element: the contract's name is kept.
  { file: 'custom-element-constructor-throws.html', name: /^shikaku-alert$/, what: 'throws in its constructor' },
]) {
  test(`a page whose own <shikaku-alert> ${what} still gets our panel`, async ({ page }) => {
    await page.goto(HOSTILE + file);
    await expect(host(page)).toHaveCount(1);
    await expect(host(page)).toHaveAttribute('data-count', '1');
    expect(await host(page).evaluate((el) => el.localName)).toMatch(name);
    expect(await host(page).evaluate((el) => el.shadowRoot?.querySelector('.panel') !== null), 'our open shadow root').toBe(true);
    // Long enough for the page's callbacks to have run, had they been given our element.
    await page.waitForTimeout(500);
    expect(await panelAsSeen(page)).toMatchObject(SHOWN);
    const log = await page.evaluate(() => (window as unknown as { hostileLog: string[] }).hostileLog);
    expect(log, "the page's callbacks never ran on our panel").not.toContain('connected');
    expect(log).not.toContain('attribute');
  });
}

test('page rules for the host (important ones, and its style attribute) cannot hide, move or fade it', async ({ page }) => {
  await page.goto(`${HOSTILE}page-css-targets-the-host.html`);
  await expect(host(page)).toHaveCount(1);
  // The page's observer has set the style attribute and `hidden` by now.
  await expect(host(page)).toHaveAttribute('style', /display:none/);
  const seen = await panelAsSeen(page);
  expect(seen).toMatchObject(SHOWN);
  const { width, height } = seen;
  expect(width, 'not shrunk').toBeGreaterThan(600);
  expect(height, 'not shrunk').toBeGreaterThan(300);
});

test('a page that unsets every property of every element still gets a laid-out panel', async ({ page }) => {
  await page.goto(`${HOSTILE}page-css-unsets-everything.html`);
  await expect(host(page)).toHaveCount(1);
  // Every element is inline now, so no block takes the panel: it ends the body, after the last <p>.
  expect(await panelAsSeen(page)).toMatchObject({ ...SHOWN, after: 'p' });
  const layout = await host(page).evaluate((el) => {
    const panel = el.shadowRoot?.querySelector('.panel') as HTMLElement;
    return { display: getComputedStyle(el).display, border: getComputedStyle(panel).borderTopWidth };
  });
  expect(layout).toEqual({ display: 'block', border: '2px' });
});

test('a page that stacks every element at the largest z-index leaves the panel in flow, in front where it stands', async ({
  page,
}) => {
  await page.goto(`${HOSTILE}page-css-huge-z-index.html`);
  await expect(host(page)).toHaveCount(1);
  expect(await panelAsSeen(page)).toMatchObject(SHOWN);
  expect(await host(page).evaluate((el) => getComputedStyle(el).position)).toBe('static');
});

test('a page that hides every element shows no result: the extension adds nothing', async ({ page }) => {
  await page.goto(`${HOSTILE}page-css-hides-everything.html`);
  await page.waitForTimeout(1500);
  await expect(host(page)).toHaveCount(0);
  await expect(page.locator('[data-shikaku-alert-match]')).toHaveCount(0);
});

test('a panel the page removes once comes back', async ({ page }) => {
  await page.goto(`${HOSTILE}page-removes-the-panel-once.html`);
  await expect(host(page)).toHaveCount(1);
  await expect.poll(() => panelInsertions(page), { message: 'put back after the page removed it' }).toBe(2);
  await expect(host(page)).toHaveCount(1);
  expect(await panelAsSeen(page)).toMatchObject(SHOWN);
});

test('a panel put back stands as it was: neither its host nor the panel is written again', async ({ page }) => {
  await page.goto(`${HOSTILE}page-removes-the-panel-once.html`);
  await expect.poll(() => panelInsertions(page)).toBe(2);
  // The full panel with its hours and the callout's element: nothing of ours is still to come.
  await expect(host(page).locator('.print-slip')).toHaveCount(1);
  await expect(host(page).locator('.callout')).toHaveCount(1);
  // The hours are in: no call centre still says it is being looked up (statusLoading).
  await expect(host(page)).not.toContainText('受付状況を確認しています');
  const writes = await host(page).evaluate(async (el) => {
    const seen: string[] = [];
    const watch = new MutationObserver((records) => {
      for (const r of records) seen.push(`${r.target === el ? 'host' : 'panel'} ${r.type} ${r.attributeName ?? ''}`);
    });
    watch.observe(el, { attributes: true });
    // The callout beside the result may show while the panel is out: it is not the panel.
    const panel = el.shadowRoot?.querySelector('.panel') as Element;
    watch.observe(panel, { subtree: true, childList: true, attributes: true, characterData: true });
    const parent = el.parentNode as Node;
    el.remove();
    for (let i = 0; i < 100 && !el.isConnected; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => setTimeout(resolve, 300));
    watch.disconnect();
    return { back: el.parentNode === parent, seen };
  });
  expect(writes).toEqual({ back: true, seen: [] });
});

for (const { file, what } of [
  { file: 'page-removes-the-panel-on-sight.html', what: 'removes the panel' },
  { file: 'page-rebuilds-on-sight.html', what: 'rebuilds its results' },
]) {
  test(`a page that ${what} as soon as the panel appears: no fight, the page stays responsive`, async ({ page }) => {
    await page.goto(HOSTILE + file);
    const insertions = () => panelInsertions(page);
    await expect.poll(insertions, { message: 'put back a few times' }).toBeGreaterThanOrEqual(2);
    await page.waitForTimeout(2500);
    const settled = await insertions();
    // The first placement and at most 3 restores a minute (lib/content/restoreBudget.ts).
    expect(settled, 'placed at most 4 times').toBeLessThanOrEqual(4);
    const timerDelay = await page.evaluate(
      () => new Promise<number>((resolve) => {
        const start = performance.now();
        setTimeout(() => resolve(performance.now() - start), 0);
      }),
    );
    expect(timerDelay, 'the page still runs its timers at once').toBeLessThan(100);
    await page.waitForTimeout(1000);
    expect(await insertions(), 'and the fight has stopped').toBe(settled);
  });
}

test('results 100 shadow roots, 5,000 inline elements and 6 frames deep are each found', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${HOSTILE}deeply-nested-shadow-roots-and-frames.html`);
  // Read in the page: Playwright's own locator engine overflows its stack on 5,000 nested elements.
  const hosts = (frame: Frame) =>
    frame.evaluate(() => [...document.querySelectorAll('[data-count]')].map((el) => `${el.getAttribute('data-status')} ${el.getAttribute('data-count')}`));
  await expect.poll(() => hosts(page.mainFrame()), { message: 'the shadow-root and inline results, in the top document' }).toEqual([
    'invalid no-info 2',
  ]);
  const innermost = page.frames().find((frame) => frame.parentFrame() !== null && frame.childFrames().length === 0);
  expect(innermost, 'six frames deep').toBeDefined();
  await expect.poll(() => hosts(innermost as Frame)).toEqual(['invalid 1']);
  expect(errors).toEqual([]);
});
