/**
 * A minimal XML writer for the generated templates (ADMX, ADML, .mobileconfig): every text and
 * attribute value is escaped here, so setting labels can never break the markup.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string | number | undefined>;
  children: readonly (XmlElement | string)[];
}

export function el(
  name: string,
  attributes: XmlElement['attributes'] = {},
  children: XmlElement['children'] = [],
): XmlElement {
  return { name, attributes, children };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeXml(text).replace(/"/g, '&quot;');
}

function render(node: XmlElement, depth: number): string {
  const indent = '  '.repeat(depth);
  const attributes = Object.entries(node.attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join('');
  const open = `${indent}<${node.name}${attributes}`;
  if (node.children.length === 0) return `${open}/>`;
  // Text-only content stays on the element's line: whitespace inside it would change the value.
  if (node.children.every((child) => typeof child === 'string')) {
    return `${open}>${escapeXml(node.children.join(''))}</${node.name}>`;
  }
  const inner = node.children.map((child) =>
    typeof child === 'string' ? `${indent}  ${escapeXml(child)}` : render(child, depth + 1),
  );
  return [`${open}>`, ...inner, `${indent}</${node.name}>`].join('\n');
}

/** The document: declaration, optional doctype line, the root element, a final newline. */
export function xmlDocument(root: XmlElement, doctype?: string): string {
  return ['<?xml version="1.0" encoding="utf-8"?>', ...(doctype ? [doctype] : []), render(root, 0), ''].join('\n');
}
