/**
 * Call-centre hours: open now, next opening. Pure and browser-free (its wording comes through a
 * Translate function: browser.i18n in the extension, the message files in unit tests); every date
 * and time is taken in Asia/Tokyo whatever the computer's time zone (domain.md, calendar rules): a
 * PC set to UTC at 23:30 UTC is already on the next day in Japan.
 */
import { DateTime } from 'luxon';
import { holidayStatus } from './holidays';
import type { Translate } from './i18n';
import { defaultSettings, type SETTINGS, type SettingKey, type Settings } from './settings/definition';

/** 'HH:mm' in Japan time; `closes` may be '24:00' (the settings allow it). */
export interface DaySpan {
  opens: string;
  closes: string;
}

export interface LineRules {
  weekday: DaySpan | null;
  saturday: DaySpan | null;
  sunday: DaySpan | null;
  holiday: DaySpan | null;
  /** 'MM-DD' inclusive, may wrap the year (12-29 .. 01-03). */
  yearEnd: { from: string; to: string } | null;
  /** 'YYYY-MM-DD' closed all day. */
  closedDates: readonly string[];
}

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

/** The settings of the 'hours' group: derived from the definition, never listed twice. */
type HoursSettingKey = {
  [K in SettingKey]: (typeof SETTINGS)[K]['group'] extends 'hours' ? K : never;
}[SettingKey];

export type HoursSettings = Pick<Settings, HoursSettingKey>;

export interface CallCentreLines {
  /** マイナンバー総合フリーダイヤル 0120-95-0178 (patients). */
  freeDial: LineRules;
  /** オンライン資格確認等コールセンター 0800-080-4583 (medical institutions, pharmacies). */
  institutions: LineRules;
}

const SPAN = /^(\d{2}:\d{2})-(\d{2}:\d{2})$/;
const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Minutes after midnight for 'HH:mm' (00:00–24:00), or null. */
function minutesOf(time: string): number | null {
  const [, hh, mm] = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(time) ?? [];
  const minutes = Number(hh) * 60 + Number(mm);
  return hh !== undefined && minutes <= 24 * 60 ? minutes : null;
}

/** A span's opening and closing as minutes after midnight; null unless it opens before it closes. */
function spanMinutes(span: DaySpan): { opens: number; closes: number } | null {
  const opens = minutesOf(span.opens);
  const closes = minutesOf(span.closes);
  return opens !== null && closes !== null && opens < closes ? { opens, closes } : null;
}

// Settings are validated before they reach us, but stored or policy data is untyped at run time:
// whatever does not parse counts as "closed" / "none" instead of throwing.

/** "HH:mm-HH:mm" → span; "" (closed all day) and anything unparsable → null. */
function parseSpan(value: unknown): DaySpan | null {
  const [, opens, closes] = (typeof value === 'string' && SPAN.exec(value.trim())) || [];
  if (opens === undefined || closes === undefined) return null;
  return spanMinutes({ opens, closes }) ? { opens, closes } : null;
}

function parseMonthDay(value: unknown): string | null {
  const md = typeof value === 'string' ? value.trim() : '';
  return MONTH_DAY.test(md) ? md : null;
}

function parseYearEnd(from: unknown, to: unknown): LineRules['yearEnd'] {
  const f = parseMonthDay(from);
  const t = parseMonthDay(to);
  return f && t ? { from: f, to: t } : null;
}

function parseDates(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter((d): d is string => typeof d === 'string').map((d) => d.trim());
}

function lineFrom(
  weekday: unknown,
  saturday: unknown,
  sunday: unknown,
  holiday: unknown,
  shared: Pick<LineRules, 'yearEnd' | 'closedDates'>,
): LineRules {
  return {
    weekday: parseSpan(weekday),
    saturday: parseSpan(saturday),
    sunday: parseSpan(sunday),
    holiday: parseSpan(holiday),
    ...shared,
  };
}

/** Both lines' rules from the flat hours settings; bad values count as closed and never throw. */
export function linesFromSettings(s: HoursSettings): CallCentreLines {
  // The year-end closure and extra closed dates apply to both lines (settings definition).
  const shared = {
    yearEnd: parseYearEnd(s.yearEndClosedFrom, s.yearEndClosedTo),
    closedDates: parseDates(s.extraClosedDates),
  };
  return {
    freeDial: lineFrom(
      s.freeDialHoursWeekday,
      s.freeDialHoursSaturday,
      s.freeDialHoursSunday,
      s.freeDialHoursHoliday,
      shared,
    ),
    institutions: lineFrom(
      s.institutionsHoursWeekday,
      s.institutionsHoursSaturday,
      s.institutionsHoursSunday,
      s.institutionsHoursHoliday,
      shared,
    ),
  };
}

/**
 * The notice's hours, via the settings defaults (事務連絡 2023-06-09 ※1 free dial: weekdays
 * 09:30–20:00, Sat/Sun/祝日 09:30–17:30; ※2 institutions: weekdays 08:00–18:00, Sat 08:00–16:00;
 * both closed 年末年始 12/29–1/3). Derived, never typed a second time.
 */
export const DEFAULT_LINES: CallCentreLines = linesFromSettings(defaultSettings());

type Tokyo = DateTime<true>;

/** The instant as a Japan date-time; an invalid Date is a caller bug, so fail loudly. */
function inTokyo(at: Date): Tokyo {
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

// ─── Formatting for the panel ──────────────────────────────────────────────────────────────

export interface LineStatusText {
  todayHours: string;
  state: string;
  next: string | null;
  /** Present only when holidayCalendarKnown is false. */
  calendarNote?: string;
}

/** '09:30' → '9:30' (no leading zero on the hour, as on the operators' pages). */
export function clockText(time: string): string {
  return time.replace(/^0(\d)/, '$1');
}

function todayHoursText(today: DaySpan | null, t: Translate): string {
  if (!today) return t('hoursClosedToday');
  return t('hoursToday', [clockText(today.opens), clockText(today.closes)]);
}

function stateText(status: LineStatus, t: Translate): string {
  if (!status.open || !status.today) return t('lineClosedNow');
  return t('lineOpenUntil', clockText(status.today.closes));
}

/** The date is shown only when the next opening is not today (in Japan): 「次は 1/5（月）8:00 から」. */
function nextText(nextOpen: Tokyo, now: Tokyo, t: Translate): string {
  const time = nextOpen.toFormat('H:mm');
  if (nextOpen.toISODate() === now.toISODate()) return t('nextOpenToday', time);
  // Day and month names from the message files, not luxon's: those depend on the runtime's ICU
  // data. Both lists are comma-separated, Monday and January first (luxon weekday 1 = Monday).
  const weekday = t('weekdayNames').split(',')[nextOpen.weekday - 1] ?? '';
  const month = t('monthNames').split(',')[nextOpen.month - 1] ?? '';
  return t('nextOpenOnDate', [t('nextOpenDate', [month, String(nextOpen.day), weekday]), time]);
}

/** The panel's wording for one line's status at `at` (dates and times in Japan time). */
export function describeLineStatus(status: LineStatus, at: Date, t: Translate): LineStatusText {
  const text: LineStatusText = {
    todayHours: todayHoursText(status.today, t),
    state: stateText(status, t),
    next: !status.open && status.nextOpen ? nextText(inTokyo(status.nextOpen), inTokyo(at), t) : null,
  };
  if (!status.holidayCalendarKnown) text.calendarNote = t('holidayDataMissing');
  return text;
}
