import type { Page } from '@playwright/test';
import { expect, panel, setUserSettings, test } from './extension';

/*
 * The first render (docs/page-contract.md#at-once) is the panel's own markup, pre-rendered at build
 * time (modules/first-panel.ts) and filled in the task that found the result: the nodes the content
 * script shows then are the nodes Preact adopts when the panel's UI loads, so the reminder is
 * announced once, worded for the role from the start.
 */

interface FirstAlert {
  node: Element;
  text: string | null;
  /** Only the panel's UI renders the print button. */
  uiRendered: boolean;
}

/** The page marks the reminder as soon as our host enters its DOM, before the panel's UI loads. */
async function markFirstAlert(page: Page): Promise<void> {
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const shadow = document.querySelector('shikaku-alert')?.shadowRoot;
      const node = shadow?.querySelector('[role="alert"]');
      if (!shadow || !node) return;
      observer.disconnect();
      const first: FirstAlert = { node, text: node.textContent, uiRendered: shadow.querySelector('.print-slip') !== null };
      (window as unknown as { firstAlert: FirstAlert }).firstAlert = first;
    }).observe(document, { childList: true, subtree: true });
  });
}

const REMINDERS = {
  clinic: '電子処方箋は発行できません。紙の処方箋を発行してください。',
  pharmacy: '電子処方箋は受け付けられません（処方箋情報の登録・取得ができません）。紙の処方箋で対応してください。',
} as const;

for (const role of ['clinic', 'pharmacy'] as const) {
  test(`${role}: Preact adopts the role="alert" node the first render showed, with the same text`, async ({ page, worker }) => {
    await setUserSettings(worker, { role });
    await markFirstAlert(page);
    await page.goto('samples/qualification-check.html');
    const host = panel(page);
    await expect(host.locator('.print-slip'), "the panel's UI has rendered").toHaveCount(1);
    const alert = await host.evaluate((el) => {
      const first = (window as unknown as { firstAlert?: FirstAlert }).firstAlert;
      const now = el.shadowRoot?.querySelector('[role="alert"]');
      return { marked: first !== undefined, uiRenderedWhenMarked: first?.uiRendered, same: first?.node === now, before: first?.text, after: now?.textContent };
    });
    expect(alert).toEqual({ marked: true, uiRenderedWhenMarked: false, same: true, before: REMINDERS[role], after: REMINDERS[role] });
  });
}
