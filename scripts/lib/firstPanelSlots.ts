import { FIRST_PANEL_SLOT, type Slot, type SlotText } from '../../lib/content/firstPanelSlot';

/**
 * Splits the first panel's pre-rendered HTML (scripts/lib/firstPanel.tsx) at its slots, at build
 * time (modules/first-panel.ts): the content script then fills them by joining strings, with no
 * regular expression over the markup (lib/content/firstRender.ts).
 */

const { open, separator, close } = FIRST_PANEL_SLOT;

/** Splits a text at its slots; a slot's substitutions are texts themselves. */
export function slotText(text: string): SlotText {
  let at = 0;
  const read = (until: readonly string[]): SlotText => {
    const parts: (string | Slot)[] = [];
    let literal = '';
    while (at < text.length && !until.includes(text[at] as string)) {
      const char = text[at++] as string;
      if (char === separator || char === close) throw new Error('first panel: a slot mark outside a slot');
      if (char !== open) {
        literal += char;
        continue;
      }
      if (literal) parts.push(literal);
      literal = '';
      const keyParts = read([separator, close]);
      if (keyParts.some((part) => typeof part !== 'string')) throw new Error('first panel: a slot inside a slot\'s key');
      const key = keyParts.join('');
      const substitutions: SlotText[] = [];
      while (text[at] === separator) {
        at++;
        substitutions.push(read([separator, close]));
      }
      if (text[at++] !== close) throw new Error(`first panel: slot "${key}" is not closed`);
      parts.push(substitutions.length > 0 ? { k: key, s: substitutions } : { k: key });
    }
    if (literal) parts.push(literal);
    return parts;
  };
  return read([]);
}

/** Every slot key of a text, nested ones too. */
export function slotKeys(text: SlotText): string[] {
  return text.flatMap((part) => (typeof part === 'string' ? [] : [part.k, ...(part.s ?? []).flatMap(slotKeys)]));
}
