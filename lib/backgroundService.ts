import { browser } from 'wxt/browser';
import { callCentreViews } from './callCentreViews';
import { now } from './clock';
import type { Request } from './messages';
import type { EffectiveSettings } from './settings/resolve';
import { cachePolicy, readPolicy, watchSettings } from './settings/storage';

/**
 * The background's jobs: answer the call-centre status (luxon and the holiday data stay out of
 * the content script), keep the per-tab result count for the badge, open the patient slip, and
 * cache the policy.
 */
export function startBackgroundService(signal: AbortSignal): void {
  let effective: EffectiveSettings | undefined;
  const ready = new Promise<void>((resolve) =>
    watchSettings(signal, (next) => {
      effective = next;
      resolve();
    }),
  );

  // Per tab, per frame: the number of results the content script last reported.
  const counts = new Map<number, Map<number, number>>();
  const tabTotal = (tabId: number) => [...(counts.get(tabId)?.values() ?? [])].reduce((a, b) => a + b, 0);
  const updateBadge = (tabId: number) => {
    const total = tabTotal(tabId);
    void browser.action.setBadgeText({ tabId, text: total > 0 ? String(total) : '' }).catch(() => undefined);
  };

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const request = message as Request;
    switch (request?.type) {
      case 'callCentreViews':
        return ready.then(async () => callCentreViews((effective as EffectiveSettings).settings, await now()));
      case 'matchCount': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return undefined;
        const frames = counts.get(tabId) ?? new Map<number, number>();
        frames.set(sender.frameId ?? 0, request.count);
        counts.set(tabId, frames);
        updateBadge(tabId);
        return undefined;
      }
      case 'tabMatchCount':
        return Promise.resolve(tabTotal(request.tabId));
      case 'openSlip': {
        // Next to the tab it was asked from, so closing the slip returns the user there.
        const from = sender.tab;
        const placement = from ? { windowId: from.windowId, index: from.index + 1, openerTabId: from.id } : {};
        return browser.tabs.create({ url: browser.runtime.getURL('/slip.html'), ...placement }).then(() => undefined);
      }
      default:
        return undefined;
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => counts.delete(tabId));
  // A navigation starts a new page: its frames report afresh.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') {
      counts.delete(tabId);
      updateBadge(tabId);
    }
  });

  void readPolicy().then(cachePolicy);
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void readPolicy().then(cachePolicy);
  });
  void browser.action.setBadgeBackgroundColor?.({ color: '#b93a0b' })?.catch?.(() => undefined);
}
