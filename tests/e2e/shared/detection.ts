import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { type ScenarioDocument, type ScenarioPage, topDocument } from './scenarios';

/*
 * The detection scenarios, one per page in tests/fixtures/detection/, for every browser
 * (chromium/detection.spec.ts: Chromium, firefox/detection.spec.ts: Firefox ESR). Each page (and each
 * document in its frames) declares what the contract promises for it, and runDetectionScenario
 * checks exactly that.
 *
 *   <meta name="expect-count" content="2">              results in this document (0: a negative)
 *   <meta name="expect-status" content="invalid no-info">   the host's data-status tokens
 *   <meta name="expect-placement" content="after:#results">  where the host sits (see below)
 *   <meta name="settings" content='{"extraPatterns": …}'>   user settings saved before loading
 *   data-expect-match                                    on exactly the elements to be highlighted
 *   window.fixtureReady                                  a promise: the page's own script is done
 *   <meta name="expect-removal" content="500">          with window.removeResults(), which ends
 *                                                        every result: all panels and highlights
 *                                                        must go within that many ms (contract: 500)
 *
 * Placement: "after:SEL" – the host directly follows SEL in its own tree; "inside:SEL" – the host
 * is inside SEL; "in-shadow-root" – the host is a child of a shadow root. Without the meta the host
 * must directly follow the block holding the first highlighted result. The host is always in the
 * same tree as that result and not wider than its document.
 *
 * A document that expects no result gets nothing from the extension: no host, no highlight. To
 * know the extension has finished reading it, a control result is then added; the host that
 * appears must count only that one.
 */

const FIXTURES = path.resolve('tests/fixtures/detection');
/** Every page in tests/fixtures/detection/, by file name. */
export const DETECTION_FIXTURES = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.html'))
  .sort();
// The contract's bound for removal; a fixture may only ask for less.
const REMOVAL_MS = 500;
const APPEARS_MS = 8_000;

interface ProbeLogEntry {
  at: number;
  kind: 'panel-added' | 'panel-removed' | 'mark-added' | 'mark-removed';
}

interface DocumentState {
  expectCount: number | null;
  expectStatus: string[];
  expectPlacement: string | null;
  expectRemovalMs: number | null;
  /** With expect-appears-within: ms from window.resultShownAt (the page's change) to our first mark. */
  expectAppearsWithinMs: number | null;
  resultShownAt: number | null;
  removes: boolean;
  panels: { status: string[]; count: string | null; placed: string; sameTree: boolean; fitsWidth: boolean }[];
  /** Highlighted elements that are not marked data-expect-match, and the reverse. */
  unexpectedMarks: string[];
  missingMarks: string[];
}

/**
 * Runs in the page's world in every frame before the page's scripts: records the shadow roots the
 * page attaches (closed ones are otherwise out of a test's reach) and when hosts and highlights
 * come and go, on one clock for all frames.
 */
function installProbe(): void {
  const win = window as unknown as { __probe?: unknown };
  if (win.__probe) return;
  const clock = () => performance.timeOrigin + performance.now();
  const log: ProbeLogEntry[] = [];
  const roots = new Set<ShadowRoot>();
  const observer = new MutationObserver((records) => {
    const at = clock();
    for (const r of records) {
      if (r.type === 'attributes') {
        const marked = (r.target as Element).hasAttribute('data-shikaku-alert-match');
        if (marked !== (r.oldValue !== null)) log.push({ at, kind: marked ? 'mark-added' : 'mark-removed' });
        continue;
      }
      for (const n of r.addedNodes) if ((n as Element).localName === 'shikaku-alert') log.push({ at, kind: 'panel-added' });
      for (const n of r.removedNodes) if ((n as Element).localName === 'shikaku-alert') log.push({ at, kind: 'panel-removed' });
    }
  });
  const watch = (root: Node) =>
    observer.observe(root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeOldValue: true,
      attributeFilter: ['data-shikaku-alert-match'],
    });
  watch(document);
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.add(root);
    watch(root);
    return root;
  };
  win.__probe = { log, roots, clock };
}

