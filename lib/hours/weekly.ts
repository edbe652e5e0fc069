import type { Locale } from '../i18n/localized';
import type { DaySpan, LineRules } from './rules';
import { clockText } from './formats';

/** A line's week at a glance, e.g. ["平日 9:30〜20:00", "土・日・祝 9:30〜17:30"]. */

export interface WeekLabels {
  weekday: string;
  saturday: string;
  sunday: string;
  holiday: string;
  closed: string;
}

const DAY_TYPES = ['weekday', 'saturday', 'sunday', 'holiday'] as const;

/** How a language writes a week: between day names, and between opening and closing. */
export interface WeekPunctuation {
  joiner: string;
  dash: string;
}

const UI_PUNCTUATION: Record<Locale, WeekPunctuation> = {
  ja: { joiner: '・', dash: '〜' },
  en: { joiner: ', ', dash: '–' },
};

export function spanText(span: DaySpan | null, locale: Locale | WeekPunctuation, closed: string): string {
  if (!span) return closed;
  const { dash } = typeof locale === 'string' ? UI_PUNCTUATION[locale] : locale;
  return `${clockText(span.opens)}${dash}${clockText(span.closes)}`;
}

/** Day types with the same hours share a row; `locale` is a UI language or a slip's punctuation. */
export function weeklyHours(line: LineRules, labels: WeekLabels, locale: Locale | WeekPunctuation): string[] {
  const punctuation = typeof locale === 'string' ? UI_PUNCTUATION[locale] : locale;
  const groups: { days: string[]; hours: string }[] = [];
  for (const day of DAY_TYPES) {
    const hours = spanText(line[day], punctuation, labels.closed);
    const same = groups.find((g) => g.hours === hours);
    if (same) same.days.push(labels[day]);
    else groups.push({ days: [labels[day]], hours });
  }
  return groups.map((g) => `${g.days.join(punctuation.joiner)} ${g.hours}`);
}

/** "12-29" → "12/29". */
export function monthDayText(mmdd: string): string {
  const [month = '', day = ''] = mmdd.split('-');
  return `${Number(month)}/${Number(day)}`;
}
