import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from '@playwright/test';
import { PNG } from 'pngjs';
import { type ScenarioPage, topDocument } from './scenarios';

/*
 * Nothing of ours prints (docs/page-contract.md#nothing-of-ours-prints), for every browser
 * (chromium/print.spec.ts, firefox/print.spec.ts): the 100-row reception list, with the panel far
 * below, the callout open beside row 7 and the result outlined, is printed to PDF by the browser's
 * own print path. The PDF is read with Debian's poppler-utils (pdftotext, pdftoppm).
 */

const SAMPLE = 'samples/reception-list-long.html';
// The highlight's outline colour (components/panel/highlight.css), also the panel's accent.
const OUTLINE = [0xb9, 0x3a, 0x0b];

interface Screen {
  /** Lines of our UI (panel and callout) as a person reads them. */
  ours: string[];
  /** Text of the page itself: its heading, the cells of the result's row and of the last row. */
  pages: string[];
  calloutOpen: boolean;
  outline: string;
}

function readScreen(): Screen {
  const host = document.querySelector('shikaku-alert');
  const shadow = host?.shadowRoot;
  // A table row's cells come tab-separated; pdftotext reads a printed table column by column.
  const lines = (el: Element | null | undefined, min = 6) =>
    // biome-ignore lint/performance/useDomNodeTextContent: the lines a person reads, as printed
    ((el as HTMLElement | null)?.innerText ?? '').split(/[\n\t]/u).map((l) => l.trim()).filter((l) => l.length >= min);
  const callout = shadow?.querySelector('.callout');
  const rows = document.querySelectorAll('#patients tr');
  const match = document.querySelector('[data-shikaku-alert-match]');
  return {
    ours: [...lines(shadow?.querySelector('.panel')), ...lines(callout)],
    pages: [...lines(document.querySelector('h1'), 2), ...lines(match?.closest('tr'), 2), ...lines(rows[rows.length - 1], 2)],
    calloutOpen: callout?.matches(':popover-open') ?? false,
    outline: match ? getComputedStyle(match).outline : '',
  };
}

/** Text as pdftotext gives it, without the white space its layout puts in. */
function compact(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** Pixels of the outline colour on the PDF's pages, rendered at 96 dpi (the 2 px outline's size). */
function outlinePixels(file: string, dir: string): number {
  execFileSync('pdftoppm', ['-r', '96', '-png', file, path.join(dir, 'page')]);
  let count = 0;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.png'))) {
    const { data } = PNG.sync.read(readFileSync(path.join(dir, name)));
    for (let i = 0; i < data.length; i += 4) {
      if (OUTLINE.every((c, k) => Math.abs((data[i + k] as number) - c) <= 8)) count++;
    }
  }
  return count;
}

export async function expectNothingOfOursPrints(page: ScenarioPage): Promise<void> {
  await page.goto(SAMPLE);
  const top = topDocument(page);
  await expect
    .poll(async () => (await top.evaluate(readScreen)).calloutOpen, { message: 'on screen: the callout beside row 7', timeout: 10_000 })
    .toBe(true);
  // The panel's UI (with its source notice) comes a moment after the first render.
  await expect.poll(async () => (await top.evaluate(readScreen)).ours.some((l) => l.includes('令和5年6月6日')), { timeout: 10_000 }).toBe(true);
  const screen = await top.evaluate(readScreen);
  expect(screen.outline, 'on screen: the result is outlined').toMatch(/solid/);
  const dir = mkdtempSync(path.join(tmpdir(), 'shikaku-alert-print-'));
  try {
    const file = path.join(dir, 'printout.pdf');
    writeFileSync(file, await page.printToPdf());
    const printed = compact(pdfText(file));
    for (const line of screen.pages) expect(printed, `the page's own text is in the printout: ${line}`).toContain(compact(line));
    const leaked = screen.ours.filter((line) => printed.includes(compact(line)));
    expect(leaked, 'lines of our panel or callout in the printout').toEqual([]);
    expect(outlinePixels(file, dir), 'pixels of our outline (or the panel accent) in the printout').toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
