import { browser } from 'wxt/browser';

// The panel's accent colour, so the badge reads as the same warning.
const BADGE_COLOUR = '#b93a0b';

/** The toolbar button: `action` in MV3 (Chromium, Edge), `browserAction` in Firefox's MV2 build. */
function toolbarButton() {
  return browser.action ?? browser.browserAction;
}

/** Shows a tab's result count on the toolbar button; nothing for 0. */
export async function showTabCount(tabId: number, count: number): Promise<void> {
  // The tab may have closed meanwhile: nothing left to label.
  await toolbarButton()
    .setBadgeText({ tabId, text: count > 0 ? String(count) : '' })
    .catch(() => undefined);
}

export async function setBadgeColour(): Promise<void> {
  const button = toolbarButton();
  await button.setBadgeBackgroundColor({ color: BADGE_COLOUR });
  // Firefox picks a text colour of its own; white, as in Chromium, reads best on the accent.
  await button.setBadgeTextColor?.({ color: '#ffffff' });
}
