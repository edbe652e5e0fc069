import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../lib/detection/normalise';
import { BUILT_IN_PATTERNS, compilePatterns } from '../../lib/detection/patterns';
import { SUGGESTED_PATTERNS } from '../../lib/settings/suggestedPatterns';
import { triggerCharacters, triggerTest } from '../../lib/detection/trigger';

describe('compilePatterns', () => {
  it('always holds the two built-in results', () => {
    expect(compilePatterns([]).patterns).toEqual([
      { text: '資格(無効)', status: 'invalid', wording: { name: 'statusInvalid', topic: 'unconfirmed' } },
      { text: '資格情報なし', status: 'no-info', wording: { name: 'statusNoInfo', topic: 'unconfirmed' } },
    ]);
  });

  it('adds extra patterns, normalised, with the status token custom', () => {
    const { patterns, rejected } = compilePatterns(['無効（新しい資格あり）', ' 該当資格なし ', '複数\u200b該当']);
    expect(patterns.slice(2)).toEqual([
      { text: '無効(新しい資格あり)', status: 'custom', wording: { name: 'wordingNewerRecord', topic: 'newerRecord' } },
      { text: '該当資格なし', status: 'custom', wording: { name: 'wordingNoEligible', topic: 'noEligible' } },
      { text: '複数該当', status: 'custom', wording: { name: 'wordingMultiple', topic: 'multiple' } },
    ]);
    expect(rejected).toEqual([]);
  });

  it.each([
    ['', /2文字以上/],
    ['   ', /2文字以上/],
    ['無', /2文字以上/],
    ['\u200b\u200b', /2文字以上/],
    ['資 ', /2文字以上/],
    ['資格 （無効）', /資格\(無効\)」として検出済み/],
    ['資格情報\u00a0なし', /資格情報なし」として検出済み/],
  ])('rejects %j with a reason', (pattern, reason) => {
    const { patterns, rejected } = compilePatterns([pattern]);
    expect(patterns).toEqual(BUILT_IN_PATTERNS);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.pattern).toBe(pattern);
    expect(rejected[0]?.reason.ja).toMatch(reason);
    expect(rejected[0]?.reason.en).not.toBe('');
  });

  it('rejects a repeated extra pattern, keeping the first', () => {
    const { patterns, rejected } = compilePatterns(['複数該当', '複数 該当']);
    expect(patterns.filter((p) => p.status === 'custom')).toEqual([{ text: '複数該当', status: 'custom', wording: { name: 'wordingMultiple', topic: 'multiple' } }]);
    expect(rejected.map((r) => r.pattern)).toEqual(['複数 該当']);
  });

  it('never throws, whatever a policy delivers', () => {
    fc.assert(
      fc.property(fc.array(fc.anything()), (extra) => {
        const { patterns, rejected } = compilePatterns(extra);
        expect(patterns.length + rejected.length).toBe(BUILT_IN_PATTERNS.length + extra.length);
        for (const p of patterns) expect([...p.text].length).toBeGreaterThanOrEqual(2);
      }),
    );
  });
});

/** Every character whose NFKC form is `char` (full-width, compatibility ideographs, radicals…). */
function variantsOf(char: string): string[] {
  const variants = [char];
  for (let code = 0x80; code <= 0x2ffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const candidate = String.fromCodePoint(code);
    if (candidate !== char && candidate.normalize('NFKC') === char) variants.push(candidate);
  }
  return variants;
}

