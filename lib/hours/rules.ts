/**
 * A call centre's opening rules, read from their written form ('HH:mm-HH:mm', 'MM-DD',
 * 'YYYY-MM-DD'). Stored or policy data is untyped at run time even after validation: whatever does
 * not parse counts as "closed" / "none" instead of throwing.
 */
import { DEFAULT_HOURS } from './defaults';
import { CLOCK_TIME, HOURS_SPAN, MONTH_DAY } from './formats';

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

export interface CallCentreLines {
  /** マイナンバー総合フリーダイヤル 0120-95-0178 (patients). */
  freeDial: LineRules;
  /** オンライン資格確認等コールセンター 0800-080-4583 (medical institutions, pharmacies). */
  institutions: LineRules;
  /** The free dial's foreign-language line 0120-0178-26 (patients who don't read Japanese). */
  foreignLine: LineRules;
}

/** One line's hours per day type as written: 'HH:mm-HH:mm', or '' for closed all day. */
export interface WrittenWeek {
  weekday: unknown;
  saturday: unknown;
  sunday: unknown;
  holiday: unknown;
}

/** Minutes after midnight for 'HH:mm' (00:00–24:00), or null. */
function minutesOf(time: string): number | null {
  const [, hh, mm] = CLOCK_TIME.exec(time) ?? [];
  const minutes = Number(hh) * 60 + Number(mm);
  return hh !== undefined && minutes <= 24 * 60 ? minutes : null;
}

/** A span's opening and closing as minutes after midnight; null unless it opens before it closes. */
export function spanMinutes(span: DaySpan): { opens: number; closes: number } | null {
  const opens = minutesOf(span.opens);
  const closes = minutesOf(span.closes);
  return opens !== null && closes !== null && opens < closes ? { opens, closes } : null;
}

/** "HH:mm-HH:mm" → span; "" (closed all day) and anything unparsable → null. */
function parseSpan(value: unknown): DaySpan | null {
  const [, opens, , closes] = (typeof value === 'string' && HOURS_SPAN.exec(value.trim())) || [];
  if (opens === undefined || closes === undefined) return null;
  return spanMinutes({ opens, closes }) ? { opens, closes } : null;
}

function parseMonthDay(value: unknown): string | null {
  const md = typeof value === 'string' ? value.trim() : '';
  return MONTH_DAY.test(md) ? md : null;
}

/** The year-end closure from its first and last day; null when either is missing or unparsable. */
export function parseYearEnd(from: unknown, to: unknown): LineRules['yearEnd'] {
  const f = parseMonthDay(from);
  const t = parseMonthDay(to);
  return f && t ? { from: f, to: t } : null;
}

export function parseDates(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter((d): d is string => typeof d === 'string').map((d) => d.trim());
}

/** One line's rules from its written week and the closures it shares with the other line. */
export function lineRules(week: WrittenWeek, shared: Pick<LineRules, 'yearEnd' | 'closedDates'>): LineRules {
  return {
    weekday: parseSpan(week.weekday),
    saturday: parseSpan(week.saturday),
    sunday: parseSpan(week.sunday),
    holiday: parseSpan(week.holiday),
    ...shared,
  };
}

/** The notice's hours (lib/hours/defaults.ts) as rules. */
export const DEFAULT_LINES: CallCentreLines = (() => {
  const shared = { yearEnd: parseYearEnd(DEFAULT_HOURS.yearEnd.from, DEFAULT_HOURS.yearEnd.to), closedDates: [] };
  return {
    freeDial: lineRules(DEFAULT_HOURS.freeDial, shared),
    institutions: lineRules(DEFAULT_HOURS.institutions, shared),
    foreignLine: lineRules(DEFAULT_HOURS.foreignLine, shared),
  };
})();