/** This document's expectations and what the extension did, read in the page. */
function readState(): DocumentState {
  const probe = (window as unknown as { __probe?: { roots: Set<ShadowRoot> } }).__probe;
  const trees: (Document | ShadowRoot)[] = [document];
  const known = new Set<ShadowRoot>(probe ? [...probe.roots] : []);
  for (let i = 0; i < trees.length; i++) {
    for (const el of (trees[i] as ParentNode).querySelectorAll('*')) {
      if (el.shadowRoot && el.localName !== 'shikaku-alert') known.add(el.shadowRoot);
    }
    for (const root of known) if (root.isConnected && !trees.includes(root)) trees.push(root);
  }
  const all = (selector: string) => trees.flatMap((t) => [...t.querySelectorAll(selector)]);
  const describe = (el: Element | null) =>
    el ? `<${el.localName}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}>` : 'nothing';
  const meta = (name: string) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? null;
  const expected = all('[data-expect-match]');
  const marked = all('[data-shikaku-alert-match]');
  const anchor = expected[0] ?? null;
  const placement = meta('expect-placement');
  const placed = (host: Element): string => {
    const colon = placement?.indexOf(':') ?? -1;
    const how = colon >= 0 ? placement?.slice(0, colon) : placement;
    const selector = colon >= 0 ? (placement?.slice(colon + 1) ?? '') : '';
    const prev = host.previousElementSibling;
    if (how === 'after') {
      const target = (host.getRootNode() as ParentNode).querySelector(selector);
      return prev && prev === target ? 'as expected' : `after ${describe(prev)}, not after ${selector}`;
    }
    if (how === 'inside') return host.parentElement?.closest(selector) ? 'as expected' : `in ${describe(host.parentElement)}, not inside ${selector}`;
    if (placement === 'in-shadow-root') return host.parentNode instanceof ShadowRoot ? 'as expected' : `in ${describe(host.parentElement)}, not in a shadow root`;
    if (!anchor) return 'no data-expect-match to place it after';
    return prev?.contains(anchor) ? 'as expected' : `after ${describe(prev)}, not after the block of ${describe(anchor)}`;
  };
  const count = meta('expect-count');
  return {
    expectCount: count === null ? null : Number(count),
    expectStatus: (meta('expect-status') ?? '').split(/\s+/).filter(Boolean).sort(),
    expectPlacement: placement,
    expectRemovalMs: meta('expect-removal') === null ? null : Number(meta('expect-removal')),
    expectAppearsWithinMs: meta('expect-appears-within') === null ? null : Number(meta('expect-appears-within')),
    resultShownAt: (window as { resultShownAt?: number }).resultShownAt ?? null,
    removes: typeof (window as { removeResults?: unknown }).removeResults === 'function',
    panels: all('shikaku-alert').map((host) => {
      const rect = host.getBoundingClientRect();
      return {
        status: (host.getAttribute('data-status') ?? '').split(/\s+/).filter(Boolean).sort(),
        count: host.getAttribute('data-count'),
        placed: placed(host),
        // Text directly in an open shadow root is highlighted on its host, and the panel joins the text.
        sameTree: !anchor || [anchor.getRootNode(), anchor.shadowRoot].includes(host.getRootNode() as ShadowRoot),
        fitsWidth: rect.right <= document.documentElement.clientWidth + 1,
      };
    }),
    unexpectedMarks: marked.filter((el) => !el.hasAttribute('data-expect-match')).map(describe),
    missingMarks: expected.filter((el) => !el.hasAttribute('data-shikaku-alert-match')).map(describe),
  };
}

function probeLog(): ProbeLogEntry[] {
  return (window as unknown as { __probe?: { log: ProbeLogEntry[] } }).__probe?.log ?? [];
}

