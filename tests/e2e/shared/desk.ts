import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import { type ScenarioDocument, type ScenarioPage, sleep, topDocument } from './scenarios';

/*
 * 「窓口での確認」 (components/panel/DeskSteps.tsx) in every browser: desk.spec.ts runs these in
 * Chromium, firefox-desk.spec.ts in Firefox ESR. The browsers run in Japanese.
 */

const MESSAGES = JSON.parse(readFileSync(path.resolve('public/_locales/ja/messages.json'), 'utf8')) as Record<
  string,
  { message: string }
>;
const message = (key: string) => MESSAGES[key]?.message ?? `(no message ${key})`;
const DESK_PAGE = 'https://www.mhlw.go.jp/stf/newpage_08280.html';
const QUALIFICATION_CHECK = 'samples/qualification-check.html';

interface DeskReading {
  status: string | null;
  title: string | undefined;
  /** Height of the host (px). */
  height: number;
  desk: boolean;
  expanded: string | null;
  toggleText: string | undefined;
  toggleFocused: boolean;
  bodyShown: boolean;
  preview: string | undefined;
  previewLines: number;
  topics: { id: string | undefined; heading: string | undefined; steps: { text: string; href: string | null; target: string | null }[] }[];
}

/** The panel's 「窓口での確認」 as a person (and a screen reader) meets it; null without a panel. */
function readDesk(): DeskReading | null {
  const host = document.querySelector('shikaku-alert');
  const root = host?.shadowRoot;
  if (!host || !root) return null;
  const text = (el: Node | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
  const desk = root.querySelector('.desk');
  const toggle = desk?.querySelector('button.desk-toggle') ?? null;
  const body = desk?.querySelector<HTMLElement>('.desk-body') ?? null;
  const preview = desk?.querySelector<HTMLElement>('.desk-preview') ?? null;
  const controlsBody = body !== null && toggle?.getAttribute('aria-controls') === body.id;
  return {
    status: host.getAttribute('data-status'),
    title: text(root.querySelector('h2')),
    height: host.getBoundingClientRect().height,
    desk: desk !== null && controlsBody,
    expanded: toggle?.getAttribute('aria-expanded') ?? null,
    toggleText: text(toggle),
    toggleFocused: toggle !== null && root.activeElement === toggle,
    bodyShown: body?.checkVisibility() ?? false,
    preview: text(preview),
    previewLines: preview
      ? Math.round(preview.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(preview).lineHeight))
      : 0,
    topics: [...(desk?.querySelectorAll<HTMLElement>('.desk-topic') ?? [])].map((topic) => ({
      id: topic.dataset.topic,
      heading: text(topic.querySelector('h4')),
      steps: [...topic.querySelectorAll('li')].map((li) => ({
        text: text(li.firstChild) ?? '',
        href: li.querySelector('a')?.getAttribute('href') ?? null,
        target: li.querySelector('a')?.getAttribute('target') ?? null,
      })),
    })),
  };
}

async function deskOf(top: ScenarioDocument): Promise<DeskReading> {
  const desk = await top.evaluate(readDesk);
  if (!desk) throw new Error('No panel on the page');
  return desk;
}

/** Waits for the panel with its live hours (its full height) and the section's remembered state. */
async function openAndRead(page: ScenarioPage, file: string, expanded: 'true' | 'false'): Promise<DeskReading> {
  await page.goto(file);
  const top = topDocument(page);
  await expect
    .poll(async () => (await top.evaluate(readDesk))?.expanded, { message: `「窓口での確認」 ${expanded === 'true' ? 'unfolded' : 'folded'}`, timeout: 10_000 })
    .toBe(expanded);
  // The live hours arrive a moment after the panel; the remembered state is read from storage.
  await sleep(500);
  return deskOf(top);
}

/** Focuses the panel's × and tabs on: the next stop must be the section's button. */
async function tabToToggle(page: ScenarioPage): Promise<void> {
  const top = topDocument(page);
  await top.evaluate(() => {
    const dismiss = document.querySelector('shikaku-alert')?.shadowRoot?.querySelector<HTMLElement>('.dismiss');
    if (!dismiss) throw new Error('No × in the panel');
    dismiss.focus();
  });
  await page.pressKey('Tab');
  expect((await deskOf(top)).toggleFocused, 'Tab from × reaches 「続きを表示」').toBe(true);
}

