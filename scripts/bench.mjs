// `npm run bench`: measures the content script in real Chromium against no extension and a naive
// baseline (scripts/bench/naive-extension), rounds interleaved, medians reported. Writes a table
// to the console and out/bench/bench.json; exits 1 when a budget of the performance issue is missed.
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { startServer } from './serve.mjs';
import { prepareProductionBuild, root } from './lib/setup.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const PORT = 8768;
const BASE = `http://127.0.0.1:${PORT}/tests/fixtures/perf/`;
const OURS = path.join(root, '.output/chrome-mv3');
const VARIANTS = {
  none: null,
  naive: path.join(root, 'scripts/bench/naive-extension'),
  ours: OURS,
};
// Long enough for our first reading of a 20,000-row list (time-sliced) to finish.
const SETTLE_MS = 4000;

async function launch(extensionDir, executablePath) {
  const profile = mkdtempSync(path.join(tmpdir(), 'shikaku-alert-bench-'));
  const extensionArgs = extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [...extensionArgs, '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  if (extensionDir) {
    // Wait until the extension is up, so its start-up is not counted against the first page.
    if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker').catch(() => {});
  }
  return { context, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}

/** Main-thread task time (ms) of a page, from the DevTools protocol's Performance metrics. */
async function taskTime(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/** Self time (ms) of scripts from chrome-extension:// URLs in a CPU profile. */
function extensionSelfTime(profile) {
  const extensionNodes = new Set(profile.nodes.filter((n) => n.callFrame.url.startsWith('chrome-extension://')).map((n) => n.id));
  let total = 0;
  profile.samples.forEach((id, i) => {
    if (extensionNodes.has(id)) total += profile.timeDeltas[i] ?? 0;
  });
  return total / 1000;
}

async function openProfiled(context, url) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(url);
  return { page, cdp };
}

async function stopProfile(cdp) {
  const { profile } = await cdp.send('Profiler.stop');
  return extensionSelfTime(profile);
}

async function measureVariant(name, extensionDir, executablePath) {
  const { context, close } = await launch(extensionDir, executablePath);
  const result = {};
  let scriptTime = 0;
  try {
    // 1. The 20,000-row list: main-thread time of loading it, then detection latency.
    {
      const { page, cdp } = await openProfiled(context, `${BASE}patient-list-20000.html`);
      await page.waitForTimeout(SETTLE_MS);
      result.listLoadMs = await taskTime(cdp);
      if (name !== 'none') {
        const latency = await page.evaluate(() => window.runBenchmark({ runs: 9 }));
        result.latencyMiddleMs = latency.middle.median;
        result.latencyLastMs = latency.last.median;
      }
      scriptTime += await stopProfile(cdp);
      await page.close();
    }
    // 2. The churn page: 300 cells rewritten in each of 200 frames.
    {
      const { page, cdp } = await openProfiled(context, `${BASE}churn.html`);
      await page.waitForTimeout(1000);
      const before = await taskTime(cdp);
      await page.evaluate(() => window.churn());
      await page.waitForTimeout(500);
      result.churnMs = (await taskTime(cdp)) - before;
      scriptTime += await stopProfile(cdp);
      await page.close();
    }
    // 3. A large page without a result: what the extension adds to it.
    {
      const page = await context.newPage();
      await page.addInitScript(() => {
        window.addedNodes = 0;
        document.addEventListener('DOMContentLoaded', () => {
          new MutationObserver((records) => {
            for (const r of records) window.addedNodes += r.addedNodes.length + (r.type === 'attributes' ? 1 : 0);
          }).observe(document, { subtree: true, childList: true, attributes: true });
        });
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
      await page.goto(`${BASE}no-match-large.html`);
      await page.waitForTimeout(SETTLE_MS);
      result.noMatchNodesAdded = await page.evaluate(() => window.addedNodes);
      scriptTime += await stopProfile(cdp);
      await page.close();
    }
    result.extensionScriptMs = scriptTime;
  } finally {
    await close();
  }
  return result;
}

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const fmt = (v, digits = 1) => (v === undefined ? '—' : v.toFixed(digits));

const executablePath = prepareProductionBuild();
const bundleKB = statSync(path.join(OURS, 'content-scripts/content.js')).size / 1024;

const server = await startServer(PORT);
const rounds = { none: [], naive: [], ours: [] };
try {
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [name, dir] of Object.entries(VARIANTS)) {
      process.stdout.write(`round ${round}/${ROUNDS}: ${name}… `);
      rounds[name].push(await measureVariant(name, dir, executablePath));
      console.log('done');
    }
  }
} finally {
  server.closeAllConnections();
  server.close();
}

const metric = (name, key) => median(rounds[name].map((r) => r[key]));
const summary = {};
for (const name of Object.keys(VARIANTS)) {
  summary[name] = Object.fromEntries(
    ['listLoadMs', 'latencyMiddleMs', 'latencyLastMs', 'churnMs', 'noMatchNodesAdded', 'extensionScriptMs'].map((k) => [k, metric(name, k)]),
  );
}
const added = (variant, key) => summary[variant][key] - summary.none[key];
// A share of nothing is no figure: when the baseline's added time is lost in the noise, say so.
const share = (key) => (added('naive', key) > 0 ? added('ours', key) / added('naive', key) : undefined);
const budgets = [
  { name: 'detection latency, middle row (median)', value: summary.ours.latencyMiddleMs, limit: 16, unit: 'ms' },
  { name: 'detection latency, last row (median)', value: summary.ours.latencyLastMs, limit: 16, unit: 'ms' },
  { name: 'main-thread time added to the 20,000-row load vs naive', value: share('listLoadMs') * 100, limit: 10, unit: '%' },
  { name: 'main-thread time added to the churn page vs naive', value: share('churnMs') * 100, limit: 5, unit: '%' },
  { name: 'extension script self time vs naive', value: (summary.ours.extensionScriptMs / summary.naive.extensionScriptMs) * 100, limit: 5, unit: '%' },
  { name: 'nodes added to a large page without a result', value: summary.ours.noMatchNodesAdded, limit: 0, unit: '' },
  { name: 'content-script bundle (minified)', value: bundleKB, limit: 50, unit: 'KB' },
];

console.log(`\nMedians of ${ROUNDS} interleaved rounds · Chromium ${chromium.name()} · ${cpus().length} cores · ${new Date().toISOString()}\n`);
console.log('| measure | none | naive | ours |');
console.log('|---|---:|---:|---:|');
const rows = [
  ['20,000-row list: main-thread time of the load (ms)', 'listLoadMs'],
  ['  added by the extension (ms)', null, (v) => fmt(v === 'none' ? 0 : added(v, 'listLoadMs'))],
  ['detection latency, middle row (ms)', 'latencyMiddleMs'],
  ['detection latency, last row (ms)', 'latencyLastMs'],
  ['churn page (300 cells × 200 frames): main-thread time (ms)', 'churnMs'],
  ['  added by the extension (ms)', null, (v) => fmt(v === 'none' ? 0 : added(v, 'churnMs'))],
  ['large page without a result: nodes added', 'noMatchNodesAdded'],
  ['extension script self time, all scenarios (ms)', 'extensionScriptMs'],
];
for (const [label, key, custom] of rows) {
  const cells = Object.keys(VARIANTS).map((v) => (custom ? custom(v) : fmt(summary[v][key], key === 'noMatchNodesAdded' ? 0 : 1)));
  console.log(`| ${label} | ${cells.join(' | ')} |`);
}
console.log('\n| budget | measured | limit | |');
console.log('|---|---:|---:|---|');
let failed = 0;
for (const b of budgets) {
  const ok = b.value !== undefined && b.value <= b.limit;
  if (!ok) failed += 1;
  const verdict = ok ? 'met' : b.value === undefined ? 'not measurable (baseline adds nothing above noise)' : 'MISSED';
  console.log(`| ${b.name} | ${fmt(b.value)} ${b.unit} | ≤ ${b.limit} ${b.unit} | ${verdict} |`);
}

const outDir = path.join(root, 'out/bench');
mkdirSync(outDir, { recursive: true });
writeFileSync(
  path.join(outDir, 'bench.json'),
  `${JSON.stringify({ date: new Date().toISOString(), cores: cpus().length, rounds: ROUNDS, bundleKB, summary, budgets, raw: rounds }, null, 2)}\n`,
);
console.log(`\nwritten: ${path.relative(root, path.join(outDir, 'bench.json'))}`);
process.exit(failed === 0 ? 0 : 1);
