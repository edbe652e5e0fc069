/**
 * The panel's and popup's wording of a line's status (dates and times in Japan time). Words come
 * through a Translate function: browser.i18n in the extension, the message files in unit tests.
 */
import type { Translate } from '../i18n/localized';
import { clockText } from './formats';
import type { DaySpan } from './rules';
import { inTokyo, type LineStatus, type Tokyo } from './status';

export interface LineStatusText {
  todayHours: string;
  state: string;
  next: string | null;
  /** Present only when holidayCalendarKnown is false. */
  calendarNote?: string;
}

export { clockText };

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
