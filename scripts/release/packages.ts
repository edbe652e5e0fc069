// The store packages of a release folder, opened: each store's manifest and its name and summary in
// each language, read from the zip the store receives (not from the sources), so the listing is
// checked against what is uploaded.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ManifestTexts } from './listing';
import type { Manifest } from './manifestRules';
import { type Lang, LANGS, STORE_RULES, STORES, type Store } from './storeRules';
import { readZip, type ZipEntry } from './zip';

export interface StorePackage {
  store: Store;
  file: string;
  entries: ZipEntry[];
  manifest: Manifest;
  texts: Record<Lang, ManifestTexts>;
}

/** `shikaku-alert-<version>-chrome.zip` and its kin; the sources zip is not a store package. */
export function packageFile(outDir: string, store: Store): string {
  const suffix = `-${STORE_RULES[store].package}.zip`;
  const found = readdirSync(outDir).filter((file) => file.endsWith(suffix));
  if (found.length !== 1) throw new Error(`Expected one *${suffix} in ${outDir}, found ${found.length}`);
  return path.join(outDir, found[0] as string);
}

function json(entries: ZipEntry[], name: string, zip: string): Record<string, unknown> {
  const entry = entries.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`${zip} has no ${name}`);
  return JSON.parse(entry.data.toString('utf8')) as Record<string, unknown>;
}

/** Resolves "__MSG_extName__" as the browser does, from the package's own message file. */
export function localise(value: unknown, messages: Record<string, unknown>): string {
  if (typeof value !== 'string') return '';
  return value.replace(/__MSG_(\w+)__/g, (_all, key: string) => {
    const entry = Object.entries(messages).find(([name]) => name.toLowerCase() === key.toLowerCase())?.[1];
    const message = (entry as { message?: unknown } | undefined)?.message;
    if (typeof message !== 'string') throw new Error(`No message "${key}"`);
    return message;
  });
}

export function openPackage(outDir: string, store: Store): StorePackage {
  const file = packageFile(outDir, store);
  const entries = readZip(readFileSync(file));
  const manifest = json(entries, 'manifest.json', file);
  const texts = Object.fromEntries(
    LANGS.map((lang) => {
      const messages = json(entries, `_locales/${lang}/messages.json`, file);
      return [lang, { name: localise(manifest.name, messages), summary: localise(manifest.description, messages) }];
    }),
  ) as Record<Lang, ManifestTexts>;
  return { store, file, entries, manifest, texts };
}

export function openPackages(outDir: string): StorePackage[] {
  return STORES.map((store) => openPackage(outDir, store));
}
