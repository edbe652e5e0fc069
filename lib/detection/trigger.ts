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

function escapeForClass(char: string): string {
  return /[\\\]^-]/.test(char) ? `\\${char}` : char;
}

export function triggerTest(patterns: readonly Pattern[]): RegExp {
  const triggers = new Set(patterns.map((p) => triggerOf(p.text, patterns)).filter((c) => c !== ''));
  const chars = new Set(triggers);
  for (const [from, to] of COMPATIBILITY_RANGES) {
    for (let code = from; code <= to; code++) {
      const char = String.fromCodePoint(code);
      const mapped = char.normalize('NFKC');
      if (mapped === char) continue;
      // Half-width kana combine with a following sound mark (ｶﾞ → ガ).
      const variants = [mapped, `${char}\uff9e`.normalize('NFKC'), `${char}\uff9f`.normalize('NFKC')];
      for (const t of triggers) if (variants.some((v) => v.includes(t))) chars.add(char);
    }
  }
  return new RegExp(`[${[...chars].map(escapeForClass).join('')}]`, 'u');
}
