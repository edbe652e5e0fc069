// `npm run icons`: renders assets/icon.svg to the PNG sizes the manifest lists (public/icon/<size>.png,
// which WXT picks up), with the installed Chromium, so the PNGs are generated, never hand-drawn.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { ensureChromium, root } from './lib/setup.mjs';

// 16 toolbar, 32 toolbar at 2x and Windows, 48 the extensions page, 128 the stores and installs.
const SIZES = [16, 32, 48, 128];
const SOURCE = path.join(root, 'assets/icon.svg');
const OUT_DIR = path.join(root, 'public/icon');

const svg = readFileSync(SOURCE, 'utf8');
const browser = await chromium.launch({ executablePath: ensureChromium(), args: ['--no-sandbox', '--disable-gpu'] });
try {
  mkdirSync(OUT_DIR, { recursive: true });
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    // The SVG drawn at the target size (not a large image scaled down), on a transparent page.
    await page.setContent(
      `<body style="margin:0"><img width="${size}" height="${size}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    const file = path.join(OUT_DIR, `${size}.png`);
    await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
    console.log(path.relative(root, file));
  }
} finally {
  await browser.close();
}
