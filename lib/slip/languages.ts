import type { Localized } from '../i18n/localized';
import type { ForeignLanguage } from '../notice/foreignLine';

/**
 * The slip's languages: Japanese and the foreign-language line's ten
 * (docs/domain.md#foreign-language-line). `tag` is the slip's `lang` attribute (BCP 47): it picks
 * the font and the line-breaking rules, so Chinese is zh-Hans (simplified characters), Tagalog is
 * "tl" as the line's page calls it (the Filipino "fil" tag would select the same fonts).
 */

export type SlipLanguage = 'ja' | ForeignLanguage;

export interface LanguageNames {
  tag: string;
  /** The language's name in itself, for staff to show the patient (English, 中文, नेपाली …). */
  own: string;
  /** Its name in the UI's languages (英語 / English). */
  name: Localized;
}

export const LANGUAGE_NAMES: Record<SlipLanguage, LanguageNames> = {
  ja: { tag: 'ja', own: '日本語', name: { ja: '日本語', en: 'Japanese' } },
  en: { tag: 'en', own: 'English', name: { ja: '英語', en: 'English' } },
  zh: { tag: 'zh-Hans', own: '中文', name: { ja: '中国語', en: 'Chinese' } },
  ko: { tag: 'ko', own: '한국어', name: { ja: '韓国語', en: 'Korean' } },
  es: { tag: 'es', own: 'Español', name: { ja: 'スペイン語', en: 'Spanish' } },
  pt: { tag: 'pt', own: 'Português', name: { ja: 'ポルトガル語', en: 'Portuguese' } },
  vi: { tag: 'vi', own: 'Tiếng Việt', name: { ja: 'ベトナム語', en: 'Vietnamese' } },
  th: { tag: 'th', own: 'ภาษาไทย', name: { ja: 'タイ語', en: 'Thai' } },
  id: { tag: 'id', own: 'Bahasa Indonesia', name: { ja: 'インドネシア語', en: 'Indonesian' } },
  tl: { tag: 'tl', own: 'Tagalog', name: { ja: 'タガログ語', en: 'Tagalog' } },
  ne: { tag: 'ne', own: 'नेपाली', name: { ja: 'ネパール語', en: 'Nepali' } },
};

/** Languages the settings allow, known ones only, each once (stored data is untyped at run time). */
export function foreignLanguagesOf(codes: readonly string[]): ForeignLanguage[] {
  const known = codes.filter((c): c is ForeignLanguage => c !== 'ja' && c in LANGUAGE_NAMES);
  return [...new Set(known)];
}
