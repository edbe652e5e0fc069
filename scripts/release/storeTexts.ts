// Writes the listing texts of every store and language into store/<store>/<lang>/, after checking
// them: store limits, a justification for everything each manifest asks for, the data-use answers
// against the manifest, and the privacy policy's stored keys against the code.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fieldText, justificationProblems, limitProblems, loadListing } from './listing';
import { dataUseProblems, storeManifestProblems } from './manifestRules';
import type { StorePackage } from './packages';
import { compareStoredKeys, keysInPolicy, storedKeysOfCode } from './storedKeys';
import { LANGS, type Lang, STORE_RULES } from './storeRules';

export function privacyPolicyFile(root: string, lang: Lang): string {
  return path.join(root, 'docs', `privacy.${lang}.md`);
}

/** Problems of the listing data and the privacy policies, for the given packages. */
export function storeTextProblems(root: string, packages: StorePackage[]): string[] {
  const problems: string[] = [];
  const { stored, problems: codeProblems } = storedKeysOfCode(root);
  problems.push(...codeProblems);
  for (const lang of LANGS) {
    const policyFile = privacyPolicyFile(root, lang);
    problems.push(...compareStoredKeys(stored, keysInPolicy(readFileSync(policyFile, 'utf8')), path.relative(root, policyFile)));
    const listing = loadListing(root, lang);
    for (const { store, manifest, texts } of packages) {
      const where = `${store}/${lang}`;
      problems.push(...limitProblems(store, listing, texts[lang], where), ...justificationProblems(listing, manifest, where));
    }
  }
  for (const { store, manifest } of packages) problems.push(...storeManifestProblems(store, manifest), ...dataUseProblems(store, manifest));
  return problems;
}

/** Writes store/<store>/<lang>/<field>.txt (the privacy policy too, as Markdown text); returns the files written. */
export function writeStoreTexts(root: string, packages: StorePackage[], storeDir: string): string[] {
  const written: string[] = [];
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text.endsWith('\n') ? text : `${text}\n`);
    written.push(file);
  };
  for (const lang of LANGS) {
    const listing = loadListing(root, lang);
    const policy = readFileSync(privacyPolicyFile(root, lang), 'utf8');
    for (const { store, manifest, texts } of packages) {
      const dir = path.join(storeDir, store, lang);
      for (const field of STORE_RULES[store].fields) write(path.join(dir, `${field}.txt`), fieldText(field, listing, manifest, texts[lang]));
      write(path.join(dir, 'privacy-policy.txt'), policy);
    }
  }
  return written;
}
