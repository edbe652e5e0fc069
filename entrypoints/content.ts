import '../components/highlight.css';
import { runContentScript } from '../components/contentScript';
import { CONTENT_SCRIPT_MATCHES } from '../lib/sites';

export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  // Results also appear in iframes, including about:blank and srcdoc frames (contract).
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  main(ctx) {
    runContentScript(ctx);
  },
});
