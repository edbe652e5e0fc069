/**
 * National holidays of Japan (祝日, 振替休日, 国民の休日 and one-off 休日 set by special laws), read
 * from the maintained @holiday-jp/holiday_jp dataset (docs/domain.md#calendar-rules: never hand-write the list).
 *
 * We import the raw data rather than the package's `isHoliday()`: that helper formats a Date with
 * the computer's local time zone, while callers here already hold the Japan date as 'YYYY-MM-DD'.
 */
import holidayData from '@holiday-jp/holiday_jp/lib/holidays';
import type { Holiday } from '@holiday-jp/holiday_jp/lib/types';
import type { Localized } from '../i18n/localized';

// Widened on purpose: the package's literal type lists every date and only slows the compiler.
const HOLIDAYS: ReadonlyMap<string, Holiday> = new Map(
  Object.entries(holidayData as Readonly<Record<string, Holiday>>),
);

const ISO_DATE = /^(\d{4})-\d{2}-\d{2}$/;

function dataYears(): { first: number; last: number } {
  const years = [...HOLIDAYS.keys()].map((date) => Number(date.slice(0, 4)));
  return { first: Math.min(...years), last: Math.max(...years) };
}

/** Years the dataset covers (taken from the data itself, so a package update widens it). */
export const HOLIDAY_DATA_YEARS: { readonly first: number; readonly last: number } = Object.freeze(
  dataYears(),
);

function yearOf(isoDate: string): number {
  const m = ISO_DATE.exec(isoDate);
  if (!m) throw new RangeError(`Expected a date as YYYY-MM-DD, got "${isoDate}"`);
  return Number(m[1]);
}

/** Whether the dataset has an answer for this date's year. */
export function holidayDataCovers(isoDate: string): boolean {
  const year = yearOf(isoDate);
  return year >= HOLIDAY_DATA_YEARS.first && year <= HOLIDAY_DATA_YEARS.last;
}

/**
 * 'unknown' outside the dataset's years: docs/domain.md#calendar-rules asks us to say the status is unknown there
 * rather than guess.
 */
export function holidayStatus(isoDate: string): 'holiday' | 'not-holiday' | 'unknown' {
  if (!holidayDataCovers(isoDate)) return 'unknown';
  return HOLIDAYS.has(isoDate) ? 'holiday' : 'not-holiday';
}

/** The holiday's name, e.g. { ja: '秋分の日', en: 'Autumnal Equinox Day' }; undefined if none. */
export function holidayName(isoDate: string): Localized | undefined {
  if (!holidayDataCovers(isoDate)) return undefined;
  const holiday = HOLIDAYS.get(isoDate);
  return holiday && { ja: holiday.name, en: holiday.name_en };
}
