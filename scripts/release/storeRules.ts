// What each store accepts, as the stores' own forms and documentation state it. One place, so that
// the listing checks, the images and the tests read the same numbers.

export type Store = 'chrome' | 'edge' | 'firefox';
export const STORES: readonly Store[] = ['chrome', 'edge', 'firefox'];
export type Lang = 'ja' | 'en';
/** Japanese first: the users are Japanese clinics; English for administrators and reviewers. */
export const LANGS: readonly Lang[] = ['ja', 'en'];

/** The listing's text fields, each written to `store/<store>/<lang>/<field>.txt`. */
export type Field =
  | 'name'
  | 'summary'
  | 'description'
  | 'single-purpose'
  | 'permissions'
  | 'data-use'
  | 'search-terms'
  | 'reviewer-notes';

export interface StoreRules {
  title: string;
  /** The package this store receives (its manifest is checked against the listing). */
  package: 'chrome' | 'edge' | 'firefox';
  nameMax: number;
  summaryMax: number;
  descriptionMin: number;
  /** The same description goes to every store: the tightest maximum (Edge's) is applied to all. */
  descriptionMax: number;
  screenshotsMax: number;
  /** The fields the store's forms ask for, in the order they appear there. */
  fields: readonly Field[];
}

export const STORE_RULES: Record<Store, StoreRules> = {
  chrome: {
    title: 'Chrome Web Store',
    package: 'chrome',
    // Manifest name 75, manifest description (the store's summary) 132.
    nameMax: 75,
    summaryMax: 132,
    descriptionMin: 1,
    descriptionMax: 10_000,
    screenshotsMax: 5,
    fields: ['name', 'summary', 'description', 'single-purpose', 'permissions', 'data-use'],
  },
  edge: {
    title: 'Microsoft Edge Add-ons',
    package: 'edge',
    // Edge: name 45; the description must have 250 to 10,000 characters per language.
    nameMax: 45,
    summaryMax: 132,
    descriptionMin: 250,
    descriptionMax: 10_000,
    screenshotsMax: 6,
    fields: ['name', 'summary', 'description', 'search-terms', 'permissions', 'data-use', 'reviewer-notes'],
  },
  firefox: {
    title: 'Firefox Add-ons (addons.mozilla.org)',
    package: 'firefox',
    // AMO: name 50; the summary may be 250, but it is the manifest description Chrome caps at 132.
    nameMax: 50,
    summaryMax: 132,
    descriptionMin: 1,
    descriptionMax: 10_000,
    screenshotsMax: 10,
    fields: ['name', 'summary', 'description', 'permissions', 'data-use', 'reviewer-notes'],
  },
};

/** Edge's search terms: at most 7 terms of at most 30 characters, 21 words in all. */
export const SEARCH_TERMS = { maxTerms: 7, maxLength: 30, maxWords: 21 };

/** Store pictures (Chrome and Edge take the same sizes; AMO takes any screenshot size). */
export const IMAGE_SIZES = {
  screenshot: { width: 1280, height: 800 },
  promoSmall: { width: 440, height: 280 },
  marquee: { width: 1400, height: 560 },
  icon: { width: 128, height: 128 },
  /** Chrome: 96×96 artwork centred in the 128×128 icon, the rest transparent. */
  iconArtwork: 96,
} as const;

/** Characters as the stores count them: code points, not UTF-16 units. */
export function length(text: string): number {
  return [...text].length;
}
