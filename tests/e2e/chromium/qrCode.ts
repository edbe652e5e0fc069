import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from '@playwright/test';

const JSQR = readFileSync(createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js'), 'utf8');

/** The text of the slip's QR code, read back from its drawing with jsQR. */
export async function qrText(page: Page, sheet: Locator): Promise<string | null> {
  // The extension page's CSP forbids inline scripts (addScriptTag); evaluate runs over DevTools.
  await page.evaluate(`(() => { const module = { exports: {} }; const exports = module.exports; ${JSQR}; window.jsQR = module.exports.default ?? module.exports; })()`);
  return sheet.locator('.qr svg').evaluate(async (svg) => {
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.outerHTML)}`;
    await image.decode();
    // 400 px with a white quiet zone around it, as on paper.
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 480;
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 480, 480);
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(image, 40, 40, 400, 400);
    const { data, width, height } = ctx.getImageData(0, 0, 480, 480);
    const jsQR = (window as unknown as { jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null }).jsQR;
    return jsQR(data, width, height)?.data ?? null;
  });
}
