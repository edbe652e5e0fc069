import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { LANGUAGE_NAMES, type SlipLanguage } from '../../../lib/slip/languages';
import { SLIP_TEXT } from '../../../lib/slip/text';
import { expect, setTestClock, test } from './extension';
import { qrText } from './qrCode';

// The patient slip in Japanese and the foreign-language line's ten languages
// (docs/domain.md#foreign-language-line): each renders in its script with its lang, fits every
// paper size, sends the patient to 0120-0178-26 with its hours and its English page's QR code.

const LANGUAGES: SlipLanguage[] = ['ja', 'en', 'zh', 'ko', 'es', 'pt', 'vi', 'th', 'id', 'tl', 'ne'];
const SIZES = ['A4', 'A5', 'A6', 'receipt80', 'receipt58'] as const;
const ENGLISH_PAGE = 'https://www.kojinbango-card.go.jp/en-otoiawase/';
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

async function openSlip(page: Page, extensionId: string): Promise<Locator> {
  await page.goto(`chrome-extension://${extensionId}/slip.html?print=0`);
  await expect(page.locator('.desk[data-ready="true"]'), 'slip page never finished loading').toBeVisible();
  return page.locator('.sheet');
}

/** How far the sheet's content runs past its bottom and its right edge, in CSS px. */
function overflowOf(sheet: Locator): Promise<{ bottom: number; right: number }> {
  return sheet.evaluate((el) => {
    const box = el.getBoundingClientRect();
    let right = el.scrollWidth - el.clientWidth;
    for (const child of el.querySelectorAll('*')) right = Math.max(right, child.getBoundingClientRect().right - box.right);
    return { bottom: el.scrollHeight - el.clientHeight, right };
  });
}

/** Pages of a printed PDF: page objects, not the /Pages tree nodes. */
async function printedPages(page: Page): Promise<number> {
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  return pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

for (const language of LANGUAGES) {
  test(`the ${language} slip: its script and lang, 0120-0178-26 or the free dial, its hours, every paper size`, async ({
    page,
    worker,
    extensionId,
  }) => {
    test.setTimeout(60_000);
    await setTestClock(worker, '2026-11-29T10:00:00+09:00');
    await worker.evaluate((l) => chrome.storage.local.set({ slipLanguage: l }), language);
    const sheet = await openSlip(page, extensionId);
    const text = SLIP_TEXT[language];
    const japanese = language === 'ja';
    await expect(sheet).toHaveAttribute('lang', LANGUAGE_NAMES[language].tag);
    await expect(sheet.locator('.number')).toHaveText(japanese ? '0120-95-0178' : '0120-0178-26');
    await expect(sheet.locator('.line-name')).toHaveText(text.lineName);
    // The line's hours (the same calendar as 0120-95-0178), in the slip's words.
    await expect(sheet.locator('.week > span')).toHaveText([
      `${text.weekday} 9:30${text.rangeDash}20:00`,
      `${[text.saturday, text.sunday, text.holiday].join(text.listJoiner)} 9:30${text.rangeDash}17:30`,
      /29.*3|3.*29/,
    ]);
    await expect(sheet.locator('.hours dt')).toHaveText(text.hours);
    const all = (await sheet.textContent()) ?? '';
    expect(all, 'the lost-card line is never offered').not.toContain('0120-0178-27');
    expect(all, 'the paid Navi Dial is never offered').not.toContain('0570-064-738');
    if (!japanese) {
      await expect(sheet.locator('.staff-language')).toHaveText(`${LANGUAGE_NAMES[language].own}（${LANGUAGE_NAMES[language].name.ja}）`);
      await expect(sheet.locator('.languages [lang]')).toHaveCount(10);
      await expect(sheet.locator('.topic [lang="ja"]')).toContainText('マイナンバーカードの健康保険証利用について');
      expect(await qrText(page, sheet), 'QR code of the English contact page').toBe(ENGLISH_PAGE);
    }
    for (const size of SIZES) {
      await page.getByLabel('用紙').selectOption(size);
      await expect(sheet).toHaveAttribute('data-size', size);
      const overflow = await overflowOf(sheet);
      expect(overflow.right, `${language} ${size}: text runs past the right edge`).toBeLessThanOrEqual(0.5);
      if (!size.startsWith('receipt')) expect(overflow.bottom, `${language} ${size}: text runs past the bottom`).toBeLessThanOrEqual(0);
      // The smallest sheet and the narrowest roll, printed: one page each (the roll's length
      // follows the sheet through the @page rule, so wait for it to catch up first).
      if (size === 'A6' || size === 'receipt58') {
        await expect
          .poll(() =>
            page.evaluate(() => {
              const length = Number(/size: \S+ ([\d.]+)mm/.exec(document.querySelector('#app > style')?.textContent ?? '')?.[1]);
              const sheetMm = (document.querySelector('.sheet') as HTMLElement).getBoundingClientRect().height / (96 / 25.4);
              return length >= sheetMm && length - sheetMm < 1.5;
            }),
          )
          .toBe(true);
        expect(await printedPages(page), `${language} ${size}: printed pages`).toBe(1);
      }
      console.log(`slip ${language} ${size}: type scale ${await sheet.evaluate((el) => el.style.getPropertyValue('--fit'))}`);
    }
  });
}

test('the language picker is a labelled control that works from the keyboard, and is remembered', async ({ page, worker, extensionId }) => {
  await worker.evaluate(() => chrome.storage.local.remove('slipLanguage'));
  const sheet = await openSlip(page, extensionId);
  await expect(sheet, 'Japanese by default in a Japanese browser').toHaveAttribute('lang', 'ja');
  const picker = page.getByLabel('言語');
  await expect(picker.locator('option')).toHaveCount(11);
  await expect(picker.locator('option[value="vi"]')).toHaveText('Tiếng Việt（ベトナム語）');
  // Tab from the page's start reaches the picker, then the arrow keys choose (a closed native select).
  for (let i = 0; i < 5 && !(await picker.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(picker).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(sheet).toHaveAttribute('lang', 'en');
  await page.keyboard.press('ArrowDown');
  await expect(sheet).toHaveAttribute('lang', 'zh-Hans');
  await expect(sheet.locator('.title')).toHaveText(SLIP_TEXT.zh.title);
  await page.reload();
  await expect(page.locator('.desk[data-ready="true"]')).toBeVisible();
  await expect(page.locator('.sheet'), 'remembered after a reload').toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByLabel('言語')).toHaveValue('zh');
});

for (const language of ['ja', 'th', 'ne', 'ko', 'vi'] as const) {
  test(`axe: no WCAG 2.1 AA violation on the slip page in ${language}`, async ({ page, worker, extensionId }) => {
    await worker.evaluate((l) => chrome.storage.local.set({ slipLanguage: l }), language);
    await openSlip(page, extensionId);
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
      const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return violations.flatMap((v) => v.nodes.map((n) => `${v.id} ${JSON.stringify(n.target)}`));
    });
    expect(violations).toEqual([]);
  });
}
