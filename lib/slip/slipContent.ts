import { weeklyHours } from '../hours/weekly';
import { CALL_CENTRES } from '../notice/callCentres';
import { linesFromSettings } from '../settings/callCentreLines';
import type { Settings } from '../settings/definition';
import { foreignLanguagesOf, LANGUAGE_NAMES, type SlipLanguage } from './languages';
import { SLIP_TEXT, type SlipText, yearEndText } from './text';

/**
 * What one language's slip says, from the settings: the Japanese slip sends the patient to the
 * free dial 0120-95-0178 (事務連絡 ※1), every other language to its foreign-language line
 * 0120-0178-26, which answers in that language (docs/domain.md#foreign-language-line).
 */

// Patients ask the free dial, not the institutions' line (事務連絡 ※1).
const FREE_DIAL_NUMBER = CALL_CENTRES.find((c) => c.id === 'freeDial')?.number ?? '';

export interface SlipContent {
  language: SlipLanguage;
  /** The sheet's lang attribute. */
  tag: string;
  text: SlipText;
  number: string;
  /** The QR code's page. */
  page: string;
  /** e.g. ["Weekdays 9:30–20:00", "Sat, Sun, holidays 9:30–17:30"], in Japan time. */
  week: string[];
  closures: string | null;
  /** The line's languages by their own names; null on the Japanese slip. */
  lineLanguages: { tag: string; own: string }[] | null;
}

/** Japanese first, then the foreign-language line's languages, while the line is shown. */
export function slipLanguages(settings: Pick<Settings, 'showForeignLine' | 'foreignLineLanguages'>): SlipLanguage[] {
  return settings.showForeignLine ? ['ja', ...foreignLanguagesOf(settings.foreignLineLanguages)] : ['ja'];
}

export function slipContent(language: SlipLanguage, settings: Settings): SlipContent {
  const text = SLIP_TEXT[language];
  const japanese = language === 'ja';
  const line = linesFromSettings(settings)[japanese ? 'freeDial' : 'foreignLine'];
  return {
    language,
    tag: LANGUAGE_NAMES[language].tag,
    text,
    number: japanese ? FREE_DIAL_NUMBER : settings.foreignLineNumber,
    page: japanese ? settings.sourceLinkFreeDial : settings.foreignLinePage,
    week: weeklyHours(line, text, { joiner: text.listJoiner, dash: text.rangeDash }),
    closures: line.yearEnd ? yearEndText(text, line.yearEnd.from, line.yearEnd.to) : null,
    lineLanguages: japanese
      ? null
      : foreignLanguagesOf(settings.foreignLineLanguages).map((code) => ({ tag: LANGUAGE_NAMES[code].tag, own: LANGUAGE_NAMES[code].own })),
  };
}
