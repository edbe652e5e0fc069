import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CallCentreLines, DEFAULT_LINES } from '../../lib/hours/rules';
import { type DayType, type LineStatus, lineStatus } from '../../lib/hours/status';
import { linesFromSettings } from '../../lib/settings/callCentreLines';
import { defaultSettings, type Settings } from '../../lib/settings/definition';

/*
 * Every expectation below was worked out by hand from the calendar (weekday of each date, the
 * 祝日 published by 内閣府) and the notice's hours (事務連絡 2023-06-09 ※1/※2, domain.md):
 *   free dial     weekdays 09:30–20:00; Sat, Sun, 祝日 09:30–17:30
 *   institutions  weekdays 08:00–18:00; Sat 08:00–16:00; Sun and 祝日 closed
 *   both closed 12/29–1/3.
 * Instants are written with +09:00 so they mean the same moment under any TZ the suite runs in.
 */

const FREE_DIAL_WEEKDAY = { opens: '09:30', closes: '20:00' };
const FREE_DIAL_WEEKEND = { opens: '09:30', closes: '17:30' };
const INSTITUTIONS_WEEKDAY = { opens: '08:00', closes: '18:00' };
const INSTITUTIONS_SATURDAY = { opens: '08:00', closes: '16:00' };

function lines(overrides: Partial<Settings>): CallCentreLines {
  return linesFromSettings({ ...defaultSettings(), ...overrides });
}

const WITH_CLOSED_DATES = lines({ extraClosedDates: ['2026-08-14', '2026-08-11'] });
const ROUND_THE_CLOCK = lines({ freeDialHoursWeekday: '00:00-24:00' });
const SHORT_HOLIDAY_HOURS = lines({ institutionsHoursHoliday: '10:00-15:00' });
// A closure reaching past 成人の日 2027-01-11 (Mon), so the first weekday after it is a 祝日.
const LONG_NEW_YEAR = lines({ yearEndClosedTo: '01-10' });

type Line = 'freeDial' | 'institutions';
interface Case {
  name: string;
  line: Line;
  at: string;
  expected: Omit<LineStatus, 'holidayCalendarKnown'> & { holidayCalendarKnown?: boolean };
  rules?: CallCentreLines;
}

function open(closesAt: string, today: LineStatus['today'], dayType: DayType) {
  return { open: true, closesAt: new Date(closesAt), nextOpen: null, today, dayType };
}
function closed(nextOpen: string, today: LineStatus['today'], dayType: DayType) {
  return { open: false, closesAt: null, nextOpen: new Date(nextOpen), today, dayType };
}

