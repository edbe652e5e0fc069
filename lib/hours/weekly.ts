import type { Locale } from '../i18n/localized';
import type { DaySpan, LineRules } from './rules';
import { clockText } from './text';

/** A line's week at a glance, e.g. ["平日 9:30〜20:00", "土・日・祝 9:30〜17:30"]. */

export interface WeekLabels {
  weekday: string;
  saturday: string;
  sunday: string;
  holiday: string;
  closed: string;
}

const DAY_TYPES = ['weekday', 'saturday', 'sunday', 'holiday'] as const;

export function spanText(span: DaySpan | null, locale: Locale, closed: string): string {
  if (!span) return closed;
  return `${clockText(span.opens)}${locale === 'ja' ? '〜' : '–'}${clockText(span.closes)}`;
}

export function weeklyHours(line: LineRules, labels: WeekLabels, locale: Locale): string[] {
  const groups: { days: string[]; hours: string }[] = [];
  for (const day of DAY_TYPES) {
    const hours = spanText(line[day], locale, labels.closed);
    const same = groups.find((g) => g.hours === hours);
    if (same) same.days.push(labels[day]);
    else groups.push({ days: [labels[day]], hours });
  }
  const joiner = locale === 'ja' ? '・' : ', ';
  return groups.map((g) => `${g.days.join(joiner)} ${g.hours}`);
}

/** "12-29" → "12/29". */
export function monthDayText(mmdd: string): string {
  const [month = '', day = ''] = mmdd.split('-');
  return `${Number(month)}/${Number(day)}`;
}
