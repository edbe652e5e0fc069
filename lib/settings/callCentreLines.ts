import { type CallCentreLines, lineRules, parseDates, parseYearEnd } from '../hours/rules';
import type { SETTINGS, SettingKey, Settings } from './definition';

/** The settings of the 'hours' group: derived from the definition, never listed twice. */
type HoursSettingKey = {
  [K in SettingKey]: (typeof SETTINGS)[K]['group'] extends 'hours' ? K : never;
}[SettingKey];

export type HoursSettings = Pick<Settings, HoursSettingKey>;

/** Every line's rules from the flat hours settings; bad values count as closed and never throw. */
export function linesFromSettings(s: HoursSettings): CallCentreLines {
  // The year-end closure and extra closed dates apply to every line (settings definition).
  const shared = {
    yearEnd: parseYearEnd(s.yearEndClosedFrom, s.yearEndClosedTo),
    closedDates: parseDates(s.extraClosedDates),
  };
  return {
    freeDial: lineRules(
      {
        weekday: s.freeDialHoursWeekday,
        saturday: s.freeDialHoursSaturday,
        sunday: s.freeDialHoursSunday,
        holiday: s.freeDialHoursHoliday,
      },
      shared,
    ),
    institutions: lineRules(
      {
        weekday: s.institutionsHoursWeekday,
        saturday: s.institutionsHoursSaturday,
        sunday: s.institutionsHoursSunday,
        holiday: s.institutionsHoursHoliday,
      },
      shared,
    ),
    foreignLine: lineRules(
      {
        weekday: s.foreignLineHoursWeekday,
        saturday: s.foreignLineHoursSaturday,
        sunday: s.foreignLineHoursSunday,
        holiday: s.foreignLineHoursHoliday,
      },
      shared,
    ),
  };
}
