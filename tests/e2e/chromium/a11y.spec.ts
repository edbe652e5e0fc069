import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { launchWithExtension } from '../../../scripts/lib/launch.mjs';
import { EXTENSION_DIR, expect, panel, setTestClock, test } from './extension';

/*
 * Accessibility of the panel, the popup and the options page: axe-core (WCAG 2.1 A and AA) in
 * light and dark mode, keyboard use, one announcement per appearance, forced colours, 200% zoom
 * and reduced motion.
 *
 * Keyboard: Tab reaches every control of the panel in reading order (×, both numbers, the slip,
 * the sources), each with a visible focus ring. Escape while focus is in the panel closes it, as ×
 * does, and goes no further: the page (and the modal dialog the panel may sit in) never sees it.
 * Escape elsewhere is the page's own. Focus then continues from where the panel was.
 */

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe's violations in `scope` (the panel host, or the whole document). Injected through the
 * DevTools protocol, which extension pages' CSP does not apply to; axe walks open shadow roots.
 */
async function axeViolations(page: Page, scope: 'document' | 'panel'): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(
    async ({ scope, tags }) => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
      const context = scope === 'panel' ? document.querySelector('shikaku-alert') : document;
      const { violations } = await axe.run(context, { runOnly: { type: 'tag', values: tags } });
      return violations.flatMap((v) => v.nodes.map((n) => `${v.id} ${JSON.stringify(n.target)}`));
    },
    { scope, tags: WCAG_21_AA },
  );
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe: no WCAG 2.1 AA violation in the panel, popup and options page (${colorScheme})`, async ({ context, page, extensionId }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('samples/patient-list.html');
    await expect(panel(page)).toHaveAttribute('data-count', '3');
    // The live hours have arrived: the panel is complete.
    await expect(panel(page).locator('.line-freeDial .today')).toBeVisible();
    expect(await axeViolations(page, 'panel'), 'panel').toEqual([]);

    const extensionPage = await context.newPage();
    await extensionPage.emulateMedia({ colorScheme });
    await extensionPage.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(extensionPage.locator('.line-freeDial .today')).toBeVisible();
    expect(await axeViolations(extensionPage, 'document'), 'popup').toEqual([]);
    await extensionPage.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(extensionPage.locator('[data-setting="role"]')).toBeVisible();
    expect(await axeViolations(extensionPage, 'document'), 'options page').toEqual([]);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe: no WCAG 2.1 AA violation in the panel with 「窓口での確認」 unfolded (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('samples/patient-list.html');
    const toggle = panel(page).getByRole('button', { name: '続きを表示' });
    await toggle.click();
    await expect(panel(page).getByRole('button', { name: '折りたたむ' })).toHaveAttribute('aria-expanded', 'true');
    await expect(panel(page).locator('.desk-topic li')).toHaveCount(5);
    await expect(panel(page).locator('.line-freeDial .today')).toBeVisible();
    expect(await axeViolations(page, 'panel'), 'panel, unfolded').toEqual([]);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe: no WCAG 2.1 AA violation with the callout shown beside a result (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('tests/fixtures/callout/patient-list.html?row=6');
    await expect(panel(page).locator('.callout')).toBeVisible();
    await expect(panel(page).locator('.callout-open')).toHaveText('案内を見る');
    expect(await axeViolations(page, 'panel'), 'panel and callout').toEqual([]);
    // The callout is no second alert: the panel's reminder stays the only live region.
    expect(await panel(page).locator('[role="alert"], [aria-live]').count(), 'live regions in the host').toBe(1);
  });
}

/** The focused element, looking into shadow roots. */
function deepFocus(page: Page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return null;
    const style = getComputedStyle(el);
    const inPanel = (el.getRootNode() as ShadowRoot).host?.localName === 'shikaku-alert';
    const name = el.getAttribute('aria-label') ?? el.getAttribute('href') ?? el.textContent?.trim() ?? '';
    return { inPanel, name, ring: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2 };
  });
}

test('keyboard: Tab reaches every control of the panel in order, each with a visible focus ring', async ({ page }) => {
  await page.goto('samples/qualification-check.html');
  await expect(panel(page)).toHaveCount(1);
  const stops: { name: string; ring: boolean }[] = [];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const focus = await deepFocus(page);
    if (focus?.inPanel) stops.push({ name: focus.name, ring: focus.ring });
    else if (stops.length > 0) break;
  }
  expect(stops.map((s) => s.name)).toEqual([
    'この案内を閉じる',
    '続きを表示',
    'tel:0120950178',
    'tel:08000804583',
    '患者さん向け案内を印刷',
    'https://www.mhlw.go.jp/stf/newpage_08277.html#Q21',
    'https://www.mhlw.go.jp/stf/newpage_24976.html#Q21',
    'https://www.kojinbango-card.go.jp/contact/tel/',
    'https://www.iryohokenjyoho-portalsite.jp/post-7.html',
  ]);
  expect(stops.filter((s) => !s.ring), 'without a focus ring').toEqual([]);
});

test('keyboard: Escape in the panel closes it, and only it: the modal dialog stays open', async ({ page }) => {
  await page.goto('tests/fixtures/hostile/result-in-modal-dialog.html');
  const host = panel(page);
  await expect(host).toHaveCount(1);
  await page.keyboard.press('Escape');
  // Escape elsewhere is the page's: it closed the dialog, and the panel went with its result.
  await expect(page.locator('dialog')).not.toHaveAttribute('open');
  await page.getByRole('button', { name: '詳細' }).click();
  await expect(host).toHaveCount(1);
  await host.getByRole('link', { name: '0800-080-4583' }).focus();
  await page.keyboard.press('Escape');
  await expect(host, 'closed by Escape').toHaveCount(0);
  await expect(page.locator('dialog'), 'the dialog did not get the Escape').toHaveAttribute('open');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.id), 'focus goes on from where the panel was').toBe('close');
});

test('announced once: the alert keeps its node and text while the live hours refresh and the count changes', async ({
  page,
  worker,
}) => {
  // A Wednesday morning: both lines open.
  await setTestClock(worker, '2026-01-07T10:00:00+09:00');
  await page.goto('samples/qualification-check.html');
  const host = panel(page);
  await expect(host.locator('.line-institutions .state')).toContainText('受付中');
  await host.evaluate((el) => {
    const alert = el.shadowRoot?.querySelector('[role="alert"]') as Element & { original?: boolean };
    alert.original = true;
    const changes: string[] = [];
    (window as unknown as { alertChanges: string[] }).alertChanges = changes;
    new MutationObserver((records) => {
      for (const r of records) if (alert.contains(r.target) || r.removedNodes.length > 0) changes.push(`${r.type} in ${r.target.nodeName}`);
    }).observe(el.shadowRoot as ShadowRoot, { subtree: true, childList: true, characterData: true, attributes: true });
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.removedNodes) if (n === el) changes.push('host removed');
    }).observe(el.parentNode as Node, { childList: true });
  });

  // The evening: both lines closed. The panel refreshes when its tab becomes visible again.
  await setTestClock(worker, '2026-01-07T21:00:00+09:00');
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await expect(host.locator('.line-institutions .state'), 'the live hours did refresh').toContainText('受付時間外');
  // A second result: the count appears.
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = '資格情報なし';
    document.querySelector('main')?.append(p);
  });
  await expect(host).toHaveAttribute('data-count', '2');
  const alert = await host.evaluate((el) => {
    const node = el.shadowRoot?.querySelector('[role="alert"]') as (Element & { original?: boolean }) | null;
    return { same: node?.original === true, text: node?.textContent, changes: (window as unknown as { alertChanges: string[] }).alertChanges };
  });
  expect(alert).toEqual({ same: true, text: '電子処方箋は発行できません。紙の処方箋を発行してください。', changes: [] });
});

/** Contrast ratio of two computed colours (WCAG relative luminance). */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, bl] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
      const v = Number(c) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

test('forced colours: system colours, readable text, a visible border and focus ring', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('samples/qualification-check.html');
  await expect(panel(page)).toHaveCount(1);
  const colours = await panel(page).evaluate((el) => {
    const root = el.shadowRoot as ShadowRoot;
    const style = (selector: string) => getComputedStyle(root.querySelector(selector) as Element);
    return {
      forced: matchMedia('(forced-colors: active)').matches,
      panelBorder: `${style('.panel').borderTopStyle} ${style('.panel').borderTopWidth}`,
      panel: [style('.panel').color, style('.panel').backgroundColor],
      head: [style('.head h2').color, style('.head').backgroundColor],
      reminder: [style('.reminder').color, style('.reminder').backgroundColor],
    };
  });
  expect(colours.forced).toBe(true);
  expect(colours.panelBorder).toBe('solid 2px');
  for (const [text, background] of [colours.panel, colours.head, colours.reminder] as [string, string][]) {
    expect(contrast(text, background), `${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
  }
  await panel(page).getByRole('button', { name: 'この案内を閉じる' }).focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  expect((await deepFocus(page))?.ring, 'focus ring').toBe(true);
});

