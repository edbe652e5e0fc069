import { browser } from 'wxt/browser';
import { callCentreViews } from './callCentreViews';
import { now } from './clock';
import { uiLocale } from '../i18n/translate';
import type { Request } from '../messaging/messages';
import { answerMessages } from '../messaging/runtime';
import type { EffectiveSettings } from '../settings/resolve';
import { publishSettings } from '../settings/published';
import { cachePolicy, readPolicy, watchSettings } from '../settings/storage';
import { tabMatchCounts } from './tabMatchCounts';
import { setBadgeColour, showTabCount } from './toolbarBadge';

const POLICY_RETRY_MS = [2_000, 10_000, 30_000];

/**
 * The background's jobs: answer the call-centre status (luxon and the holiday data stay out of
 * the content script), keep the per-tab result count for the popup and the badge (unless the
 * showBadge setting is off), open the patient slip, and cache the policy.
 */
export function startBackgroundService(signal: AbortSignal): void {
  let effective: EffectiveSettings | undefined;
  const counts = tabMatchCounts();
  const badgeCount = (total: number) => (effective?.settings.showBadge === false ? 0 : total);
  const ready = new Promise<void>((resolve) =>
    watchSettings(signal, (next) => {
      const badgeWas = effective?.settings.showBadge;
      effective = next;
      void publishSettings(next.settings, uiLocale());
      resolve();
      if (badgeWas !== undefined && badgeWas !== next.settings.showBadge) void relabelAllTabs();
    }),
  );
  const relabelAllTabs = async () => {
    for (const [tabId, total] of await counts.totals()) await showTabCount(tabId, badgeCount(total));
  };

  answerMessages((message, sender) => {
    const request = message as Request;
    switch (request?.type) {
      case 'callCentreViews':
        return ready.then(async () => callCentreViews((effective as EffectiveSettings).settings, await now()));
      case 'matchCount': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return undefined;
        // Settings first: a worker woken by this message must not badge a tab showBadge hides.
        void ready
          .then(() => counts.setFrame(tabId, sender.frameId ?? 0, request.count))
          .then((total) => showTabCount(tabId, badgeCount(total)));
        return undefined;
      }
      case 'tabMatchCount':
        return counts.total(request.tabId);
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
  browser.tabs.onRemoved.addListener((tabId) => void counts.forgetTab(tabId));
  // A navigation starts a new page: its frames report afresh.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void counts.forgetTab(tabId).then(() => showTabCount(tabId, 0));
  });

  void readPolicy().then(cachePolicy);
  // Right after a forced install, managed storage can still be empty: look again a few times. Every
  // page follows the cache, so only the background keeps these timers.
  for (const delay of POLICY_RETRY_MS) setTimeout(() => void readPolicy().then(cachePolicy), delay);
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void readPolicy().then(cachePolicy);
  });
  void setBadgeColour();
}
