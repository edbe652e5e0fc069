import { describe, expect, it } from 'vitest';
import { DEFAULT_LINES } from '../../lib/hours/rules';
import { lineStatus } from '../../lib/hours/status';
import { describeLineStatus } from '../../lib/hours/text';
import { translator } from './localeMessages';

type Line = keyof typeof DEFAULT_LINES;

describe('describeLineStatus', () => {
  type Expected = { todayHours: string; state: string; next: string | null; calendarNote?: string };
  const DESCRIBE_CASES: { name: string; line: Line; at: string; ja: Expected; en: Expected }[] = [
    {
      name: 'open now',
      line: 'institutions',
      at: '2026-06-10T10:00:00+09:00',
      ja: { todayHours: '本日 8:00〜18:00', state: '受付中（18:00まで）', next: null },
      en: { todayHours: 'Today 8:00–18:00', state: 'Open now (until 18:00)', next: null },
    },
    {
      name: 'opens later today: no date',
      line: 'freeDial',
      at: '2026-06-10T09:00:00+09:00',
      ja: { todayHours: '本日 9:30〜20:00', state: '受付時間外', next: '次は 9:30 から' },
      en: { todayHours: 'Today 9:30–20:00', state: 'Closed now', next: 'Next: 9:30' },
    },
    {
      name: 'closed over New Year',
      line: 'institutions',
      at: '2026-12-28T20:00:00+09:00',
      ja: { todayHours: '本日 8:00〜18:00', state: '受付時間外', next: '次は 1/4（月）8:00 から' },
      en: { todayHours: 'Today 8:00–18:00', state: 'Closed now', next: 'Next: Mon 4 Jan, 8:00' },
    },
    {
      name: 'closed all day on Sunday',
      line: 'institutions',
      at: '2026-06-14T12:00:00+09:00',
      ja: { todayHours: '本日は受付なし', state: '受付時間外', next: '次は 6/15（月）8:00 から' },
      en: { todayHours: 'Closed today', state: 'Closed now', next: 'Next: Mon 15 Jun, 8:00' },
    },
    {
      name: 'domain.md example: 1/3 → 1/5（月）8:00',
      line: 'institutions',
      at: '2026-01-03T12:00:00+09:00',
      ja: { todayHours: '本日は受付なし', state: '受付時間外', next: '次は 1/5（月）8:00 から' },
      en: { todayHours: 'Closed today', state: 'Closed now', next: 'Next: Mon 5 Jan, 8:00' },
    },
    {
      name: 'UTC date differs, Japan date is the same: no date shown',
      line: 'freeDial',
      at: '2026-06-09T23:30:00Z',
      ja: { todayHours: '本日 9:30〜20:00', state: '受付時間外', next: '次は 9:30 から' },
      en: { todayHours: 'Today 9:30–20:00', state: 'Closed now', next: 'Next: 9:30' },
    },
    {
      name: 'year without holiday data carries a note',
      line: 'freeDial',
      at: '2051-05-03T19:00:00+09:00',
      ja: {
        todayHours: '本日 9:30〜20:00',
        state: '受付中（20:00まで）',
        next: null,
        calendarNote: 'この年の祝日データがないため、祝日は考慮していません',
      },
      en: {
        todayHours: 'Today 9:30–20:00',
        state: 'Open now (until 20:00)',
        next: null,
        calendarNote:
          'There is no national-holiday data for this year, so holidays are not taken into account',
      },
    },
  ];

  it.each(DESCRIBE_CASES)('$name ($line, $at)', ({ line, at, ja, en }) => {
    const when = new Date(at);
    const status = lineStatus(DEFAULT_LINES[line], when);
    expect(describeLineStatus(status, when, translator('ja'))).toStrictEqual(ja);
    expect(describeLineStatus(status, when, translator('en'))).toStrictEqual(en);
  });
});
