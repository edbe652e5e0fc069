import { browser } from 'wxt/browser';
import { knownMessageLocale, useBundledMessages } from '../i18n/translate';

/** The lazily loaded part of the panel (components/panel/panelView.tsx). */
export type PanelView = typeof import('../../components/panel/panelView');

/** Where the build puts it (wxt.config.ts), listed in web_accessible_resources for the import. */
export const PANEL_VIEW_FILE = 'content-scripts/panel-view.js';

let loading: Promise<PanelView> | undefined;

/**
 * Loads the panel's UI once per document; later calls share the first load. A failed load (the
 * extension was updated meanwhile) is tried again on the next call.
 */
export function loadPanelView(): Promise<PanelView> {
  loading ??= (import(/* @vite-ignore */ browser.runtime.getURL(`/${PANEL_VIEW_FILE}`)) as Promise<PanelView>).then(
    (view) => {
      view.useMessages(knownMessageLocale());
      // The callout's words and any later first render: from the templates the view brings.
      useBundledMessages(view.messages);
      return view;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
