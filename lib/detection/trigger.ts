import type { Pattern } from './patterns';

/**
 * A cheap first test for a text node: can it be part of any pattern at all? Each pattern needs its
 * "trigger" character somewhere in its container, so a node without any trigger character (in any
 * form that NFKC turns into it) is never read again.
 *
 * A pattern's trigger is the character that tells it apart: the one fewest patterns share. The
 * shared ones are the field's common words (資格 is in every row of a patient list, valid or not),
 * while 無 of 資格（無効） is rare on a page of 資格（有効）. Kanji are preferred over other letters
 * and digits, and those over hiragana, which runs through all prose.
 */

const PREFERENCE: readonly RegExp[] = [/\p{Script=Han}/u, /^(?!\p{Script=Hiragana})[\p{L}\p{N}]/u, /^/u];

// Blocks holding characters that NFKC maps onto ordinary kanji/kana: radicals, enclosed and
// compatibility ideographs, half-width forms, enclosed ideographic supplement.
const COMPATIBILITY_RANGES: readonly [number, number][] = [
  [0x2e80, 0x2fdf],
  [0x3200, 0x33ff],
  [0xf900, 0xfaff],
  [0xff00, 0xffef],
  [0x1f200, 0x1f2ff],
  [0x2f800, 0x2fa1f],
];

function triggerOf(text: string, patterns: readonly Pattern[]): string {
  const chars = [...new Set(text)];
  const tier = PREFERENCE.map((kind) => chars.filter((c) => kind.test(c))).find((found) => found.length > 0) ?? [];
  const sharedBy = (c: string) => patterns.filter((p) => p.text.includes(c)).length;
  // First of the least shared: stable for a given set of patterns.
  return tier.reduce<string>((best, c) => (best === '' || sharedBy(c) < sharedBy(best) ? c : best), '');
}

// Not a regular expression: each one costs a frame's start its compilation (about 0.1 ms, fresh tabs).
const SPECIAL_IN_CLASS = '\\]^-';

function escapeForClass(char: string): string {
  return SPECIAL_IN_CLASS.includes(char) ? `\\${char}` : char;
}

/** A compatibility character and what NFKC makes of it: alone, and before each sound mark. */
type CompatibilityForms = readonly [char: string, forms: readonly string[]];

let compatibilityForms: CompatibilityForms[] | undefined;

/**
 * NFKC of one block's characters, each apart: one normalize() for the whole block, with NUL
 * between them (a starter that nothing composes with), instead of one call per character (about
 * 2,400 of them: 9 ms of every page's start).
 */
function normalisedApart(chars: readonly string[], suffix: string): string[] {
  const forms = chars.map((c) => c + suffix).join('\0').normalize('NFKC').split('\0');
  return forms.length === chars.length ? forms : chars.map((c) => (c + suffix).normalize('NFKC'));
}

function compatibilityCharacters(): CompatibilityForms[] {
  if (compatibilityForms) return compatibilityForms;
  compatibilityForms = [];
  for (const [from, to] of COMPATIBILITY_RANGES) {
    const chars = Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));
    // Half-width kana combine with a following sound mark (ｶﾞ → ガ).
    const [alone, voiced, semiVoiced] = ['', '\uff9e', '\uff9f'].map((suffix) => normalisedApart(chars, suffix));
    chars.forEach((char, i) => {
      const mapped = alone?.[i] as string;
      if (mapped !== char) compatibilityForms?.push([char, [mapped, voiced?.[i] as string, semiVoiced?.[i] as string]]);
    });
  }
  return compatibilityForms;
}

/**
 * Every character whose presence lets a text hold one of `patterns`: each pattern's trigger and
 * the compatibility characters NFKC turns into it. Normalising the compatibility blocks costs a
 * frame's start about 10 ms, so the background works this out once for the settings it publishes
 * (lib/settings/published.ts) and every frame takes it from there.
 */
export function triggerCharacters(patterns: readonly Pattern[]): string {
  const triggers = triggersOf(patterns);
  const chars = new Set(triggers);
  for (const [char, forms] of compatibilityCharacters()) {
    for (const t of triggers) if (forms.some((form) => form.includes(t))) chars.add(char);
  }
  return [...chars].join('');
}

function triggersOf(patterns: readonly Pattern[]): Set<string> {
  return new Set(patterns.map((p) => triggerOf(p.text, patterns)).filter((c) => c !== ''));
}

/**
 * Whether `characters` (as published) can serve as the trigger characters of `patterns`: each
 * pattern has a character among them. That is all the test needs from what our background wrote,
 * whichever version chose it: every character it puts in is a pattern's trigger, with its
 * compatibility forms, or one of those forms (patterns are normalised, so they hold none of the
 * forms). A value missing every character of a pattern (one published for fewer patterns, or cut
 * short) fails, and the frame works the characters out itself. Otherwise a value is trusted to be
 * whole: making the choice again to check it would compile the Unicode-property expressions of
 * PREFERENCE, which cost a frame's start 0.1–4.5 ms (fresh tabs, Chromium).
 */
function fitsPatterns(characters: string, patterns: readonly Pattern[]): boolean {
  return patterns.every((p) => [...p.text].some((c) => characters.includes(c)));
}

/** The test of `patterns`' trigger characters: `known` when given and fitting, else worked out here. */
export function triggerTest(patterns: readonly Pattern[], known?: string): RegExp {
  const characters = known !== undefined && fitsPatterns(known, patterns) ? known : triggerCharacters(patterns);
  return new RegExp(`[${[...characters].map(escapeForClass).join('')}]`, 'u');
}
