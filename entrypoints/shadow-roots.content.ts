import { reportAttachedShadowRoots } from '../lib/detection/shadowRootHook';

// The page's own world, before its scripts run: tells the detector about shadow roots attached later.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_start',
  world: 'MAIN',
  main() {
    reportAttachedShadowRoots(globalThis);
  },
});
