import { describe, expect, it } from 'vitest';
import { SUGGESTED_PATTERNS } from '../../lib/settings/suggestedPatterns';
import { normalise } from '../../lib/detection/normalise';
import { pageResults } from '../../lib/content/pageResults';
import type { Match } from '../../lib/detection/mentions';
import { compilePatterns } from '../../lib/detection/patterns';
import { WORDINGS, type Wording, type WordingId } from '../../lib/detection/wordings';
import { deskTopics, NOTICE_LINKS, SOURCE_LINK_LABELS, TOPIC_STEPS } from '../../lib/deskSteps/steps';
import { SETTINGS } from '../../lib/settings/definition';
import { checkHttpsUrl } from '../../lib/settings/links';
import { LOCALES, messageFile } from './localeMessages';

// 「窓口での確認」 (domain.md "Desk steps"): every step cites a source, no step names a measure that
// has ended, and each suggested wording gets its own first step.

const ALL_STEPS = Object.values(TOPIC_STEPS).flat();
const DESK_KEYS = (locale: (typeof LOCALES)[number]) =>
  Object.keys(messageFile(locale)).filter((key) => /^(desk|wording|slip)/.test(key));

/** Wordings of measures that have ended (domain.md): never shown, in either language. */
const ENDED_MEASURES: Record<(typeof LOCALES)[number], RegExp[]> = {
  // The old 健康保険証 (valid by look-up until 2026-03-31), and 資格確認書 for everyone aged 75+.
  // マイナ保険証 is the current card and stays allowed.
  ja: [/(?<!マイナ)健康保険証(?!利用)/, /期限切れ|有効期限/, /75\s*歳/, /後期高齢者/],
  en: [/expired/i, /\b75\b/, /aged\s+\d/i, /(old|paper|plastic) (health )?insurance card/i, /^(?!.*My Number).*health insurance card/i],
};