/** 資格（無効）: folded to one line by default, unfolded by keyboard, remembered over a reload. */
export async function expectDeskStepsFoldAndRemember(page: ScenarioPage): Promise<void> {
  let desk = await openAndRead(page, QUALIFICATION_CHECK, 'false');
  expect(desk.desk, 'the section with its button controlling the steps').toBe(true);
  expect(desk.preview, 'folded: the first step').toBe(message('deskStepPortal'));
  expect(desk.previewLines, 'folded: the first step cut to one line').toBe(1);
  expect(desk.toggleText).toBe(message('deskMore'));
  expect(desk.bodyShown, 'folded: the steps are hidden').toBe(false);

  await tabToToggle(page);
  await page.pressKey('Enter');
  const top = topDocument(page);
  await expect.poll(async () => (await deskOf(top)).expanded, { message: 'Enter unfolds it' }).toBe('true');
  desk = await deskOf(top);
  expect(desk.bodyShown, 'unfolded: the steps are shown').toBe(true);
  expect(desk.toggleFocused, 'the focus stays on the button').toBe(true);
  expect(desk.toggleText).toBe(message('deskLess'));
  expect(desk.topics.map((t) => [t.id, t.heading])).toEqual([['unconfirmed', '「資格（無効）」のとき']]);
  expect(desk.topics[0]?.steps).toEqual(
    ['deskStepPortal', 'deskStepNotice', 'deskStepDeclaration', 'deskStepReturning', 'deskStepTellUs'].map((key) => ({
      text: message(key),
      href: DESK_PAGE,
      target: '_blank',
    })),
  );

  desk = await openAndRead(page, QUALIFICATION_CHECK, 'true');
  expect(desk.bodyShown, 'remembered: unfolded after a reload').toBe(true);

  // Space folds it again, and that is remembered too (this also leaves the browser as it was).
  await tabToToggle(page);
  await page.pressKey('Space');
  await expect.poll(async () => (await deskOf(top)).expanded, { message: 'Space folds it' }).toBe('false');
  desk = await openAndRead(page, QUALIFICATION_CHECK, 'false');
  expect(desk.bodyShown, 'remembered: folded after a reload').toBe(false);
}

/** Folded, the section adds at most two lines (2 × 14px × 1.6) to the panel on the sample screen. */
export async function expectDeskStepsAddAtMostTwoLines(page: ScenarioPage): Promise<{ without: number; folded: number }> {
  const folded = (await openAndRead(page, QUALIFICATION_CHECK, 'false')).height;
  await page.setUserSettings({ showDeskSteps: false });
  await page.goto(QUALIFICATION_CHECK);
  const top = topDocument(page);
  await expect.poll(async () => (await top.evaluate(readDesk))?.status, { timeout: 10_000 }).toBe('invalid');
  // The whole panel: its UI (the source at the bottom) and both lines' live hours.
  await expect
    .poll(() => top.evaluate(() => document.querySelector('shikaku-alert')?.shadowRoot?.querySelectorAll('.source, .live').length ?? 0), {
      message: 'the panel complete, without the section',
      timeout: 10_000,
    })
    .toBe(3);
  await sleep(300);
  const without = await deskOf(top);
  expect(without.desk, 'the setting turns the section off').toBe(false);
  expect(folded - without.height, `panel ${without.height}px without the section, ${folded}px with it folded`).toBeGreaterThan(0);
  expect(folded - without.height, 'growth when folded, at most two lines').toBeLessThanOrEqual(2 * 14 * 1.6);
  return { without: without.height, folded };
}

/** A suggested wording the user switched on is named, with its own first step; still `custom`. */
export async function expectSuggestedWordingNamed(page: ScenarioPage): Promise<void> {
  await page.setUserSettings({ extraPatterns: ['該当資格なし'] });
  await page.goto('tests/fixtures/desk/suggested-wording-is-named.html');
  const top = topDocument(page);
  await expect.poll(async () => (await top.evaluate(readDesk))?.status, { message: 'panel for 該当資格なし', timeout: 10_000 }).toBe('custom');
  // The section comes with the panel's UI, a moment after the first render (docs/page-contract.md#at-once).
  await expect.poll(async () => (await deskOf(top)).preview, { message: 'the desk steps arrive', timeout: 10_000 }).toBeDefined();
  const desk = await deskOf(top);
  expect(desk.title, 'the panel names the wording').toBe('「該当資格なし」と表示されています');
  expect(desk.preview, 'its own first step: re-check the numbers').toBe(message('deskStepRecheck'));
  expect(desk.topics.map((t) => [t.id, t.heading, t.steps[0]?.text])).toEqual([
    ['noEligible', '「該当資格なし」のとき', message('deskStepRecheck')],
  ]);
}
