// Fills the {{field}} slots of the HTML templates in docs/store/templates/. Text is escaped;
// fields given as `{ html }` are inserted as they are (lists built here from escaped text).
import { readFileSync } from 'node:fs';
import path from 'node:path';

export type TemplateValue = string | { html: string };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function fillTemplate(template: string, values: Record<string, TemplateValue>): string {
  const filled = template.replace(/\{\{(\w+)\}\}/g, (_all, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`The template has a field "${name}" that was not given`);
    return typeof value === 'string' ? escapeHtml(value) : value.html;
  });
  return filled;
}

export function readTemplate(root: string, name: string): string {
  return readFileSync(path.join(root, 'docs/store/templates', name), 'utf8');
}

export function pngDataUrl(png: Buffer): string {
  return `data:image/png;base64,${png.toString('base64')}`;
}