describe('desk steps: sources', () => {
  it('every step has a source link, an https default that passes its own check, and a name', () => {
    for (const step of ALL_STEPS) {
      const setting = SETTINGS[step.source];
      expect(setting.kind, step.text).toBe('text');
      expect(setting.default, step.text).toMatch(/^https:\/\//);
      expect(checkHttpsUrl(setting.default), step.text).toBeUndefined();
      expect(SOURCE_LINK_LABELS[step.source], step.text).toBeTruthy();
    }
  });

  it('the steps cite the MHLW page on what to do when the card cannot confirm coverage', () => {
    expect(new Set(ALL_STEPS.map((step) => SETTINGS[step.source].default))).toEqual(
      new Set(['https://www.mhlw.go.jp/stf/newpage_08280.html']),
    );
  });

  it('the notice’s four reference links are settings with the seed’s addresses', () => {
    expect(NOTICE_LINKS.map((key) => SETTINGS[key].default)).toEqual([
      'https://www.mhlw.go.jp/stf/newpage_08277.html#Q21',
      'https://www.mhlw.go.jp/stf/newpage_24976.html#Q21',
      'https://www.kojinbango-card.go.jp/contact/tel/',
      'https://www.iryohokenjyoho-portalsite.jp/post-7.html',
    ]);
  });

  it.each(LOCALES)('%s: every step, name and link label has a text', (locale) => {
    const messages = messageFile(locale);
    const keys = [...ALL_STEPS.map((s) => s.text), ...Object.values(SOURCE_LINK_LABELS)];
    for (const key of keys) expect(messages[key]?.message.trim(), `${locale} ${key}`).toBeTruthy();
  });

  it('each topic has three to five steps', () => {
    for (const [topic, steps] of Object.entries(TOPIC_STEPS)) {
      expect(steps.length, topic).toBeGreaterThanOrEqual(3);
      expect(steps.length, topic).toBeLessThanOrEqual(5);
    }
  });
});

describe('desk steps: measures that have ended are never named', () => {
  it('the check itself catches each ended measure, in both languages', () => {
    const examples = {
      ja: ['有効期限が切れた健康保険証でも受診できます', '75歳以上の方には資格確認書が届きます', '後期高齢者の方全員に資格確認書'],
      en: ['An expired health insurance card is still accepted', 'Everyone aged 75 or over gets a 資格確認書', 'the old insurance card'],
    };
    for (const locale of LOCALES) {
      for (const text of examples[locale]) {
        expect(ENDED_MEASURES[locale].some((re) => re.test(text)), `${locale}: ${text}`).toBe(true);
      }
    }
  });

  it.each(LOCALES)('%s: no desk step, wording or slip text names one', (locale) => {
    const messages = messageFile(locale);
    const keys = DESK_KEYS(locale);
    expect(keys.length).toBeGreaterThan(20);
    const named = keys.flatMap((key) =>
      ENDED_MEASURES[locale].filter((re) => re.test(messages[key]?.message ?? '')).map((re) => `${key} ${re}`),
    );
    expect(named).toEqual([]);
  });

  it('the share is the normal 1–3割, never 10割 as what the patient pays', () => {
    const ja = messageFile('ja').deskStepDeclaration?.message ?? '';
    expect(ja).toContain('1〜3割');
    expect(ja).toMatch(/10割ではありません/);
  });
});

/** The wording detection gives a result of this text (decided once, as the patterns are compiled). */
function wordingOf(text: string): Wording {
  const pattern = compilePatterns([text]).patterns.find((p) => p.text === normalise(text));
  if (!pattern) throw new Error(`no pattern detects ${text}`);
  return pattern.wording;
}

/** The topics of a page showing results of these texts, as the panel gets them. */
function deskTopicsFor(texts: readonly string[]) {
  const matches = texts.map((text) => ({ wording: wordingOf(text), status: 'custom' }) as Match);
  return deskTopics(pageResults(matches, matches[0] as Match).wordings);
}

describe('desk steps: named wordings', () => {
  it('the wordings are exactly the suggested patterns of the options page', () => {
    expect(Object.values(WORDINGS).sort()).toEqual([...SUGGESTED_PATTERNS].sort());
  });

  const OWN_FIRST_STEP: Record<WordingId, string> = {
    noEligible: 'deskStepRecheck',
    multiple: 'deskStepBranch',
    newerRecord: 'deskStepNewerRecord',
    // No step of their own in the sources (domain.md): the shared steps.
    none: 'deskStepPortal',
    noCondition: 'deskStepPortal',
  };

  it.each(Object.entries(OWN_FIRST_STEP))('%s: its topic starts with %s', (id, first) => {
    const topics = deskTopicsFor([WORDINGS[id as WordingId]]);
    expect(topics).toHaveLength(1);
    expect(topics[0]?.steps[0]?.text).toBe(first);
  });

  it('each wording is named as the screen shows it, with half-width brackets too', () => {
    expect(wordingOf('該当資格なし').name).toBe('wordingNoEligible');
    expect(wordingOf('無効(新しい資格あり)')).toEqual({ name: 'wordingNewerRecord', topic: 'newerRecord' });
    expect(wordingOf('無効（新しい資格あり）')).toBe(wordingOf('無効(新しい資格あり)'));
    expect(wordingOf('該当なし').name).toBe('wordingNone');
    expect(wordingOf('該当条件なし').name).toBe('wordingNoCondition');
    expect(wordingOf('複数該当').name).toBe('wordingMultiple');
  });

  it('free text and the built-ins share the generic steps, each named', () => {
    const topics = deskTopicsFor(['資格情報なし', '保険者未登録', '資格（無効）']);
    expect(topics.map((t) => t.id)).toEqual(['unconfirmed']);
    expect(topics[0]?.names).toEqual(['statusInvalid', 'statusNoInfo', 'statusCustom']);
    expect(topics[0]?.steps).toBe(TOPIC_STEPS.unconfirmed);
  });

  it('several kinds on one page: each topic once, the generic one first', () => {
    const topics = deskTopicsFor(['複数該当', '資格(無効)', '該当資格なし', '該当なし']);
    expect(topics.map((t) => [t.id, t.names])).toEqual([
      ['unconfirmed', ['statusInvalid', 'wordingNone']],
      ['noEligible', ['wordingNoEligible']],
      ['multiple', ['wordingMultiple']],
    ]);
  });

  it('該当資格なし: re-check the numbers and the date of birth before anything else', () => {
    const ja = messageFile('ja').deskStepRecheck?.message ?? '';
    for (const word of ['保険者番号', '記号', '番号', '枝番', '生年月日']) expect(ja).toContain(word);
  });
});
