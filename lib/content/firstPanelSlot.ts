/**
 * How the pre-rendered first panel marks what the page decides (scripts/lib/firstPanel.tsx writes
 * them, lib/content/firstRender.ts fills them): control characters, which no message or setting
 * holds and HTML leaves as they are.
 */
export const FIRST_PANEL_SLOT = { open: '\u0001', separator: '\u0002', close: '\u0003' } as const;
