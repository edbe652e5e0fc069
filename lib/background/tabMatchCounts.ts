import { storedValue } from '../settings/storedValue';

/**
 * The number of results per tab and frame, as the content scripts last reported them.
 *
 * Kept in storage.session, not in memory: Chromium stops an idle MV3 service worker, and a worker
 * that woke up with an empty map would drop the other frames' results from the badge and tell the
 * popup 0. Session storage ends with the browser session, as the tabs it describes do.
 */

/** tabId → frameId → results (keys are strings in storage). */
type Counts = Record<string, Record<string, number>>;

const stored = storedValue<Counts>('session', 'tabMatchCounts', {});

export function tabTotal(counts: Counts, tabId: number): number {
  return Object.values(counts[tabId] ?? {}).reduce((sum, count) => sum + count, 0);
}

export interface TabMatchCounts {
  /** Records one frame's results; resolves to the tab's new total. */
  setFrame(tabId: number, frameId: number, count: number): Promise<number>;
  /** Forgets a tab (closed, or navigating to a new page whose frames report afresh). */
  forgetTab(tabId: number): Promise<void>;
  total(tabId: number): Promise<number>;
  /** Every tab with results and its total. */
  totals(): Promise<Map<number, number>>;
}

export function tabMatchCounts(): TabMatchCounts {
  // Frames report at the same time, and each change reads, edits and writes the whole record:
  // one change at a time, so none is lost.
  let queue: Promise<unknown> = Promise.resolve();
  const change = <T>(edit: (counts: Counts) => T): Promise<T> => {
    const next = queue.then(async () => {
      const counts = await stored.get();
      const result = edit(counts);
      await stored.set(counts);
      return result;
    });
    queue = next.catch(() => undefined);
    return next;
  };
  const read = () => queue.then(() => stored.get());

  return {
    setFrame: (tabId, frameId, count) =>
      change((counts) => {
        counts[tabId] = { ...counts[tabId], [frameId]: count };
        return tabTotal(counts, tabId);
      }),
    forgetTab: (tabId) =>
      change((counts) => {
        delete counts[tabId];
      }),
    total: async (tabId) => tabTotal(await read(), tabId),
    totals: async () => {
      const counts = await read();
      return new Map(Object.keys(counts).map((tabId) => [Number(tabId), tabTotal(counts, Number(tabId))]));
    },
  };
}