const CASES: Case[] = [
  // ── Weekday (Wed 2026-06-10): every boundary minute ──
  {
    name: 'free dial one minute before opening',
    line: 'freeDial',
    at: '2026-06-10T09:29:00+09:00',
    expected: closed('2026-06-10T09:30:00+09:00', FREE_DIAL_WEEKDAY, 'weekday'),
  },
  {
    name: 'free dial opening minute',
    line: 'freeDial',
    at: '2026-06-10T09:30:00+09:00',
    expected: open('2026-06-10T20:00:00+09:00', FREE_DIAL_WEEKDAY, 'weekday'),
  },
  {
    name: 'free dial one minute after opening',
    line: 'freeDial',
    at: '2026-06-10T09:31:00+09:00',
    expected: open('2026-06-10T20:00:00+09:00', FREE_DIAL_WEEKDAY, 'weekday'),
  },
  {
    name: 'free dial last open minute',
    line: 'freeDial',
    at: '2026-06-10T19:59:00+09:00',
    expected: open('2026-06-10T20:00:00+09:00', FREE_DIAL_WEEKDAY, 'weekday'),
  },
  {
    name: 'free dial closing minute is closed',
    line: 'freeDial',
    at: '2026-06-10T20:00:00+09:00',
    expected: closed('2026-06-11T09:30:00+09:00', FREE_DIAL_WEEKDAY, 'weekday'),
  },
  {
    name: 'free dial one minute after closing',
    line: 'freeDial',
    at: '2026-06-10T20:01:00+09:00',
    expected: closed('2026-06-11T09:30:00+09:00', FREE_DIAL_WEEKDAY, 'weekday'),
  },
  {
    name: 'institutions one minute before opening',
    line: 'institutions',
    at: '2026-06-10T07:59:00+09:00',
    expected: closed('2026-06-10T08:00:00+09:00', INSTITUTIONS_WEEKDAY, 'weekday'),
  },
  {
    name: 'institutions opening minute',
    line: 'institutions',
    at: '2026-06-10T08:00:00+09:00',
    expected: open('2026-06-10T18:00:00+09:00', INSTITUTIONS_WEEKDAY, 'weekday'),
  },
  {
    name: 'institutions one minute after opening',
    line: 'institutions',
    at: '2026-06-10T08:01:00+09:00',
    expected: open('2026-06-10T18:00:00+09:00', INSTITUTIONS_WEEKDAY, 'weekday'),
  },
  {
    name: 'institutions last open minute',
    line: 'institutions',
    at: '2026-06-10T17:59:00+09:00',
    expected: open('2026-06-10T18:00:00+09:00', INSTITUTIONS_WEEKDAY, 'weekday'),
  },
  {
    name: 'institutions last millisecond',
    line: 'institutions',
    at: '2026-06-10T17:59:59.999+09:00',
    expected: open('2026-06-10T18:00:00+09:00', INSTITUTIONS_WEEKDAY, 'weekday'),
  },
  {
    name: 'institutions closing minute is closed',
    line: 'institutions',
    at: '2026-06-10T18:00:00+09:00',
    expected: closed('2026-06-11T08:00:00+09:00', INSTITUTIONS_WEEKDAY, 'weekday'),
  },
  {
    name: 'institutions one minute after closing',
    line: 'institutions',
    at: '2026-06-10T18:01:00+09:00',
    expected: closed('2026-06-11T08:00:00+09:00', INSTITUTIONS_WEEKDAY, 'weekday'),
  },

  // ── Saturday (2026-06-13) ──
  {
    name: 'free dial Saturday before opening',
    line: 'freeDial',
    at: '2026-06-13T09:29:00+09:00',
    expected: closed('2026-06-13T09:30:00+09:00', FREE_DIAL_WEEKEND, 'saturday'),
  },
  {
    name: 'free dial Saturday opening minute',
    line: 'freeDial',
    at: '2026-06-13T09:30:00+09:00',
    expected: open('2026-06-13T17:30:00+09:00', FREE_DIAL_WEEKEND, 'saturday'),
  },
  {
    name: 'free dial Saturday last open minute',
    line: 'freeDial',
    at: '2026-06-13T17:29:00+09:00',
    expected: open('2026-06-13T17:30:00+09:00', FREE_DIAL_WEEKEND, 'saturday'),
  },
  {
    name: 'free dial Saturday closing minute → Sunday',
    line: 'freeDial',
    at: '2026-06-13T17:30:00+09:00',
    expected: closed('2026-06-14T09:30:00+09:00', FREE_DIAL_WEEKEND, 'saturday'),
  },
  {
    name: 'free dial Saturday after closing → Sunday',
    line: 'freeDial',
    at: '2026-06-13T17:31:00+09:00',
    expected: closed('2026-06-14T09:30:00+09:00', FREE_DIAL_WEEKEND, 'saturday'),
  },
  {
    name: 'institutions Saturday before opening',
    line: 'institutions',
    at: '2026-06-13T07:59:00+09:00',
    expected: closed('2026-06-13T08:00:00+09:00', INSTITUTIONS_SATURDAY, 'saturday'),
  },
  {
    name: 'institutions Saturday opening minute',
    line: 'institutions',
    at: '2026-06-13T08:00:00+09:00',
    expected: open('2026-06-13T16:00:00+09:00', INSTITUTIONS_SATURDAY, 'saturday'),
  },
  {
    name: 'institutions Saturday last open minute',
    line: 'institutions',
    at: '2026-06-13T15:59:00+09:00',
    expected: open('2026-06-13T16:00:00+09:00', INSTITUTIONS_SATURDAY, 'saturday'),
  },
  {
    name: 'institutions Saturday closing minute → Monday',
    line: 'institutions',
    at: '2026-06-13T16:00:00+09:00',
    expected: closed('2026-06-15T08:00:00+09:00', INSTITUTIONS_SATURDAY, 'saturday'),
  },
  {
    name: 'institutions Saturday after closing → Monday',
    line: 'institutions',
    at: '2026-06-13T16:01:00+09:00',
    expected: closed('2026-06-15T08:00:00+09:00', INSTITUTIONS_SATURDAY, 'saturday'),
  },

  // ── Sunday (2026-06-14) ──
  {
    name: 'institutions closed all Sunday → Monday 8:00',
    line: 'institutions',
    at: '2026-06-14T12:00:00+09:00',
    expected: closed('2026-06-15T08:00:00+09:00', null, 'sunday'),
  },
  {
    name: 'free dial open on Sunday',
    line: 'freeDial',
    at: '2026-06-14T12:00:00+09:00',
    expected: open('2026-06-14T17:30:00+09:00', FREE_DIAL_WEEKEND, 'sunday'),
  },
  {
    name: 'free dial Sunday closing minute → Monday 9:30',
    line: 'freeDial',
    at: '2026-06-14T17:30:00+09:00',
    expected: closed('2026-06-15T09:30:00+09:00', FREE_DIAL_WEEKEND, 'sunday'),
  },

  // ── 祝日 on a weekday (海の日 Mon 2026-07-20) ──
  {
    name: 'free dial keeps holiday hours on a weekday 祝日',
    line: 'freeDial',
    at: '2026-07-20T12:00:00+09:00',
    expected: open('2026-07-20T17:30:00+09:00', FREE_DIAL_WEEKEND, 'holiday'),
  },
  {
    name: 'free dial closed at 18:00 on a 祝日 (weekday hours do not apply)',
    line: 'freeDial',
    at: '2026-07-20T18:00:00+09:00',
    expected: closed('2026-07-21T09:30:00+09:00', FREE_DIAL_WEEKEND, 'holiday'),
  },
  {
    name: 'institutions closed on a weekday 祝日',
    line: 'institutions',
    at: '2026-07-20T10:00:00+09:00',
    expected: closed('2026-07-21T08:00:00+09:00', null, 'holiday'),
  },

  // ── 祝日 on a Saturday (憲法記念日 Sat 2025-05-03, then みどりの日 Sun, こどもの日 Mon, 振替休日 Tue) ──
  {
    name: 'institutions closed on a Saturday 祝日, reopen after Golden Week',
    line: 'institutions',
    at: '2025-05-03T10:00:00+09:00',
    expected: closed('2025-05-07T08:00:00+09:00', null, 'holiday'),
  },
  {
    name: 'free dial open on a Saturday 祝日',
    line: 'freeDial',
    at: '2025-05-03T10:00:00+09:00',
    expected: open('2025-05-03T17:30:00+09:00', FREE_DIAL_WEEKEND, 'holiday'),
  },
  {
    name: 'holiday hours beat Saturday hours',
    line: 'institutions',
    rules: SHORT_HOLIDAY_HOURS,
    at: '2025-05-03T14:59:00+09:00',
    expected: open('2025-05-03T15:00:00+09:00', { opens: '10:00', closes: '15:00' }, 'holiday'),
  },
  {
    name: 'holiday hours beat Sunday closure (みどりの日 on Sunday)',
    line: 'institutions',
    rules: SHORT_HOLIDAY_HOURS,
    at: '2025-05-03T15:30:00+09:00',
    expected: closed('2025-05-04T10:00:00+09:00', { opens: '10:00', closes: '15:00' }, 'holiday'),
  },

  // ── 振替休日 (Wed 2026-05-06) and 国民の休日 (Tue 2026-09-22) ──
  {
    name: 'institutions closed on 振替休日',
    line: 'institutions',
    at: '2026-05-06T09:00:00+09:00',
    expected: closed('2026-05-07T08:00:00+09:00', null, 'holiday'),
  },
  {
    name: 'free dial holiday hours on 振替休日',
    line: 'freeDial',
    at: '2026-05-06T19:00:00+09:00',
    expected: closed('2026-05-07T09:30:00+09:00', FREE_DIAL_WEEKEND, 'holiday'),
  },
  {
    name: 'institutions Saturday evening before Silver Week → Thursday',
    line: 'institutions',
    at: '2026-09-19T16:30:00+09:00',
    expected: closed('2026-09-24T08:00:00+09:00', INSTITUTIONS_SATURDAY, 'saturday'),
  },
  {
    name: 'free dial opens on 国民の休日',
    line: 'freeDial',
    at: '2026-09-22T09:30:00+09:00',
    expected: open('2026-09-22T17:30:00+09:00', FREE_DIAL_WEEKEND, 'holiday'),
  },
  {
    name: 'institutions closed on 国民の休日',
    line: 'institutions',
    at: '2026-09-22T12:00:00+09:00',
    expected: closed('2026-09-24T08:00:00+09:00', null, 'holiday'),
  },

  // ── 年末年始 (12/29–1/3) ──
  {
    name: 'free dial last minute before the year-end closure',
    line: 'freeDial',
    at: '2026-12-28T19:59:00+09:00',
    expected: open('2026-12-28T20:00:00+09:00', FREE_DIAL_WEEKDAY, 'weekday'),
  },
  {
    name: 'free dial 12/28 evening → 1/4',
    line: 'freeDial',
    at: '2026-12-28T20:00:00+09:00',
    expected: closed('2027-01-04T09:30:00+09:00', FREE_DIAL_WEEKDAY, 'weekday'),
  },
  {
    name: 'institutions 12/28 evening → 1/4 8:00',
    line: 'institutions',
    at: '2026-12-28T20:00:00+09:00',
    expected: closed('2027-01-04T08:00:00+09:00', INSTITUTIONS_WEEKDAY, 'weekday'),
  },
  {
    name: 'institutions closed from 12/29 00:00',
    line: 'institutions',
    at: '2026-12-29T00:00:00+09:00',
    expected: closed('2027-01-04T08:00:00+09:00', null, 'yearEnd'),
  },
  {
    name: 'free dial Sunday 12/28 → Sunday 1/4 (open on Sundays)',
    line: 'freeDial',
    at: '2025-12-28T18:00:00+09:00',
    expected: closed('2026-01-04T09:30:00+09:00', FREE_DIAL_WEEKEND, 'sunday'),
  },
  {
    name: 'institutions Sunday 12/28 → Monday 1/5 (1/4 is Sunday)',
    line: 'institutions',
    at: '2025-12-28T18:00:00+09:00',
    expected: closed('2026-01-05T08:00:00+09:00', null, 'sunday'),
  },
  {
    name: 'year-end closure beats 元日',
    line: 'freeDial',
    at: '2027-01-01T12:00:00+09:00',
    expected: closed('2027-01-04T09:30:00+09:00', null, 'yearEnd'),
  },
  {
    name: 'institutions closed on 1/3',
    line: 'institutions',
    at: '2027-01-03T12:00:00+09:00',
    expected: closed('2027-01-04T08:00:00+09:00', null, 'yearEnd'),
  },
  {
    name: 'free dial last minute of 1/3',
    line: 'freeDial',
    at: '2027-01-03T23:59:00+09:00',
    expected: closed('2027-01-04T09:30:00+09:00', null, 'yearEnd'),
  },
  {
    name: 'institutions open again 1/4 8:00',
    line: 'institutions',
    at: '2027-01-04T08:00:00+09:00',
    expected: open('2027-01-04T18:00:00+09:00', INSTITUTIONS_WEEKDAY, 'weekday'),
  },
  {
    name: 'first weekday after the closure is 成人の日: institutions wait a day',
    line: 'institutions',
    rules: LONG_NEW_YEAR,
    at: '2027-01-08T12:00:00+09:00',
    expected: closed('2027-01-12T08:00:00+09:00', null, 'yearEnd'),
  },
  {
    name: 'first weekday after the closure is 成人の日: free dial opens with holiday hours',
    line: 'freeDial',
    rules: LONG_NEW_YEAR,
    at: '2027-01-08T12:00:00+09:00',
    expected: closed('2027-01-11T09:30:00+09:00', null, 'yearEnd'),
  },

  // ── Years outside the holiday data: weekday rules, flagged ──
  {
    name: '2051-05-03 (Wed) answered with weekday hours, calendar unknown',
    line: 'freeDial',
    at: '2051-05-03T19:00:00+09:00',
    expected: {
      ...open('2051-05-03T20:00:00+09:00', FREE_DIAL_WEEKDAY, 'weekday'),
      holidayCalendarKnown: false,
    },
  },
  {
    name: '2051-05-03 institutions open on weekday rules',
    line: 'institutions',
    at: '2051-05-03T10:00:00+09:00',
    expected: {
      ...open('2051-05-03T18:00:00+09:00', INSTITUTIONS_WEEKDAY, 'weekday'),
      holidayCalendarKnown: false,
    },
  },
  {
    name: '1969-05-05 (Mon) before the data: weekday rules',
    line: 'institutions',
    at: '1969-05-05T10:00:00+09:00',
    expected: {
      ...open('1969-05-05T18:00:00+09:00', INSTITUTIONS_WEEKDAY, 'weekday'),
      holidayCalendarKnown: false,
    },
  },
  {
    name: 'next opening in a year without data is flagged',
    line: 'freeDial',
    at: '2050-12-28T20:00:00+09:00',
    expected: {
      ...closed('2051-01-04T09:30:00+09:00', FREE_DIAL_WEEKDAY, 'weekday'),
      holidayCalendarKnown: false,
    },
  },
  {
    name: 'open in the last covered year is known',
    line: 'freeDial',
    at: '2050-12-28T12:00:00+09:00',
    expected: open('2050-12-28T20:00:00+09:00', FREE_DIAL_WEEKDAY, 'weekday'),
  },

  // ── extraClosedDates (Fri 2026-08-14; Tue 2026-08-11 is also 山の日) ──
  {
    name: 'free dial closed on an extra closed date → Saturday',
    line: 'freeDial',
    rules: WITH_CLOSED_DATES,
    at: '2026-08-14T10:00:00+09:00',
    expected: closed('2026-08-15T09:30:00+09:00', null, 'closedDate'),
  },
  {
    name: 'institutions closed on an extra closed date → Saturday 8:00',
    line: 'institutions',
    rules: WITH_CLOSED_DATES,
    at: '2026-08-14T10:00:00+09:00',
    expected: closed('2026-08-15T08:00:00+09:00', null, 'closedDate'),
  },
  {
    name: 'next opening skips an extra closed date',
    line: 'institutions',
    rules: WITH_CLOSED_DATES,
    at: '2026-08-10T18:30:00+09:00',
    expected: closed('2026-08-12T08:00:00+09:00', INSTITUTIONS_WEEKDAY, 'weekday'),
  },
  {
    name: 'extra closed date beats 祝日 hours',
    line: 'freeDial',
    rules: WITH_CLOSED_DATES,
    at: '2026-08-11T12:00:00+09:00',
    expected: closed('2026-08-12T09:30:00+09:00', null, 'closedDate'),
  },

  // ── The Japan date, not the computer's: 23:30 UTC is already tomorrow in Japan ──
  {
    name: 'Tue 23:30 UTC is Wed 08:30 in Japan: institutions open',
    line: 'institutions',
    at: '2026-06-09T23:30:00Z',
    expected: open('2026-06-10T18:00:00+09:00', INSTITUTIONS_WEEKDAY, 'weekday'),
  },
  {
    name: 'Tue 23:30 UTC: free dial opens 09:30 Japan time the same Japan day',
    line: 'freeDial',
    at: '2026-06-09T23:30:00Z',
    expected: closed('2026-06-10T09:30:00+09:00', FREE_DIAL_WEEKDAY, 'weekday'),
  },
  {
    name: 'Fri 23:30 UTC is Saturday in Japan: Saturday hours',
    line: 'institutions',
    at: '2026-06-12T23:30:00Z',
    expected: open('2026-06-13T16:00:00+09:00', INSTITUTIONS_SATURDAY, 'saturday'),
  },
  {
    name: 'Sat 15:00 UTC is Sunday 00:00 in Japan',
    line: 'institutions',
    at: '2026-06-13T15:00:00Z',
    expected: closed('2026-06-15T08:00:00+09:00', null, 'sunday'),
  },
  {
    name: 'Sun 22:59 UTC is Monday 07:59 in Japan',
    line: 'institutions',
    at: '2026-06-14T22:59:00Z',
    expected: closed('2026-06-15T08:00:00+09:00', INSTITUTIONS_WEEKDAY, 'weekday'),
  },

  // ── A span closing at 24:00 (the settings allow it) ──
  {
    name: '24:00 closing: open at 23:59',
    line: 'freeDial',
    rules: ROUND_THE_CLOCK,
    at: '2026-06-10T23:59:00+09:00',
    expected: open('2026-06-11T00:00:00+09:00', { opens: '00:00', closes: '24:00' }, 'weekday'),
  },
  {
    name: '24:00 closing: midnight belongs to the next day',
    line: 'freeDial',
    rules: ROUND_THE_CLOCK,
    at: '2026-06-11T00:00:00+09:00',
    expected: open('2026-06-12T00:00:00+09:00', { opens: '00:00', closes: '24:00' }, 'weekday'),
  },
];

