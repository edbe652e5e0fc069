import '../components/panel/highlight.css';
import { runContentScript } from '../lib/content/frameLifecycle';
import { CONTENT_SCRIPT_MATCHES } from '../lib/settings/sites';

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
