import { expect } from '@playwright/test';
import { type ScenarioPage, sleep, topDocument } from './scenarios';

/*
 * Whether the result and its record stay visible, read in the page: at the centre of each text box
 * of the result and of its record (its grid row, table row or list item: number, ID, name), the
 * element the browser finds is part of that record, not our host and not another row painted
 * over it. Also where our host stands, for the grid fixtures (#grid-outermost).
 */

export interface GridState {
  hosts: number;
  /** The host's data-count. */
  count: string | null;
  /** Where the host stands, or why not as the contract says. */
  placement: string;
  calloutOpen: boolean;
  /** The callout's pointer is drawn, on the side that faces the result (e.g. "top: below it"). */
  pointer: string;
  /** Text boxes of the result and of its record that something else covers, described. */
  covered: string[];
  /** How many text boxes of the record were hit-tested (a test of none would prove nothing). */
  tested: number;
  /** The matched element carries the `marked` a scenario set on it (false once the row is drawn again). */
  sameElement: boolean;
}

/** In the page: where our host is, and what the browser finds at the record's text. */
export function readRecordVisibility(): GridState {
  const hosts = [...document.querySelectorAll('shikaku-alert')];
  const host = hosts[0];
  const match = document.querySelector('[data-shikaku-alert-match]');
  const record = match?.closest('[role=row], tr, li') ?? match?.parentElement ?? null;
  const covered: string[] = [];
  let tested = 0;
  if (record) {
    const walker = document.createTreeWalker(record, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      if (!text.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(text);
      for (const box of range.getClientRects()) {
        const x = box.left + box.width / 2;
        const y = box.top + box.height / 2;
        if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
        tested++;
        const hit = document.elementFromPoint(x, y);
        if (!hit || !record.contains(hit)) covered.push(`「${text.textContent.trim()}」 under ${hit === host ? 'our host' : (hit?.outerHTML.slice(0, 80) ?? 'nothing')}`);
      }
    }
  }
  // Declared inside: the function runs in the page, where nothing of this module exists.
  function pointerOf(callout: HTMLElement | null, result: Element | null | undefined): string {
    const side = callout?.dataset.pointer;
    if (!callout || !result || !side) return 'no pointer';
    if (getComputedStyle(callout, '::before').content === 'none') return `${side}: not drawn`;
    const c = callout.getBoundingClientRect();
    const r = result.getBoundingClientRect();
    const faces = { left: c.left >= r.right, right: c.right <= r.left, top: c.top >= r.bottom, bottom: c.bottom <= r.top }[side];
    return faces ? `${side}: faces the result` : `${side}: the result is not on that side`;
  }
  const outer = document.getElementById('grid-outermost');
  const placement = !host
    ? 'no host'
    : host.closest('[role=row], [role=rowgroup], [role=grid], [role=treegrid], [role=table]')
      ? `inside the grid: ${host.parentElement?.outerHTML.slice(0, 80)}`
      : host.previousElementSibling === outer
        ? 'after the grid'
        : `after ${host.previousElementSibling?.outerHTML.slice(0, 80)}`;
  return {
    hosts: hosts.length,
    count: host?.getAttribute('data-count') ?? null,
    placement,
    calloutOpen: host?.shadowRoot?.querySelector('.callout')?.matches(':popover-open') ?? false,
    pointer: pointerOf(host?.shadowRoot?.querySelector<HTMLElement>('.callout') ?? null, match),
    covered,
    tested,
    sameElement: (match as { marked?: boolean } | null)?.marked === true,
  };
}


const state = (page: ScenarioPage) => topDocument(page).evaluate(readRecordVisibility);

/** The callout opens, and then the result and at least `minBoxes` text boxes of its record are uncovered. */
export async function expectCalloutBesideVisibleRecord(page: ScenarioPage, where: string, minBoxes = 4): Promise<void> {
  await expect.poll(async () => (await state(page)).calloutOpen, { message: `${where}: the callout opens`, timeout: 5_000 }).toBe(true);
  // The callout follows the result a frame later: measure once it has settled.
  await sleep(300);
  const now = await state(page);
  expect(now.tested, `${where}: text boxes of the record hit-tested`).toBeGreaterThanOrEqual(minBoxes);
  expect(now.covered, `${where}: the result and its record stay visible`).toEqual([]);
  expect(now.pointer, `${where}: a visible pointer towards the result`).toMatch(/faces the result$/);
}