describe('lineStatus (Japan time, whatever process.env.TZ is)', () => {
  it.each(CASES)('$name ($line, $at)', ({ line, at, expected, rules = DEFAULT_LINES }) => {
    expect(lineStatus(rules[line], new Date(at))).toStrictEqual({
      holidayCalendarKnown: true,
      ...expected,
    });
  });

  it('finds no opening when a line never opens', () => {
    const never = lines({
      institutionsHoursWeekday: '',
      institutionsHoursSaturday: '',
    }).institutions;
    const status = lineStatus(never, new Date('2026-06-10T12:00:00+09:00'));
    expect(status).toMatchObject({ open: false, closesAt: null, nextOpen: null, today: null });
  });

  it('fails loudly on an invalid Date', () => {
    expect(() => lineStatus(DEFAULT_LINES.freeDial, new Date('not a date'))).toThrow(RangeError);
  });
});

describe('lineStatus invariants over random instants 1965–2055', () => {
  const instant = fc.date({
    min: new Date('1965-01-01T00:00:00Z'),
    max: new Date('2055-12-31T00:00:00Z'),
    noInvalidDate: true,
  });
  const lineName = fc.constantFrom<Line>('freeDial', 'institutions');

  it('open ⇔ closesAt set, closed ⇔ nextOpen set; the status flips exactly at that instant', () => {
    fc.assert(
      fc.property(instant, lineName, (at, name) => {
        const rules = DEFAULT_LINES[name];
        const s = lineStatus(rules, at);
        expect(s.closesAt !== null).toBe(s.open);
        expect(s.nextOpen === null).toBe(s.open);
        const change = s.closesAt ?? s.nextOpen;
        if (!change)
          throw new Error(`no opening or closing within a year after ${at.toISOString()}`);
        expect(change.getTime()).toBeGreaterThan(at.getTime());
        expect(lineStatus(rules, new Date(change.getTime() - 1)).open).toBe(s.open);
        expect(lineStatus(rules, change).open).toBe(!s.open);
      }),
      { numRuns: 300 },
    );
  });
});
