/**
 * Whether a call centre takes calls at an instant, and when it opens next. Pure and browser-free;
 * every date and time is taken in Asia/Tokyo whatever the computer's time zone
 * (docs/domain.md#calendar-rules): a PC set to UTC at 23:30 UTC is already on the next day in Japan.
 */
import { DateTime } from 'luxon';
import { holidayStatus } from './holidays';
import { type DaySpan, type LineRules, spanMinutes } from './rules';

export type DayType = 'weekday' | 'saturday' | 'sunday' | 'holiday' | 'yearEnd' | 'closedDate';

export interface LineStatus {
  open: boolean;
  /** When open: the end of today's hours. */
  closesAt: Date | null;
  /** When closed: the next opening; null only if none within LOOKAHEAD_DAYS. */
  nextOpen: Date | null;
  /** Today's hours in Japan; null when closed all day. */
  today: DaySpan | null;
  dayType: DayType;
  /**
   * False when a day this answer depends on (today, and the days up to the next opening) lies
   * outside the holiday dataset's years; such days were treated as not being 祝日.
   */
  holidayCalendarKnown: boolean;
}

const ZONE = 'Asia/Tokyo';
// "walk forward up to a year": enough for any closure an administrator can configure.
const LOOKAHEAD_DAYS = 366;

export type Tokyo = DateTime<true>;

/** The instant as a Japan date-time; an invalid Date is a caller bug, so fail loudly. */
export function inTokyo(at: Date): Tokyo {
  const dt = DateTime.fromJSDate(at).setZone(ZONE);
  if (!dt.isValid) throw new RangeError(`Not a valid date: ${String(at)}`);
  return dt;
}

function inYearEnd(yearEnd: LineRules['yearEnd'], day: Tokyo): boolean {
  if (!yearEnd) return false;
  const md = day.toFormat('MM-dd');
  return yearEnd.from <= yearEnd.to
    ? md >= yearEnd.from && md <= yearEnd.to
    : md >= yearEnd.from || md <= yearEnd.to; // wraps over New Year
}

interface DayRule {
  dayType: DayType;
  span: DaySpan | null;
  minutes: { opens: number; closes: number } | null;
  holidayCalendarKnown: boolean;
}

/** Precedence: year-end and extra closed dates > 祝日 (even on Sat/Sun) > Sunday > Saturday > weekday. */
function dayRule(line: LineRules, day: Tokyo): DayRule {
  const iso = day.toISODate();
  const holiday = holidayStatus(iso);
  const holidayCalendarKnown = holiday !== 'unknown';
  const rule = (dayType: DayType, span: DaySpan | null): DayRule => {
    // A hand-built LineRules may carry a bad span: closed rather than a crash.
    const minutes = span && spanMinutes(span);
    return { dayType, span: minutes && span, minutes, holidayCalendarKnown };
  };
  if (inYearEnd(line.yearEnd, day)) return rule('yearEnd', null);
  if (line.closedDates.includes(iso)) return rule('closedDate', null);
  // Unknown years are answered from the weekday rules (treated as not 祝日).
  if (holiday === 'holiday') return rule('holiday', line.holiday);
  if (day.weekday === 7) return rule('sunday', line.sunday);
  if (day.weekday === 6) return rule('saturday', line.saturday);
  return rule('weekday', line.weekday);
}

/** The instants a day's hours open and close (Tokyo has no daylight saving time). */
function spanInstants(
  day: Tokyo,
  minutes: { opens: number; closes: number },
): { opensAt: Tokyo; closesAt: Tokyo } {
  return {
    opensAt: day.plus({ minutes: minutes.opens }),
    closesAt: day.plus({ minutes: minutes.closes }),
  };
}

/** The next opening at or after `now`, with whether every day looked at had holiday data. */
function findNextOpen(
  line: LineRules,
  now: Tokyo,
): { nextOpen: Tokyo | null; holidayCalendarKnown: boolean } {
  const startOfToday = now.startOf('day');
  let known = true;
  for (let offset = 0; offset <= LOOKAHEAD_DAYS; offset++) {
    const day = startOfToday.plus({ days: offset });
    const { minutes, holidayCalendarKnown } = dayRule(line, day);
    known &&= holidayCalendarKnown;
    if (!minutes) continue;
    const { opensAt } = spanInstants(day, minutes);
    if (opensAt >= now) return { nextOpen: opensAt, holidayCalendarKnown: known };
  }
  return { nextOpen: null, holidayCalendarKnown: known };
}

/** Whether the line takes calls at `at` (opens <= now < closes; the closing minute is closed). */
export function lineStatus(line: LineRules, at: Date): LineStatus {
  const now = inTokyo(at);
  const today = now.startOf('day');
  const { dayType, span, minutes, holidayCalendarKnown } = dayRule(line, today);
  const base = { today: span, dayType };
  if (minutes) {
    const { opensAt, closesAt } = spanInstants(today, minutes);
    if (opensAt <= now && now < closesAt) {
      return {
        ...base,
        open: true,
        closesAt: closesAt.toJSDate(),
        nextOpen: null,
        holidayCalendarKnown,
      };
    }
  }
  const next = findNextOpen(line, now);
  return {
    ...base,
    open: false,
    closesAt: null,
    nextOpen: next.nextOpen?.toJSDate() ?? null,
    holidayCalendarKnown: next.holidayCalendarKnown,
  };
}
