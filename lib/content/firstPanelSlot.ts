/**
 * The pre-rendered first panel as the content script receives it (modules/first-panel.ts): its
 * HTML in literal parts and slots for what the page decides. scripts/lib/firstPanel.tsx writes
 * the slots into the rendered HTML as control characters, which no message or setting holds and
 * HTML leaves as they are; the build splits the HTML at them (scripts/lib/firstPanelSlots.ts),
 * lib/content/firstRender.ts fills them.
 */
export const FIRST_PANEL_SLOT = { open: '\u0001', separator: '\u0002', close: '\u0003' } as const;

/** A message key (or "=" and a setting's key), with the texts of its substitutions. */
export interface Slot {
  k: string;
  s?: SlotText[];
}

/** A text: literal parts and slots, joined. */
export type SlotText = readonly (string | Slot)[];
