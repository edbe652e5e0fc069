import '../components/highlight.css';
import { runContentScript } from '../components/contentScript';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Results also appear in iframes, including about:blank and srcdoc frames (contract).
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  main(ctx) {
    runContentScript(ctx);
  },
});
