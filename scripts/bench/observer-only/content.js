// The floor under any extension that follows a page's changes: a MutationObserver with the
// detector's options (lib/detection/detector.ts) and an empty callback. What it adds to a page,
// the browser spends making and delivering the records; no detector can add less.
new MutationObserver(() => {}).observe(document, {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['class', 'style', 'hidden', 'open', 'slot', 'media', 'disabled', 'value', 'selected', 'type'],
});
