/**
 * Prints the panel's first render (docs/page-contract.md#at-once) as HTML: components/panel/Panel.tsx
 * rendered by preact-render-to-string, for the content script to show before the panel's UI loads
 * (lib/content/firstRender.ts). Every text is a slot, \u0001key\u0002substitution…\u0003, that
 * the content script fills in the page's language; so is every setting (key "=name"), and the
 * panel's title and reminder, which depend on the page. Run in a process of its own
 * (modules/first-panel.ts): `browser` must be the stub below when wxt/browser is first evaluated.
 */
import { FIRST_PANEL_SLOT } from '../../lib/content/firstPanelSlot';

const slot = (...parts: string[]) => FIRST_PANEL_SLOT.open + parts.join(FIRST_PANEL_SLOT.separator) + FIRST_PANEL_SLOT.close;

Object.assign(globalThis, {
  chrome: { i18n: { getMessage: (key: string, substitutions?: string | string[]) => slot(key, ...[substitutions ?? []].flat()) } },
});

const { h } = await import('preact');
const { render } = await import('preact-render-to-string');
const { Panel } = await import('../../components/panel/Panel');

// Rendered for a clinic (the reminder is a slot all the same); every other setting is a slot.
const settings = new Proxy({ role: 'clinic' } as Record<string, unknown>, {
  get: (known, key: string) => (key in known ? known[key] : slot(`=${key}`)),
});
const results = { matches: [{}], anchor: {}, statuses: [], wordings: [] };
const panel = h(Panel, { results, settings, views: null, onDismiss() {}, onPrintSlip() {}, firstRender: true } as never);
process.stdout.write(render(panel));
