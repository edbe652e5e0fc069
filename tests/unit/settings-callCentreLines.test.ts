import { describe, expect, it } from 'vitest';
import { DEFAULT_LINES } from '../../lib/hours/rules';
import { lineStatus } from '../../lib/hours/status';
import { linesFromSettings } from '../../lib/settings/callCentreLines';
import { defaultSettings, type Settings } from '../../lib/settings/definition';

// The notice's hours (事務連絡 2023-06-09 ※1/※2; docs/domain.md#call-centres-and-hours).
const FREE_DIAL_WEEKDAY = { opens: '09:30', closes: '20:00' };
const FREE_DIAL_WEEKEND = { opens: '09:30', closes: '17:30' };
const INSTITUTIONS_WEEKDAY = { opens: '08:00', closes: '18:00' };
const INSTITUTIONS_SATURDAY = { opens: '08:00', closes: '16:00' };

function lines(overrides: Partial<Settings>) {
  return linesFromSettings({ ...defaultSettings(), ...overrides });
}

describe('linesFromSettings', () => {
  it('the hours defaults are the notice\'s (事務連絡 2023-06-09 ※1 ※2), and the settings defaults are the same', () => {
    expect(lines({})).toStrictEqual(DEFAULT_LINES);
    const yearEnd = { from: '12-29', to: '01-03' };
    expect(DEFAULT_LINES).toStrictEqual({
      freeDial: {
        weekday: FREE_DIAL_WEEKDAY,
        saturday: FREE_DIAL_WEEKEND,
        sunday: FREE_DIAL_WEEKEND,
        holiday: FREE_DIAL_WEEKEND,
        yearEnd,
        closedDates: [],
      },
      institutions: {
        weekday: INSTITUTIONS_WEEKDAY,
        saturday: INSTITUTIONS_SATURDAY,
        sunday: null,
        holiday: null,
        yearEnd,
        closedDates: [],
      },
      // The foreign-language line keeps ※1's calendar (docs/domain.md#foreign-language-line).
      foreignLine: {
        weekday: FREE_DIAL_WEEKDAY,
        saturday: FREE_DIAL_WEEKEND,
        sunday: FREE_DIAL_WEEKEND,
        holiday: FREE_DIAL_WEEKEND,
        yearEnd,
        closedDates: [],
      },
    });
  });

  it('reads the foreign-language line from its own hours settings, sharing the closures', () => {
    const own = lines({ foreignLineHoursSunday: '', foreignLineHoursWeekday: '10:00-19:00', extraClosedDates: ['2026-08-14'] });
    expect(own.foreignLine).toStrictEqual({
      weekday: { opens: '10:00', closes: '19:00' },
      saturday: FREE_DIAL_WEEKEND,
      sunday: null,
      holiday: FREE_DIAL_WEEKEND,
      yearEnd: { from: '12-29', to: '01-03' },
      closedDates: ['2026-08-14'],
    });
    // Its own settings, not the free dial's.
    expect(own.freeDial.sunday).toStrictEqual(FREE_DIAL_WEEKEND);
  });

  it('treats empty and unparsable values as closed / none without throwing', () => {
    const bad = lines({
      freeDialHoursWeekday: 'garbage',
      freeDialHoursSaturday: '18:00-08:00',
      freeDialHoursSunday: '25:00-26:00',
      freeDialHoursHoliday: '',
      yearEndClosedFrom: '',
      extraClosedDates: ['2026-08-14'],
    });
    expect(bad.freeDial).toStrictEqual({
      weekday: null,
      saturday: null,
      sunday: null,
      holiday: null,
      yearEnd: null,
      closedDates: ['2026-08-14'],
    });
  });

  it('survives values of the wrong type from untyped storage', () => {
    const untyped = {
      ...defaultSettings(),
      freeDialHoursWeekday: 42,
      extraClosedDates: 'x',
    } as unknown as Settings;
    expect(linesFromSettings(untyped).freeDial).toMatchObject({ weekday: null, closedDates: [] });
  });

  it('keeps a year-end range that does not wrap', () => {
    expect(
      lines({ yearEndClosedFrom: '08-13', yearEndClosedTo: '08-16' }).freeDial.yearEnd,
    ).toStrictEqual({ from: '08-13', to: '08-16' });
    const obon = lines({ yearEndClosedFrom: '08-13', yearEndClosedTo: '08-16' }).institutions;
    // Thu 2026-08-13 .. Sun 08-16 closed, Monday 08-17 opens.
    expect(lineStatus(obon, new Date('2026-08-12T18:00:00+09:00')).nextOpen).toStrictEqual(
      new Date('2026-08-17T08:00:00+09:00'),
    );
  });
});
