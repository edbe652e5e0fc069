import type { PanelProps } from '../../components/panel/Panel';
import { panelTitle } from './pageResults';
import { t } from '../i18n/translate';
import { CALL_CENTRES, telHref } from '../notice/callCentres';

/**
 * The panel as it must be at once (docs/page-contract.md#at-once): title, the role's reminder and
 * both numbers, built in the same task that found the first result, before the panel's UI module
 * (Preact) has loaded. The markup is the same as components/panel/Panel.tsx renders for these
 * parts, so Preact adopts these nodes when it takes over: the reminder's role="alert" node stays
 * the same node, and screen readers announce it once.
 */

type Child = Node | string | null;

function el(doc: Document, tag: string, attributes: Record<string, string>, ...children: Child[]): HTMLElement {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child !== null) element.append(child);
  return element;
}

function callCentreCard(doc: Document, centre: (typeof CALL_CENTRES)[number]): HTMLElement {
  const nameId = `sa-${centre.id}-name`;
  const callId = `sa-${centre.id}-call`;
  return el(
    doc,
    'section',
    { class: `line line-${centre.id}`, 'aria-labelledby': nameId },
    el(doc, 'p', { class: 'audience' }, t(centre.audience)),
    el(doc, 'h4', { class: 'line-name', id: nameId }, t(centre.name)),
    el(doc, 'a', { class: 'number', href: telHref(centre.number), 'aria-describedby': callId }, centre.number),
    el(doc, 'span', { id: callId, hidden: '' }, t('callNumber', [t(centre.name), centre.number])),
    el(doc, 'p', { class: 'state' }, t('statusLoading')),
    el(doc, 'p', { class: 'when' }, t(centre.when)),
  );
}

/** Fills `mount` with the panel's first render. */
export function renderFirstPanel(mount: HTMLElement, { results, settings }: Pick<PanelProps, 'results' | 'settings'>): void {
  const doc = mount.ownerDocument;
  const count = results.matches.length;
  mount.replaceChildren(
    el(
      doc,
      'section',
      { class: 'panel', 'aria-labelledby': 'sa-title', tabindex: '-1' },
      el(
        doc,
        'header',
        { class: 'head' },
        el(doc, 'span', { class: 'icon', 'aria-hidden': 'true' }, '!'),
        el(doc, 'h2', { id: 'sa-title' }, panelTitle(results.wordings, t)),
        el(doc, 'button', { type: 'button', class: 'dismiss', 'aria-label': t('dismiss'), title: t('dismiss') }, '×'),
      ),
      el(doc, 'p', { class: 'reminder', role: 'alert' }, t(settings.role === 'pharmacy' ? 'reminderPharmacy' : 'reminderClinic')),
      el(doc, 'p', { class: 'why' }, t('reminderWhy')),
      count > 1 ? el(doc, 'p', { class: 'count' }, t('matchCount', String(count))) : null,
      el(doc, 'h3', { class: 'calls-heading' }, t('callCentresHeading')),
      el(doc, 'div', { class: 'lines' }, ...CALL_CENTRES.map((centre) => callCentreCard(doc, centre))),
    ),
  );
}
