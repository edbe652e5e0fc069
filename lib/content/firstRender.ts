import { markup as FIRST_PANEL, messages } from 'virtual:first-panel';
import type { PanelProps } from '../../components/panel/Panel';
import type { MessageKey } from '../i18n/localized';
import { t, useBundledMessages } from '../i18n/translate';
import type { Slot, SlotText } from './firstPanelSlot';
import { panelTitle, reminderKey } from './pageResults';

/**
 * The panel as it must be at once (docs/page-contract.md#at-once): the markup components/panel
 * renders, pre-rendered at build time (modules/first-panel.ts) and filled here in the same task
 * that found the first result, before the panel's UI module (Preact) has loaded. Preact adopts
 * these nodes when it takes over: the reminder's role="alert" node stays the same node, and
 * screen readers announce it once. Its texts come from the templates the build put beside it:
 * nothing is asked of the browser in that task.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Fills `mount` with the panel's first render. */
export function renderFirstPanel(mount: HTMLElement, { results, settings }: Pick<PanelProps, 'results' | 'settings'>): void {
  useBundledMessages(messages);
  // Rendered for a clinic, with no wording: the title and the reminder are this page's own.
  const slotValue = ({ k: key, s: substitutions = [] }: Slot): string => {
    if (key === 'panelShown') return panelTitle(results.wordings, t);
    if (key === reminderKey('clinic')) return t(reminderKey(settings.role));
    if (key.startsWith('=')) return String(settings[key.slice(1) as keyof typeof settings]);
    return t(key as MessageKey, substitutions.map(fill));
  };
  const fill = (text: SlotText): string => text.map((part) => (typeof part === 'string' ? part : slotValue(part))).join('');
  const html = FIRST_PANEL.map((part) => (typeof part === 'string' ? part : slotValue(part).replace(/[&<>"]/g, (c) => ESCAPES[c] as string)));
  // Parsed into a document of its own, where nothing loads or runs, and moved into ours: the
  // nodes get no wrapper in our script's world (creating them one by one costs more: 1.3 ms
  // against 0.4–0.5 ms measured on the first result of a fresh tab). Setting the mount's
  // innerHTML is 0.1 ms faster, but addons.mozilla.org's linter flags every innerHTML assignment.
  mount.replaceChildren(...new DOMParser().parseFromString(html.join(''), 'text/html').body.childNodes);
}
