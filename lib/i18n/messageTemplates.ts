import type { Locale } from './localized';

/**
 * The message files (public/_locales/<locale>/messages.json) as templates the page's scripts can
 * fill without asking the browser: in a Chromium content script the first getMessage of a page
 * is a synchronous request to the browser (2–6 ms measured on 2 cores), too long for the task
 * that shows a result. The build compiles the files (modules/messages.ts); the extension's own
 * pages keep asking browser.i18n.
 */

/** One message file as the browser reads it. */
export interface MessageFile {
  [key: string]: { message: string; description?: string; placeholders?: Record<string, { content: string }> };
}

/** Message key → template: named placeholders already replaced by their content ($1…$9). */
export type MessageTemplates = Readonly<Record<string, string>>;

/** Templates by language (of all keys, or of the keys one bundle needs; a language left out is asked for). */
export type BundledMessages = Readonly<Partial<Record<Locale, MessageTemplates>>>;

/** $NAME$ takes its placeholder's content; names ignore case (the browsers' rule). */
export function compileMessages(file: MessageFile, keys: Iterable<string> = Object.keys(file)): MessageTemplates {
  const templates: Record<string, string> = {};
  for (const key of keys) {
    const entry = file[key];
    if (!entry) throw new Error(`No message "${key}" to bundle`);
    const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
    templates[key] = entry.message.replace(/\$([a-z0-9_@]+)\$/gi, (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole);
  }
  return templates;
}

/** $1…$9 take the substitutions (a missing one is empty), $$ is "$". */
export function fillMessage(template: string, substitutions?: string | readonly string[]): string {
  if (!template.includes('$')) return template;
  const values = substitutions === undefined ? [] : typeof substitutions === 'string' ? [substitutions] : substitutions;
  return template.replace(/\$(\$|[1-9])/g, (_, mark: string) => (mark === '$' ? '$' : (values[Number(mark) - 1] ?? '')));
}