test('reduced motion: the panel appears without animation', async ({ page }) => {
  const animation = (host: Locator) =>
    host.evaluate((el) => getComputedStyle(el.shadowRoot?.querySelector('.panel') as Element).animationName);
  await page.goto('samples/qualification-check.html');
  expect(await animation(panel(page)), 'animated by default (so the check can see one)').toBe('sa-appear');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.reload();
  await expect(panel(page)).toHaveCount(1);
  expect(await animation(panel(page))).toBe('none');
});

test.describe('at 200% zoom (640×400 CSS pixels at device scale 2)', () => {
  test.use({
    context: async ({ lang }, use) => {
      const { context } = await launchWithExtension({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        extensionDir: EXTENSION_DIR,
        lang,
        viewport: { width: 640, height: 400 },
        deviceScaleFactor: 2,
      });
      await use(context);
      await context.close();
    },
  });

  for (const sample of [
    'samples/qualification-check.html',
    'samples/pharmacy-eprescription.html',
    'tests/fixtures/hostile/result-in-narrow-side-pane.html',
  ]) {
    test(`${sample}: the panel fits, nothing inside it scrolls sideways or is cut off`, async ({ page }) => {
      await page.goto(sample);
      await expect(panel(page).locator('.line-freeDial .today')).toBeVisible();
      const fit = await panel(page).evaluate((el) => {
        const root = el.shadowRoot as ShadowRoot;
        const box = (root.querySelector('.panel') as HTMLElement).getBoundingClientRect();
        const inner = root.querySelector('.panel') as HTMLElement;
        const cut: string[] = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement as HTMLElement;
          if (!node.textContent?.trim() || !parent.checkVisibility() || parent.closest('.visually-hidden, style')) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const rect of range.getClientRects()) {
            if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5) cut.push(node.textContent.trim());
          }
        }
        return {
          withinViewport: el.getBoundingClientRect().right <= document.documentElement.clientWidth,
          scrollsSideways: inner.scrollWidth > inner.clientWidth,
          cut,
        };
      });
      expect(fit).toEqual({ withinViewport: true, scrollsSideways: false, cut: [] });
    });
  }
});
