import { FIRST_PANEL_SLOT, type FirstPanelElement, type FirstPanelNode, type Slot, type SlotText } from '../../lib/content/firstPanelSlot';

/**
 * Reads the first panel's pre-rendered HTML (scripts/lib/firstPanel.tsx) into the tree the content
 * script builds nodes from (lib/content/firstPanelSlot.ts): creating the elements one by one costs
 * the page less than parsing HTML, and needs no HTML parser in the content script. The HTML is
 * preact-render-to-string's, of our own components: double-quoted attributes, no comments, no
 * void elements; the escapes it writes (&amp; &lt; &quot;, and &gt; should a version write it).
 */

const { open, separator, close } = FIRST_PANEL_SLOT;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };

function decodeEscapes(html: string): string {
  return html.replace(/&(amp|lt|gt|quot);/g, (entity) => ENTITIES[entity] as string);
}

/** Splits a text at its slots; a slot's substitutions are texts themselves. */
export function slotText(text: string): SlotText {
  let at = 0;
  const read = (until: readonly string[]): SlotText => {
    const parts: (string | Slot)[] = [];
    let literal = '';
    while (at < text.length && !until.includes(text[at] as string)) {
      const char = text[at++] as string;
      if (char !== open) {
        literal += char;
        continue;
      }
      if (literal) parts.push(literal);
      literal = '';
      const key = read([separator, close]).join('');
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

const TOKEN = /<\/([a-z0-9-]+)>|<([a-z0-9-]+)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*>|([^<]+)/gy;
const ATTRIBUTE = /([a-z-]+)(?:="([^"]*)")?/g;

/** The top-level nodes of the markup. */
export function firstPanelTree(html: string): FirstPanelNode[] {
  const root: { c: FirstPanelNode[] } = { c: [] };
  const open: { tag: string; children: FirstPanelNode[]; element?: FirstPanelElement & { c?: FirstPanelNode[] } }[] = [
    { tag: '', children: root.c },
  ];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(html); match; match = TOKEN.exec(html)) {
    const [, closing, tag, attributes, text] = match;
    const current = open[open.length - 1] as (typeof open)[number];
    if (text !== undefined) {
      current.children.push(slotText(decodeEscapes(text)));
    } else if (closing !== undefined) {
      if (closing !== current.tag) throw new Error(`first panel: </${closing}> closes <${current.tag}>`);
      open.pop();
      const element = current.element;
      if (element && element.c?.length === 0) delete element.c;
    } else if (tag !== undefined) {
      const element: FirstPanelElement & { c: FirstPanelNode[] } = { e: tag, c: [] };
      const a: Record<string, SlotText> = {};
      for (const [, name, value] of (attributes ?? '').matchAll(ATTRIBUTE)) a[name as string] = slotText(decodeEscapes(value ?? ''));
      if (Object.keys(a).length > 0) element.a = a;
      current.children.push(element);
      open.push({ tag, children: element.c, element });
    }
    if (TOKEN.lastIndex === html.length) break;
  }
  if (open.length !== 1 || TOKEN.lastIndex !== html.length) throw new Error('first panel: markup not read to its end');
  return root.c;
}
