import { watchHistory } from '../lib/content/location';
import { reportAttachedShadowRoots, reportControlValues, reportCustomElementNames, reportStyleSheetChanges } from '../lib/detection/pageHooks';

// The page's own world, before its scripts run: reports what changes without a mutation record
// (shadow roots, control values, stylesheets, history entries) and which custom elements it
// defined, so the content script never polls.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_start',
  world: 'MAIN',
  main() {
    reportAttachedShadowRoots(globalThis);
    reportCustomElementNames(globalThis);
    reportControlValues(globalThis);
    reportStyleSheetChanges(globalThis);
    watchHistory(globalThis);
  },
});
