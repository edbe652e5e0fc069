import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { FIRST_PANEL_SLOT, type FirstPanelElement, type FirstPanelNode, type SlotText } from '../../lib/content/firstPanelSlot';
import { firstPanelTree, slotText } from '../../scripts/lib/firstPanelTree';

/** The first panel's pre-rendered HTML, produced as modules/first-panel.ts produces it. */
const HTML = execFileSync(process.execPath, ['--import', 'tsx', path.resolve('scripts/lib/firstPanel.tsx')], { encoding: 'utf8' });

const { open, separator, close } = FIRST_PANEL_SLOT;

/** preact-render-to-string's escapes (6.x): & < and " — it leaves > as it is. */
const encodeEntities = (text: string) => text.replace(/[&<"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '"': '&quot;' })[char] as string);

/** A text with its slots written back as the control characters, unescaped. */
function slotSource(text: SlotText): string {
  return text
    .map((part) => (typeof part === 'string' ? part : open + part.k + (part.s ?? []).map((s) => separator + slotSource(s)).join('') + close))
    .join('');
}

/** The tree written back as preact-render-to-string writes HTML: an attribute with no value is its name alone. */
function html(nodes: readonly FirstPanelNode[]): string {
  return nodes
    .map((node) => {
      if (!('e' in node)) return encodeEntities(slotSource(node));
      const attributes = Object.entries(node.a ?? {})
        .map(([name, value]) => (value.length === 0 ? ` ${name}` : ` ${name}="${encodeEntities(slotSource(value))}"`))
        .join('');
      return `<${node.e}${attributes}>${html(node.c ?? [])}</${node.e}>`;
    })
    .join('');
}

function elements(nodes: readonly FirstPanelNode[]): FirstPanelElement[] {
  return nodes.flatMap((node) => ('e' in node ? [node, ...elements(node.c ?? [])] : []));
}

const attribute = (element: FirstPanelElement, name: string) => element.a?.[name];
const textOf = (value: SlotText | undefined) => (value ?? []).map((part) => (typeof part === 'string' ? part : `{${part.k}}`)).join('');

describe('firstPanelTree over the real pre-render', () => {
  const tree = firstPanelTree(HTML);
  const all = elements(tree);

  it('the pre-render is a panel with slots, and hides a boolean attribute as its name alone', () => {
    expect(HTML.startsWith('<section class="panel"')).toBe(true);
    expect(HTML).toContain(open);
    expect(HTML).toMatch(/ hidden>/);
    expect(HTML).not.toMatch(/ hidden="/);
  });

  it('writes back to exactly the same HTML (round trip)', () => {
    expect(tree.length).toBeGreaterThan(0);
    expect(html(tree)).toBe(HTML);
  });

  it('holds elements only at the top, with the expected tags', () => {
    expect(tree.every((node) => 'e' in node)).toBe(true);
    expect(new Set(all.map((element) => element.e))).toEqual(new Set(['section', 'header', 'span', 'h2', 'button', 'p', 'h3', 'div', 'h4', 'a']));
  });

  it('an empty attribute reads as an empty text', () => {
    const hidden = all.filter((element) => attribute(element, 'hidden') !== undefined);
    expect(hidden.length).toBe(2);
    for (const element of hidden) expect(attribute(element, 'hidden')).toEqual([]);
  });

  it('has the reminder: a p with class reminder and role alert, worded by a slot', () => {
    const reminders = all.filter((element) => element.e === 'p' && textOf(attribute(element, 'class')) === 'reminder');
    expect(reminders).toHaveLength(1);
    const [reminder] = reminders as [FirstPanelElement];
    expect(attribute(reminder, 'role')).toEqual(['alert']);
    expect(reminder.c).toEqual([[{ k: 'reminderClinic' }]]);
  });

  it('both tel: links show their numbers as literal text, not slots', () => {
    const links = all.filter((element) => textOf(attribute(element, 'href')).startsWith('tel:'));
    expect(links.map((link) => [attribute(link, 'href'), link.c])).toEqual([
      [['tel:0120950178'], [['0120-95-0178']]],
      [['tel:08000804583'], [['0800-080-4583']]],
    ]);
  });

  it('a slot nested in a slot’s substitution reads as a slot of its own', () => {
    const call = all.find((element) => textOf(attribute(element, 'id')) === 'sa-freeDial-call');
    expect(call?.c).toEqual([[{ k: 'callNumber', s: [[{ k: 'freeDialName' }], ['0120-95-0178']] }]]);
  });

  it('texts and attributes are slots, some with substitutions (the title, the dismiss label)', () => {
    const title = all.find((element) => element.e === 'h2');
    expect(title?.c).toEqual([[{ k: 'panelShown', s: [[]] }]]);
    const dismiss = all.find((element) => element.e === 'button');
    expect(attribute(dismiss as FirstPanelElement, 'aria-label')).toEqual([{ k: 'dismiss' }]);
    expect(attribute(dismiss as FirstPanelElement, 'type')).toEqual(['button']);
  });
});

describe('firstPanelTree over other markup', () => {
  it('reads preact-render-to-string’s escapes back (& < > ")', () => {
    const markup = render(h('p', { title: 'a&b<c>d"e', hidden: true }, 'x&y<z>w"v'));
    expect(markup).toBe('<p title="a&amp;b&lt;c>d&quot;e" hidden>x&amp;y&lt;z>w&quot;v</p>');
    const tree = firstPanelTree(markup);
    expect(tree).toEqual([{ e: 'p', a: { title: ['a&b<c>d"e'], hidden: [] }, c: [['x&y<z>w"v']] }]);
    expect(html(tree)).toBe(markup);
    expect(firstPanelTree('<p>&gt;</p>')).toEqual([{ e: 'p', c: [['>']] }]);
  });

  it('an element with no children and no attributes has neither', () => {
    expect(firstPanelTree('<div><span></span>text</div>')).toEqual([{ e: 'div', c: [{ e: 'span' }, ['text']] }]);
  });

  it.each([
    ['a closing tag of another element', '<p><b></p>'],
    ['an element not closed', '<p><b></b>'],
    ['a closing tag with nothing open', '</p>'],
    ['a comment', '<p><!-- x --></p>'],
    ['a self-closing tag', '<p><br/></p>'],
    ['an unquoted attribute', '<p class=x></p>'],
    ['an unclosed slot in a text', `<p>${open}reminderClinic</p>`],
    ['an unclosed slot in an attribute', `<p title="${open}dismiss"></p>`],
    ['an unclosed nested slot', `<p>${open}callNumber${separator}${open}freeDialName${close}</p>`],
  ])('throws on %s', (_, markup) => {
    expect(() => firstPanelTree(markup)).toThrow(/first panel/);
  });
});

describe('slotText', () => {
  it('splits a text into literal parts and slots', () => {
    expect(slotText(`a${open}k${close}b`)).toEqual(['a', { k: 'k' }, 'b']);
    expect(slotText('plain')).toEqual(['plain']);
    expect(slotText('')).toEqual([]);
  });

  it('reads substitutions, empty ones and nested slots', () => {
    expect(slotText(`${open}k${separator}${close}`)).toEqual([{ k: 'k', s: [[]] }]);
    expect(slotText(`${open}k${separator}x${separator}${open}n${separator}y${close}z${close}`)).toEqual([
      { k: 'k', s: [['x'], [{ k: 'n', s: [['y']] }, 'z']] },
    ]);
  });

  it('throws on a slot not closed', () => {
    expect(() => slotText(`${open}k`)).toThrow(/slot "k" is not closed/);
    expect(() => slotText(`${open}k${separator}x`)).toThrow(/not closed/);
  });
});
