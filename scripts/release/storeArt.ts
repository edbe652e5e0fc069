// The promo tiles (docs/store/templates/tile.html, texts from the Japanese listing) and the store
// icon (assets/icon.svg), rendered by Chromium: generated, never drawn by hand.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium } from '@playwright/test';
import type { Listing } from './listing';
import { IMAGE_SIZES } from './storeRules';
import { escapeHtml, fillTemplate, pngDataUrl, readTemplate } from './template';

function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

async function render(browser: Browser, size: { width: number; height: number }, html: string, transparent = false): Promise<Buffer> {
  const page = await browser.newPage({ viewport: size, deviceScaleFactor: 1 });
  try {
    await page.setContent(html);
    await page.evaluate(() => Promise.all([...document.images].map((img) => img.decode().catch(() => undefined))));
    await page.evaluate(() => document.fonts.ready);
    return await page.screenshot({ type: 'png', omitBackground: transparent, animations: 'disabled' });
  } finally {
    await page.close();
  }
}

export interface ArtInput {
  root: string;
  executablePath: string;
  /** The extension's name in the listing's language (from the package's manifest). */
  name: string;
  listing: Listing;
  /** The real panel, shown on the marquee. */
  panel: Buffer;
}

/** promo-small (440×280), marquee (1400×560), both RGBA from Chromium; icon-128 with alpha. */
export async function renderArt(input: ArtInput): Promise<Map<string, Buffer>> {
  const svg = readFileSync(path.join(input.root, 'assets/icon.svg'), 'utf8');
  const template = readTemplate(input.root, 'tile.html');
  const tile = (size: 'small' | 'marquee') =>
    fillTemplate(template, {
      size,
      icon: svgDataUrl(svg),
      name: input.name,
      headline: input.listing.promo.headline,
      points: { html: input.listing.promo.points.map((point) => `<li>${escapeHtml(point)}</li>`).join('') },
      shot: pngDataUrl(input.panel),
    });
  const browser = await chromium.launch({ executablePath: input.executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const art = new Map<string, Buffer>();
    art.set('promo-small-440x280', await render(browser, IMAGE_SIZES.promoSmall, tile('small')));
    art.set('marquee-1400x560', await render(browser, IMAGE_SIZES.marquee, tile('marquee')));
    // Chrome: 96×96 artwork in a 128×128 icon, transparent around it.
    const { width } = IMAGE_SIZES.icon;
    const artwork = IMAGE_SIZES.iconArtwork;
    const offset = (width - artwork) / 2;
    const icon = `<body style="margin:0"><img style="position:absolute;left:${offset}px;top:${offset}px" width="${artwork}" height="${artwork}" src="${svgDataUrl(svg)}"></body>`;
    art.set('icon-128', await render(browser, IMAGE_SIZES.icon, icon, true));
    return art;
  } finally {
    await browser.close();
  }
}
