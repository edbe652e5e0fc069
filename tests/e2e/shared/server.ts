import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The fixture server of playwright.config.ts, which picks a free port and hands it to every
 * worker through TEST_PORT (set TEST_PORT to pin one).
 */
export const HOST = `127.0.0.1:${process.env.TEST_PORT}`;
export const SERVER = `http://${HOST}/`;

type MessageFile = Record<string, { message: string }>;
const files = new Map<string, MessageFile>();

/** A message of the extension's message files, as the browser shows it in `locale`. */
export function message(key: string, locale: 'ja' | 'en' = 'ja'): string {
  let file = files.get(locale);
  if (!file) {
    file = JSON.parse(readFileSync(path.resolve(`public/_locales/${locale}/messages.json`), 'utf8')) as MessageFile;
    files.set(locale, file);
  }
  const text = file[key]?.message;
  if (text === undefined) throw new Error(`No message "${key}" in ${locale}/messages.json`);
  return text;
}
