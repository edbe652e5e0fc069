import { CALL_CENTRES } from '../notice/callCentres';
import { lineStatus } from '../hours/status';
import { describeLineStatus } from '../hours/text';
import { linesFromSettings } from '../settings/callCentreLines';
import { t, uiLocale } from '../i18n/translate';
import type { CallCentreView } from '../messaging/messages';
import type { Settings } from '../settings/definition';
import { monthDayText, weeklyHours } from '../hours/weekly';

/** Every line as the panel and popup show them at `at` (the foreign-language line last). */
export function callCentreViews(settings: Settings, at: Date): CallCentreView[] {
  const locale = uiLocale();
  const lines = linesFromSettings(settings);
  const labels = {
    weekday: t('dayWeekday'),
    saturday: t('daySaturday'),
    sunday: t('daySunday'),
    holiday: t('dayHoliday'),
    closed: t('closedLabel'),
  };
  const ids = [...CALL_CENTRES.map((centre) => centre.id), 'foreignLine' as const];
  return ids.map((id) => {
    const line = lines[id];
    const status = lineStatus(line, at);
    const text = describeLineStatus(status, at, t);
    return {
      id,
      open: status.open,
      todayHours: text.todayHours,
      state: text.state,
      next: text.next,
      calendarNote: text.calendarNote ?? null,
      weekly: weeklyHours(line, labels, locale),
      closures: line.yearEnd ? t('yearEndClosed', [monthDayText(line.yearEnd.from), monthDayText(line.yearEnd.to)]) : null,
    };
  });
}
