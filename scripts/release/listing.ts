// The store listing texts: read from docs/store/listing.<lang>.json (data, not code), checked
// against each store's limits and against the manifest of the package the store receives.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Manifest, requirements } from './manifestRules';
import { type Field, type Lang, length, SEARCH_TERMS, STORE_RULES, type Store } from './storeRules';

export interface Listing {
  description: string[];
  singlePurpose: string;
  permissions: Record<string, string>;
  hostAccess: Record<string, string>;
  webAccessibleResources: Record<string, string>;
  dataUse: { collected: string; remoteCode: string; certifications: string };
  searchTerms: string[];
  reviewerNotes: string[];
  promo: { headline: string; points: string[] };
}

/** Name and summary as the package's manifest gives them in one language (`__MSG_…__` resolved). */
export interface ManifestTexts {
  name: string;
  summary: string;
}

export function listingFile(root: string, lang: Lang): string {
  return path.join(root, 'docs/store', `listing.${lang}.json`);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function isTextList(value: unknown): value is string[] {
  return Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string');
}

function isTextMap(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && Object.values(value).every(isText);
}

/** Reads and shape-checks a listing file; a missing or empty field is an error, not a blank form. */
export function parseListing(json: string, file: string): Listing {
  const data = JSON.parse(json) as Record<string, unknown>;
  const dataUse = data.dataUse as Record<string, unknown> | undefined;
  const promo = data.promo as Record<string, unknown> | undefined;
  const checks: [string, boolean][] = [
    ['description', isTextList(data.description)],
    ['singlePurpose', isText(data.singlePurpose)],
    ['permissions', isTextMap(data.permissions)],
    ['hostAccess', isTextMap(data.hostAccess)],
    ['webAccessibleResources', isTextMap(data.webAccessibleResources)],
    ['dataUse', isText(dataUse?.collected) && isText(dataUse?.remoteCode) && isText(dataUse?.certifications)],
    ['searchTerms', isTextList(data.searchTerms)],
    ['reviewerNotes', isTextList(data.reviewerNotes)],
    ['promo', isText(promo?.headline) && isTextList(promo?.points)],
  ];
  const broken = checks.filter(([, ok]) => !ok).map(([name]) => name);
  if (broken.length > 0) throw new Error(`${file}: missing or empty: ${broken.join(', ')}`);
  return data as unknown as Listing;
}

export function loadListing(root: string, lang: Lang): Listing {
  const file = listingFile(root, lang);
  return parseListing(readFileSync(file, 'utf8'), path.relative(root, file));
}

/** The justification the listing gives for each thing the manifest asks for (undefined: none). */
export function justifications(listing: Listing, manifest: Manifest): { requirement: string; text: string | undefined }[] {
  return requirements(manifest).map(({ kind, name }) => ({ requirement: name, text: listing[kind][name] }));
}

/**
 * Every permission, host pattern and web-accessible file needs a justification, and every
 * justification must name something the manifest asks for (no text about permissions we dropped).
 */
export function justificationProblems(listing: Listing, manifest: Manifest, where: string): string[] {
  const asked = requirements(manifest);
  const problems = justifications(listing, manifest)
    .filter(({ text }) => text === undefined)
    .map(({ requirement }) => `${where}: no justification for "${requirement}" (docs/store/listing.*.json)`);
  for (const kind of ['permissions', 'hostAccess', 'webAccessibleResources'] as const) {
    for (const name of Object.keys(listing[kind])) {
      if (!asked.some((item) => item.kind === kind && item.name === name)) {
        problems.push(`${where}: justifies ${kind} "${name}", which the manifest does not ask for`);
      }
    }
  }
  return problems;
}

/** The text of one field for one store, as the maintainer pastes it into the store's form. */
export function fieldText(field: Field, listing: Listing, manifest: Manifest, texts: ManifestTexts): string {
  switch (field) {
    case 'name':
      return texts.name;
    case 'summary':
      return texts.summary;
    case 'description':
      return listing.description.join('\n');
    case 'single-purpose':
      return listing.singlePurpose;
    case 'permissions':
      return justifications(listing, manifest)
        .map(({ requirement, text }) => `${requirement}\n${text ?? ''}`)
        .join('\n\n');
    case 'data-use':
      return [listing.dataUse.collected, listing.dataUse.remoteCode, listing.dataUse.certifications].join('\n\n');
    case 'search-terms':
      return listing.searchTerms.join('\n');
    case 'reviewer-notes':
      return listing.reviewerNotes.join('\n\n');
  }
}

/** Store limits on the texts of one language. */
export function limitProblems(store: Store, listing: Listing, texts: ManifestTexts, where: string): string[] {
  const rules = STORE_RULES[store];
  const problems: string[] = [];
  const within = (what: string, text: string, min: number, max: number) => {
    const size = length(text);
    if (size < min || size > max) problems.push(`${where}: ${what} has ${size} characters, ${rules.title} takes ${min}–${max}`);
  };
  within('name', texts.name, 1, rules.nameMax);
  within('summary', texts.summary, 1, rules.summaryMax);
  within('description', listing.description.join('\n'), rules.descriptionMin, rules.descriptionMax);
  if (rules.fields.includes('search-terms')) {
    const { maxTerms, maxLength, maxWords } = SEARCH_TERMS;
    const words = listing.searchTerms.flatMap((term) => term.split(/\s+/).filter(Boolean)).length;
    if (listing.searchTerms.length > maxTerms) problems.push(`${where}: ${listing.searchTerms.length} search terms, at most ${maxTerms}`);
    if (words > maxWords) problems.push(`${where}: ${words} words in the search terms, at most ${maxWords}`);
    for (const term of listing.searchTerms) within(`search term "${term}"`, term, 1, maxLength);
  }
  return problems;
}
