import { messages, nodes as FIRST_PANEL } from 'virtual:first-panel';
import type { PanelProps } from '../../components/panel/Panel';
import type { MessageKey } from '../i18n/localized';
import { t, useBundledMessages } from '../i18n/translate';
import type { FirstPanelNode, Slot, SlotText } from './firstPanelSlot';
import { panelTitle, reminderKey } from './pageResults';

/**
 * The panel as it must be at once (docs/page-contract.md#at-once): the markup components/panel
 * renders, pre-rendered at build time (modules/first-panel.ts) and built here in the same task
 * that found the first result, before the panel's UI module (Preact) has loaded. Preact adopts
 * these nodes when it takes over: the reminder's role="alert" node stays the same node, and
 * screen readers announce it once. Its texts come from the templates the build put beside it:
 * nothing is asked of the browser in that task.
 */

/** Fills `mount` with the panel's first render. */
export function renderFirstPanel(mount: HTMLElement, { results, settings }: Pick<PanelProps, 'results' | 'settings'>): void {
  useBundledMessages(messages);
  const doc = mount.ownerDocument;
  // Rendered for a clinic, with no wording: the title and the reminder are this page's own.
  const slotValue = ({ k: key, s: substitutions = [] }: Slot): string => {
    if (key === 'panelShown') return panelTitle(results.wordings, t);
    if (key === reminderKey('clinic')) return t(reminderKey(settings.role));
    if (key.startsWith('=')) return String(settings[key.slice(1) as keyof typeof settings]);
    return t(key as MessageKey, substitutions.map(fill));
  };
  const fill = (text: SlotText): string => text.map((part) => (typeof part === 'string' ? part : slotValue(part))).join('');
  const build = (node: FirstPanelNode): Node => {
    if (!('e' in node)) return doc.createTextNode(fill(node));
    const { e: tag, a: attributes = {}, c: children = [] } = node;
    const element = doc.createElement(tag);
    for (const name in attributes) element.setAttribute(name, fill(attributes[name] as SlotText));
    for (const child of children) element.append(build(child));
    return element;
  };
  mount.replaceChildren(...FIRST_PANEL.map(build));
}