/** Documents in this page, the top one and every frame's (nested ones too), counted in the page. */
function documentCount(): number {
  const count = (doc: Document): number =>
    [...doc.querySelectorAll('iframe, frame')].reduce(
      // A sandboxed frame's document is out of reach, but it is one document.
      (sum, frame) => sum + ((frame as HTMLIFrameElement).contentDocument ? count((frame as HTMLIFrameElement).contentDocument as Document) : 1),
      1,
    );
  return count(document);
}

function settingsOf(file: string): Record<string, unknown> | null {
  const html = readFileSync(path.join(FIXTURES, file), 'utf8');
  const found = /<meta name="settings" content='([^']*)'>/.exec(html);
  return found ? (JSON.parse(found[1] as string) as Record<string, unknown>) : null;
}

/** A positive document: its one host shows the expected statuses and count, in the right place. */
async function expectResults(frame: ScenarioDocument, state: DocumentState): Promise<void> {
  const where = frame.name;
  await expect
    .poll(async () => (await frame.evaluate(readState)).panels.map((p) => `${p.count} ${p.status.join(' ')}`), {
      message: `${where}: a panel for ${state.expectCount} result(s) (${state.expectStatus.join(' ')})`,
      timeout: APPEARS_MS,
    })
    .toEqual([`${state.expectCount} ${state.expectStatus.join(' ')}`]);
  await expect
    .poll(async () => frame.evaluate(readState), { message: `${where}: highlights on exactly the results`, timeout: 2_000 })
    .toMatchObject({ unexpectedMarks: [], missingMarks: [] });
  if (state.expectAppearsWithinMs !== null) await expectAppearsWithin(frame, state.expectAppearsWithinMs);
  const [panel] = (await frame.evaluate(readState)).panels;
  expect(panel?.placed, `${where}: panel placement`).toBe('as expected');
  expect(panel?.sameTree, `${where}: panel in the same tree as the result`).toBe(true);
  expect(panel?.fitsWidth, `${where}: panel visible without scrolling sideways`).toBe(true);
}

/** The page changed its result at window.resultShownAt: our first mark followed within `withinMs`. */
async function expectAppearsWithin(frame: ScenarioDocument, withinMs: number): Promise<void> {
  const { resultShownAt } = await frame.evaluate(readState);
  expect(resultShownAt, `${frame.name}: expect-appears-within comes with window.resultShownAt`).not.toBeNull();
  const firstMark = (await frame.evaluate(probeLog)).find((e) => e.kind === 'mark-added');
  expect(firstMark, `${frame.name}: the result was marked`).toBeDefined();
  expect((firstMark?.at ?? 0) - (resultShownAt ?? 0), `${frame.name}: ms from the page's change to our mark`).toBeLessThanOrEqual(withinMs);
}

/** A negative document: nothing was added; a control result then shows the page was read. */
async function expectNothing(frame: ScenarioDocument): Promise<void> {
  const where = frame.name;
  const before = await frame.evaluate(readState);
  expect(before.panels, `${where}: no panel on a page without results`).toEqual([]);
  expect(before.unexpectedMarks, `${where}: no highlight on a page without results`).toEqual([]);
  expect(await frame.evaluate(probeLog), `${where}: the extension added nothing`).toEqual([]);
  await frame.evaluate(() => {
    const control = document.createElement('p');
    control.setAttribute('data-expect-match', '');
    control.textContent = '資格（無効）';
    (document.body ?? document.documentElement).append(control);
  });
  await expect
    .poll(async () => (await frame.evaluate(readState)).panels.map((p) => `${p.count} ${p.status.join(' ')}`), {
      message: `${where}: after adding one result, a panel that counts only that one`,
      timeout: APPEARS_MS,
    })
    .toEqual(['1 invalid']);
  expect((await frame.evaluate(readState)).unexpectedMarks, `${where}: only the control result highlighted`).toEqual([]);
}

