import { render } from 'preact';
import { Panel, type PanelProps } from './Panel';
import deskCss from './panel/deskSteps.css?inline';
import panelCss from './panel.css?inline';
import themeCss from '../shared/theme.css?inline';

/**
 * The panel's UI, loaded by the content script on a document's first result (panelViewLoader.ts):
 * Preact, the panel and its styles are two fifths of the content script, and most pages never
 * show a result. Built as an ES module of its own (wxt.config.ts).
 */

export const PANEL_CSS = themeCss + panelCss + deskCss;

/** Renders the panel into `mount`, or empties it (null). */
export function renderPanel(mount: Element, props: PanelProps | null): void {
  render(props ? <Panel {...props} /> : null, mount);
}