describe('triggerTest', () => {
  const patterns = compilePatterns(SUGGESTED_PATTERNS).patterns;
  const trigger = triggerTest(patterns);
  const variants = new Map<string, string[]>();
  for (const p of patterns) for (const c of p.text) if (!variants.has(c)) variants.set(c, variantsOf(c));

  it('matches any raw text whose normalised form holds a pattern, in any compatibility form', () => {
    const raw = fc
      .record({
        pattern: fc.constantFrom(...patterns),
        picks: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
        before: fc.string({ maxLength: 5 }),
        after: fc.string({ maxLength: 5 }),
      })
      .map(({ pattern, picks, before, after }) => {
        const chars = [...pattern.text].map((c, i) => {
          const forms = variants.get(c) as string[];
          return forms[(picks[i] ?? 0) % forms.length];
        });
        return { pattern, text: before + chars.join('') + after };
      });
    fc.assert(
      fc.property(raw, ({ pattern, text }) => {
        fc.pre(normalise(text).includes(pattern.text));
        expect(trigger.test(text)).toBe(true);
      }),
    );
  });

  it('passes over text that cannot hold any pattern', () => {
    for (const text of ['有効', '山田 太郎', 'ヤマダ タロウ', '1940/01/01', 'あいうえお', '']) {
      expect(trigger.test(text), text).toBe(false);
    }
  });

  it('picks the character that tells a pattern apart, not the ones all results share', () => {
    const builtIn = triggerTest(compilePatterns([]).patterns);
    // Every row of a patient list reads 資格（有効）: none of them is worth a second look.
    for (const text of ['資格（有効）', '資格', '資格確認済', '資格（有効）12']) expect(builtIn.test(text), text).toBe(false);
    for (const text of ['（無効）', '無', '情報', '🈚効']) expect(builtIn.test(text), text).toBe(true);
  });

  it('holds the same characters as normalising each compatibility character alone', () => {
    const ranges: [number, number][] = [[0x2e80, 0x2fdf], [0x3200, 0x33ff], [0xf900, 0xfaff], [0xff00, 0xffef], [0x1f200, 0x1f2ff], [0x2f800, 0x2fa1f]];
    for (const extra of [[], SUGGESTED_PATTERNS]) {
      const compiled = compilePatterns(extra).patterns;
      const test = triggerTest(compiled);
      const triggers = [...compiled.map((p) => p.text).join('')].filter((c) => test.test(c));
      const expected = new Set<string>();
      for (const [from, to] of ranges) {
        for (let code = from; code <= to; code++) {
          const char = String.fromCodePoint(code);
          const forms = [char.normalize('NFKC'), `${char}\uff9e`.normalize('NFKC'), `${char}\uff9f`.normalize('NFKC')];
          if (forms[0] !== char && triggers.some((t) => forms.some((form) => form.includes(t)))) expected.add(char);
        }
      }
      const matched = new Set<string>();
      for (const [from, to] of ranges) for (let code = from; code <= to; code++) if (test.test(String.fromCodePoint(code))) matched.add(String.fromCodePoint(code));
      expect([...matched].sort()).toEqual([...expected].sort());
      expect(expected.size).toBeGreaterThan(0);
    }
  });

  it('takes the characters the background published when they fit the patterns, and works them out otherwise', () => {
    const builtIn = compilePatterns([]).patterns;
    const published = triggerCharacters(builtIn);
    expect(published).toContain('🈚');
    // A published character the patterns would not give proves the published value is used.
    expect(triggerTest(builtIn, `${published}ア`).test('ア')).toBe(true);
    // Missing every character of a pattern (a value cut short, or for other patterns): worked out here.
    for (const unfit of ['無', '', 'ア']) {
      const test = triggerTest(builtIn, unfit);
      expect(test.test('🈚効'), unfit).toBe(true);
      expect(test.test('情報'), unfit).toBe(true);
      expect(test.test('ア'), unfit).toBe(false);
    }
    // Another version's choice of triggers (効 for 資格(無効)) still gives every pattern one of its characters: taken.
    const otherChoice = triggerTest(builtIn, '効情');
    expect(otherChoice.test('効'), 'the published value is used').toBe(true);
    expect(otherChoice.test('資格（無'), 'not worked out again').toBe(false);
    // Characters published for fewer patterns hold no character of an added pattern.
    const withExtra = compilePatterns(['該当資格なし']).patterns;
    expect(triggerTest(withExtra, published).test('該当')).toBe(true);
  });

  it('accepts patterns with characters special to regular expressions', () => {
    const special = triggerTest(compilePatterns(['[(.*', '^-]\\']).patterns);
    expect(special.test('[(')).toBe(true);
    expect(special.test('^')).toBe(true);
    expect(special.test('abc')).toBe(false);
  });
});
