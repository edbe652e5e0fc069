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
  // WXT would also tell an older copy of this script that it has been replaced with a message
  // to the page: every frame's own message listeners would wake for it, and it names our
  // extension id. The document event it sends as well is enough for our own builds.
  noScriptStartedPostMessage: true,
  main(ctx) {
    runContentScript(ctx);
  },
});
