import FIRST_PANEL from 'virtual:first-panel';
import type { PanelProps } from '../../components/panel/Panel';
import { t } from '../i18n/translate';
import type { MessageKey } from '../i18n/localized';
import { FIRST_PANEL_SLOT } from './firstPanelSlot';
import { panelTitle, reminderKey } from './pageResults';

/**
 * The panel as it must be at once (docs/page-contract.md#at-once): the markup components/panel
 * renders, pre-rendered at build time (modules/first-panel.ts) and filled here in the same task
 * that found the first result, before the panel's UI module (Preact) has loaded. Preact adopts
 * these nodes when it takes over: the reminder's role="alert" node stays the same node, and
 * screen readers announce it once.
 */

const { open, separator, close } = FIRST_PANEL_SLOT;
// A slot holding no other slot: filled first, so a substitution is filled before its message.
const INNERMOST = new RegExp(`${open}([^${open}${close}]*)${close}`, 'g');
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Fills `mount` with the panel's first render. */
export function renderFirstPanel(mount: HTMLElement, { results, settings }: Pick<PanelProps, 'results' | 'settings'>): void {
  // Rendered for a clinic, with no wording: the title and the reminder are this page's own.
  const text = (key: string, substitutions: string[]): string => {
    if (key === 'panelShown') return panelTitle(results.wordings, t);
    if (key === reminderKey('clinic')) return t(reminderKey(settings.role));
    if (key.startsWith('=')) return String(settings[key.slice(1) as keyof typeof settings]);
    return t(key as MessageKey, substitutions);
  };
  let html = FIRST_PANEL;
  while (html.includes(open)) {
    html = html.replace(INNERMOST, (_, slot: string) => {
      const [key = '', ...substitutions] = slot.split(separator);
      return text(key, substitutions).replace(/[&<>"]/g, (c) => ESCAPES[c] as string);
    });
  }
  // Parsed into a document of its own, where nothing loads or runs; the nodes move into ours.
  mount.replaceChildren(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
}
