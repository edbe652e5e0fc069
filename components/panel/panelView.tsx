import { render } from 'preact';
import messages from 'virtual:messages';
import calloutCss from './callout.css?inline';
import deskStepsCss from './deskSteps.css?inline';
import panelDetailsCss from './panelDetails.css?inline';
import type { Locale } from '../../lib/i18n/localized';
import { knowMessageLocale, useBundledMessages } from '../../lib/i18n/translate';
import { Panel, type PanelProps } from './Panel';

/**
 * The panel's UI, loaded by the content script on a document's first result
 * (lib/content/panelViewLoader.ts): Preact and the panel would be two fifths of the content
 * script, and most pages never show a result. Built as an ES module of its own
 * (modules/panel-view.ts). Until it arrives, the host shows the first render
 * (lib/content/firstRender.ts, pre-rendered from these components), whose nodes Preact adopts;
 * the styles are in the content script.
 */

// The callout, started by the page controller once this module has loaded: it is never needed in
// the task that found a result, so the script every page runs does not carry it.
export { Callout } from '../../lib/content/callout';
// The live hours, asked for once the panel can show them.
export { followLiveHours } from '../../lib/content/liveHours';

// Every text in both languages: the panel asks the browser for none (lib/i18n/messageTemplates.ts),
// nor does the content script once this module is in (it takes them from here).
export { messages };

/**
 * This module's texts, in the language the content script knows (its copy of lib/i18n/translate.ts
 * is not this one): called by the loader before anything renders.
 */
export function useMessages(locale: Locale | undefined): void {
  if (locale) knowMessageLocale(locale);
  useBundledMessages(messages);
}

/** The styles of what only the view shows (details, desk steps, the callout), added to the host's shadow root. */
export const styles = panelDetailsCss + deskStepsCss + calloutCss;

/** Renders the panel into `mount`, or empties it (null). */
export function renderPanel(mount: Element, props: PanelProps | null): void {
  render(props ? <Panel {...props} /> : null, mount);
}
