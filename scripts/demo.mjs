// `npm run demo`: builds the extension and shows it on the sample screens (samples/).
// With a display it opens a real browser window; without one (CI, SSH) it writes screenshots.
// Only node: built-ins and the set-up are imported up front: on a new machine nothing else is
// installed until prepareProductionBuild() has run `npm ci`.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { prepareProductionBuild, root } from './lib/setup.mjs';

const EXTENSION_DIR = path.join(root, '.output/chrome-mv3');
const SHOTS = path.join(root, 'out/screenshots');

// The pharmacy screen is shot with the role a pharmacy would choose in the popup, so that the
// screenshot shows the reminder worded for pharmacies.
const SCREENS = [
  { name: 'qualification-check', title: 'オンライン資格確認 — 資格確認結果', expectPanel: true },
  { name: 'patient-list', title: '本日の受付一覧', expectPanel: true },
  // The panel lies 4,000 px below the list: the first screen shows the callout beside patient 7.
  { name: 'reception-list-long', title: '受付一覧（100 名）', expectPanel: true, firstScreenOnly: true },
  { name: 'pharmacy-eprescription', title: '薬局 — 電子処方箋の受付', expectPanel: true, role: 'pharmacy' },
  { name: 'no-match', title: '受付状況（全員有効）', expectPanel: false },
];

// The patient slip in three of its languages and scripts (Latin with stacked diacritics,
// Devanagari, Latin), at A6 drawn at twice the pixels so that the small type can be read.
const SLIP_LANGUAGES = ['vi', 'ne', 'pt'];

function fail(message) {
  console.error(`\n✗ ${message}`);
  process.exitCode = 1;
}

async function setRole(worker, role) {
  await worker.evaluate(async (value) => {
    const { settings = {} } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...settings, role: value } });
  }, role);
}

/** Opens one screen, waits for the panel (or for its absence) and returns what the page got. */
async function openScreen(context, worker, screen) {
  await setRole(worker, screen.role ?? 'clinic');
  const page = await context.newPage();
  await page.goto(`${BASE}${screen.name}.html`);
  const panel = page.locator('shikaku-alert');
  if (screen.expectPanel) {
    await panel.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {});
    // The opening hours arrive from the background a moment later; shoot anyway if they are slow.
    await panel.locator('.live').nth(1).waitFor({ timeout: 5_000 }).catch(() => {});
    if (screen.firstScreenOnly) await panel.locator('.callout').waitFor({ state: 'visible', timeout: 5_000 }).catch(() => {});
    await page.waitForTimeout(300); // the panel's fade-in
  } else {
    await page.waitForTimeout(2_000);
  }
  if ((await panel.count()) === 0) return { page, found: false };
  return { page, found: true, count: await panel.getAttribute('data-count'), status: await panel.getAttribute('data-status') };
}

function summarise(screen, { found, count, status }) {
  console.log(`  ${screen.name.padEnd(24)} ${found ? `panel shown — results found: ${count} (${status})` : 'no panel — results found: none'}`);
  if (screen.expectPanel && !found) fail(`${screen.name}: the screen has results but no panel appeared.`);
  if (!screen.expectPanel && found) fail(`${screen.name}: a panel appeared on a screen without results.`);
}

async function screenshots(executablePath) {
  mkdirSync(SHOTS, { recursive: true });
  const normal = await launchWithExtension({ executablePath, extensionDir: EXTENSION_DIR });
  try {
    console.log('\nScreenshots (1280×800, full page):');
    for (const screen of SCREENS) {
      const result = await openScreen(normal.context, normal.worker, screen);
      const file = path.join(SHOTS, `${screen.name}.png`);
      await result.page.screenshot({ path: file, fullPage: !screen.firstScreenOnly });
      console.log(`  ${path.relative(root, file)}`);
      summarise(screen, result);
      await result.page.close();
    }
    await slipScreenshots(normal);
  } finally {
    await normal.context.close();
  }

  // Browser zoom 200% on a 1280×800 screen = a 640×400 CSS viewport drawn at 2 device pixels per CSS pixel.
  const zoomed = await launchWithExtension({ executablePath, extensionDir: EXTENSION_DIR, viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
  try {
    console.log('\nScreenshot at 200% zoom:');
    const screen = SCREENS[0];
    const result = await openScreen(zoomed.context, zoomed.worker, screen);
    const file = path.join(SHOTS, `${screen.name}@200.png`);
    await result.page.screenshot({ path: file, fullPage: true });
    console.log(`  ${path.relative(root, file)}`);
    summarise(screen, result);
  } finally {
    await zoomed.context.close();
  }
}

/** out/screenshots/slip-<language>.png: the slip page's sheet as it prints. */
async function slipScreenshots({ context, worker, extensionId }) {
  console.log('\nPatient slips (A6):');
  const page = await context.newPage();
  for (const language of SLIP_LANGUAGES) {
    await worker.evaluate((value) => chrome.storage.local.set({ slipLanguage: value }), language);
    await page.goto(`chrome-extension://${extensionId}/slip.html?print=0`);
    await page.locator('.desk[data-ready="true"]').waitFor({ timeout: 10_000 });
    await page.getByRole('combobox').nth(1).selectOption('A6');
    await page.evaluate(() => document.fonts.ready);
    // Print media hides the toolbar and the sheet's shadow: the picture is the paper.
    await page.emulateMedia({ media: 'print' });
    const box = await page.locator('.sheet').boundingBox();
    if (!box) throw new Error(`slip ${language}: the sheet is not rendered`);
    const cdp = await context.newCDPSession(page);
    const { data } = await cdp.send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true, clip: { ...box, scale: 2 } });
    await cdp.detach();
    const file = path.join(SHOTS, `slip-${language}.png`);
    writeFileSync(file, Buffer.from(data, 'base64'));
    await page.emulateMedia({ media: 'screen' });
    console.log(`  ${path.relative(root, file)}`);
  }
  await page.close();
}

async function headed(executablePath) {
  const { context } = await launchWithExtension({ executablePath, extensionDir: EXTENSION_DIR, headless: false, viewport: null });
  const [first] = context.pages();
  await (first ?? (await context.newPage())).goto(`${BASE}index.html`);
  for (const screen of SCREENS) await (await context.newPage()).goto(`${BASE}${screen.name}.html`);
  console.log('\nChromium is open with the extension and one tab per sample screen. What to look at:');
  for (const screen of SCREENS) {
    console.log(`  ${screen.title}: ${screen.expectPanel ? 'the panel right after the result, the result outlined' : 'no panel (the phrase appears only in a sentence)'}`);
  }
  console.log('  The panel speaks to clinics by default; choose 薬局 in the toolbar popup to see the pharmacy wording.');
  console.log('\nClose the browser window to finish.');
  await new Promise((resolve) => context.on('close', resolve));
}

const executablePath = prepareProductionBuild();
const { launchWithExtension } = await import('./lib/launch.mjs');
const { startServer } = await import('./serve.mjs');

// A free port unless DEMO_PORT pins one: whatever else listens on this machine, the demo starts.
const server = await startServer(Number(process.env.DEMO_PORT ?? 0));
const BASE = `http://127.0.0.1:${server.address().port}/samples/`;
try {
  if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) await headed(executablePath);
  else await screenshots(executablePath);
} catch (error) {
  fail(error.message);
} finally {
  server.closeAllConnections();
  server.close();
}
if (process.exitCode) console.error('The demo found a problem (see ✗ above).');
