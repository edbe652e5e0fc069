/** Closed shadow roots: Chromium exposes them to extensions via chrome.dom, Firefox on the element. */
export function closedShadowRoot(host: Element): ShadowRoot | null {
  try {
    const chromeDom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?(el: Element): ShadowRoot | null } } })
      .chrome?.dom;
    if (chromeDom?.openOrClosedShadowRoot) return chromeDom.openOrClosedShadowRoot(host) ?? null;
    const firefox = host as Element & { openOrClosedShadowRoot?: ShadowRoot | null };
    return firefox.openOrClosedShadowRoot ?? null;
  } catch {
    // chrome.dom throws for some elements (docs/browser-notes.md#closed-shadow-roots).
    return null;
  }
}
