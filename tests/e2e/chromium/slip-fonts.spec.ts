import type { Page } from '@playwright/test';
import type { SlipLanguage } from '../../../lib/slip/languages';
import { expect, test } from './extension';

/*
 * No character of any slip is drawn as a missing-glyph box (.notdef, "tofu").
 *
 * Two checks, because neither alone is enough:
 * 1. Per character, in the page: each distinct character of the sheet is drawn on a canvas in the
 *    font of the element that holds it, and compared with a code point that no font has (U+0378,
 *    unassigned). The browser's font fallback is the same as for the page, so if no installed font
 *    has the character, it is drawn as that same .notdef box and the two pictures are equal. The
 *    probe is first checked to be a visible box, so the comparison can fail.
 * 2. Per element, over the DevTools protocol: CSS.getPlatformFontsForNode names the fonts that
 *    really drew each element's text. Thai and Nepali text must be drawn by a font for that script
 *    (fonts-noto-core here, Leelawadee UI / Nirmala UI on Windows), Chinese and Korean by a CJK font:
 *    a box from a wrong font would not pass check 1, a right glyph from a font that happens to
 *    cover it is fine, but the script's own font is what makes the text readable (shaping).
 */

const LANGUAGES: SlipLanguage[] = ['ja', 'en', 'zh', 'ko', 'es', 'pt', 'vi', 'th', 'id', 'tl', 'ne'];
/** Per script: the characters, and the fonts (Debian's, or Windows') that should draw them. */
const SCRIPTS = [
  { script: 'Thai', chars: /\p{Script=Thai}/u, font: /Thai|Leelawadee/ },
  { script: 'Devanagari', chars: /\p{Script=Devanagari}/u, font: /Devanagari|Nirmala/ },
  { script: 'Hangul', chars: /\p{Script=Hangul}/u, font: /CJK|Malgun/ },
  { script: 'Han and kana', chars: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u, font: /CJK|YaHei|Gothic|Meiryo|Hiragino/ },
];

/** Characters of the sheet drawn as the .notdef box, with the font they were asked for. */
function missingGlyphs(page: Page): Promise<{ probeVisible: boolean; detects: boolean; checked: number; missing: string[] }> {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 64;
    const ctx = canvas.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D;
    const draw = (text: string, font: string) => {
      ctx.clearRect(0, 0, 64, 64);
      ctx.font = `40px ${font}`;
      ctx.fillText(text, 8, 48);
      return ctx.getImageData(0, 0, 64, 64).data;
    };
    const same = (a: Uint8ClampedArray, b: Uint8ClampedArray) => a.every((v, i) => v === b[i]);
    const sheet = document.querySelector('.sheet') as HTMLElement;
    const walker = document.createTreeWalker(sheet, NodeFilter.SHOW_TEXT);
    const seen = new Map<string, string>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const font = getComputedStyle(node.parentElement as Element).fontFamily;
      for (const char of node.textContent ?? '') if (!/\s/u.test(char)) seen.set(`${char}\u0000${font}`, font);
    }
    const probes = new Map<string, Uint8ClampedArray>();
    let probeVisible = true;
    // Another unassigned code point must compare equal to the probe: the check does catch a box.
    let detects = true;
    const missing: string[] = [];
    for (const [key, font] of seen) {
      let probe = probes.get(font);
      if (!probe) {
        probe = draw('\u0378', font);
        probes.set(font, probe);
        probeVisible &&= probe.some((v, i) => i % 4 === 3 && v > 0);
        detects &&= same(draw('\u0379', font), probe);
      }
      const char = key.split('\u0000')[0] ?? '';
      if (same(draw(char, font), probe)) missing.push(`${char} U+${char.codePointAt(0)?.toString(16).toUpperCase()} (${font})`);
    }
    return { probeVisible, detects, checked: seen.size, missing };
  });
}

/** The platform fonts that drew the text of each element of the sheet. */
async function platformFonts(page: Page): Promise<{ text: string; fonts: string[] }[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '.sheet, .sheet *' });
  const out: { text: string; fonts: string[] }[] = [];
  for (const nodeId of nodeIds) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    if (fonts.length === 0) continue;
    const { object } = await cdp.send('DOM.resolveNode', { nodeId });
    // The element's own text (its text-node children): what these fonts drew.
    const own = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId ?? '',
      functionDeclaration:
        'function () { return [...this.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join(""); }',
      returnByValue: true,
    });
    out.push({ text: String(own.result.value), fonts: fonts.map((f) => f.familyName) });
  }
  await cdp.detach();
  return out;
}

for (const language of LANGUAGES) {
  test(`the ${language} slip has a glyph for every character, from a font for its script`, async ({ page, worker, extensionId }) => {
    await worker.evaluate((l) => chrome.storage.local.set({ slipLanguage: l }), language);
    await page.goto(`chrome-extension://${extensionId}/slip.html?print=0`);
    await expect(page.locator('.desk[data-ready="true"]')).toBeVisible();
    await page.evaluate(() => document.fonts.ready);

    const glyphs = await missingGlyphs(page);
    expect(glyphs.probeVisible, 'the .notdef probe draws a visible box (else the check proves nothing)').toBe(true);
    expect(glyphs.detects, 'another unassigned code point is recognised as a box').toBe(true);
    expect(glyphs.checked, 'characters checked').toBeGreaterThan(20);
    expect(glyphs.missing, `${language}: drawn as a missing-glyph box`).toEqual([]);

    const used = await platformFonts(page);
    const fonts = new Set(used.flatMap((u) => u.fonts));
    console.log(`slip ${language}: ${glyphs.checked} characters, fonts: ${[...fonts].join(', ')}`);
    expect([...fonts].filter((f) => /last ?resort/i.test(f)), 'a last-resort font drew text').toEqual([]);
    // Every slip but Japanese names the line's ten languages in their scripts: Thai and Devanagari included.
    if (language !== 'ja') expect([...fonts].some((f) => /Thai|Leelawadee/.test(f)), 'a Thai font drew ภาษาไทย').toBe(true);
    for (const { script, chars, font } of SCRIPTS) {
      for (const { text, fonts: drawnBy } of used.filter((u) => chars.test(u.text))) {
        expect(drawnBy.some((f) => font.test(f)), `${language}: ${script} text 「${text}」 drawn by ${drawnBy.join(', ')}`).toBe(true);
      }
    }
  });
}