/** The page ends its results; every host and highlight is gone within the contract's 500 ms. */
async function expectRemoval(page: ScenarioPage, frames: ScenarioDocument[], withinMs: number): Promise<void> {
  const startedAt = await topDocument(page).evaluate(() => {
    const at = performance.timeOrigin + performance.now();
    (window as unknown as { removeResults(): void }).removeResults();
    return at;
  });
  for (const frame of frames) {
    const where = frame.name;
    await expect
      .poll(async () => (await frame.evaluate(readState)).panels.length, { message: `${where}: panel removed`, timeout: 3_000 })
      .toBe(0);
    const log = await frame.evaluate(probeLog);
    const lastRemoval = Math.max(
      startedAt,
      ...log.filter((e) => e.kind === 'panel-removed' || e.kind === 'mark-removed').map((e) => e.at),
    );
    expect((await frame.evaluate(readState)).unexpectedMarks, `${where}: highlights removed`).toEqual([]);
    expect(lastRemoval - startedAt, `${where}: ms from the page's change to the panel's removal`).toBeLessThanOrEqual(
      withinMs,
    );
  }
}

/** Loads one fixture page and checks every document in it against its declarations. */
export async function runDetectionScenario(page: ScenarioPage, file: string): Promise<void> {
  const settings = settingsOf(file);
  if (settings) await page.setUserSettings(settings);
  await page.addInitScript(installProbe);
  await page.goto(`/tests/fixtures/detection/${file}`);
  await topDocument(page).evaluate(async () => {
    await (window as unknown as { fixtureReady?: Promise<unknown> }).fixtureReady;
  });

  // Every document gets checked: a driver that missed a frame would pass its checks vacuously.
  const documents = await topDocument(page).evaluate(documentCount);
  await expect.poll(() => page.documents().length, { message: 'documents the driver reaches' }).toBe(documents);

  const checked: ScenarioDocument[] = [];
  for (const frame of page.documents()) {
    const state = await frame.evaluate(readState);
    expect(state.expectCount, `${frame.name} declares expect-count`).not.toBeNull();
    if ((state.expectCount ?? 0) > 0) {
      await expectResults(frame, state);
      checked.push(frame);
    }
  }
  const top = await topDocument(page).evaluate(readState);
  expect(top.removes, 'expect-removal comes with window.removeResults()').toBe(top.expectRemovalMs !== null);
  if (top.expectRemovalMs !== null) await expectRemoval(page, checked, Math.min(top.expectRemovalMs, REMOVAL_MS));
  // Negatives last: their control result must not disturb the checks above.
  for (const frame of page.documents()) {
    const state = await frame.evaluate(readState);
    if (state.expectCount === 0) await expectNothing(frame);
  }
}

export interface LatencySummary {
  runs: number[];
  median: number;
  p95: number;
}

/** The 20,000-row patient list: ms from a changed cell to its panel, measured by the page itself. */
export async function measureLatency(page: ScenarioPage): Promise<Record<'middle' | 'last', LatencySummary>> {
  await page.goto('/tests/fixtures/perf/patient-list-20000.html');
  return topDocument(page).evaluate(() =>
    (window as unknown as { runBenchmark(o: { runs: number }): Promise<Record<'middle' | 'last', LatencySummary>> }).runBenchmark({
      runs: 9,
    }),
  );
}

export const LATENCY_TEST_TITLE =
  'latency on a 20,000-row patient list: a changed cell gets its panel within one frame (median ≤ 16 ms)';

/** The latency check, the same in every browser: measured in the page, annotated on the test. */
export async function expectLatencyWithinOneFrame(page: ScenarioPage): Promise<void> {
  test.setTimeout(120_000);
  const result = await measureLatency(page);
  test.info().annotations.push({ type: 'latency (ms)', description: JSON.stringify(result) });
  expect(result.middle.median, 'middle row: median ms from text change to panel').toBeLessThanOrEqual(16);
  expect(result.last.median, 'last row: median ms from text change to panel').toBeLessThanOrEqual(16);
}
