import { describe, expect, it } from 'vitest';
import { lineStatus } from '../../lib/hours/status';
import { describeLineStatus } from '../../lib/hours/text';
import { linesFromSettings } from '../../lib/settings/callCentreLines';
import { defaultSettings } from '../../lib/settings/definition';
import { translator } from './localeMessages';

/*
 * The foreign-language line 0120-0178-26 from its default settings (docs/domain.md#foreign-language-line:
 * weekdays 9:30–20:00; Sat, Sun, 祝日 9:30–17:30; closed 12/29–1/3). Each expectation was worked out
 * by hand from the calendar (weekday of each date, 内閣府's 祝日). Instants carry +09:00 or Z, so
 * they are the same moment under any TZ; `npm test` runs this file under TZ=UTC and
 * TZ=America/Los_Angeles as well (scripts/test.mjs), which is where a local-time mistake shows.
 */

const line = linesFromSettings(defaultSettings()).foreignLine;
const ja = translator('ja');

function status(at: string) {
  const when = new Date(at);
  const s = lineStatus(line, when);
  return { ...s, text: describeLineStatus(s, when, ja) };
}

describe(`foreign-language line status in Japan time (TZ=${process.env.TZ ?? 'unset'})`, () => {
  it('weekday (Wed 2026-06-10): open from 9:30, until 20:00', () => {
    expect(status('2026-06-10T09:29:00+09:00')).toMatchObject({ open: false, dayType: 'weekday' });
    expect(status('2026-06-10T09:29:00+09:00').text.next).toBe('次は 9:30 から');
    const open = status('2026-06-10T19:59:00+09:00');
    expect(open).toMatchObject({ open: true, closesAt: new Date('2026-06-10T20:00:00+09:00') });
    expect(open.text.state).toBe('受付中（20:00まで）');
    expect(status('2026-06-10T20:00:00+09:00').open).toBe(false);
  });

  it('weekend: Saturday and Sunday 9:30–17:30, so 18:00 on Saturday is closed until Sunday 9:30', () => {
    expect(status('2026-06-13T17:29:00+09:00')).toMatchObject({ open: true, dayType: 'saturday' });
    const after = status('2026-06-13T18:00:00+09:00');
    expect(after).toMatchObject({ open: false, nextOpen: new Date('2026-06-14T09:30:00+09:00') });
    expect(after.text.next).toBe('次は 6/14（日）9:30 から');
    expect(status('2026-06-14T12:00:00+09:00')).toMatchObject({ open: true, dayType: 'sunday' });
  });

  it('national holiday (海の日 Mon 2026-07-20): weekend hours, not the weekday ones', () => {
    expect(status('2026-07-20T17:29:00+09:00')).toMatchObject({ open: true, dayType: 'holiday' });
    expect(status('2026-07-20T18:00:00+09:00')).toMatchObject({
      open: false,
      nextOpen: new Date('2026-07-21T09:30:00+09:00'),
    });
  });

  it('年末年始: closed 12/29–1/3, next opening Mon 2027-01-04 9:30', () => {
    const closed = status('2026-12-30T12:00:00+09:00');
    expect(closed).toMatchObject({ open: false, dayType: 'yearEnd', nextOpen: new Date('2027-01-04T09:30:00+09:00') });
    expect(closed.text.todayHours).toBe('本日は受付なし');
    expect(closed.text.next).toBe('次は 1/4（月）9:30 から');
    // 12/28 (Mon) is still a weekday with full hours.
    expect(status('2026-12-28T19:00:00+09:00')).toMatchObject({ open: true, dayType: 'weekday' });
  });

  it('"now" is Japan\'s: 2026-06-12 23:30 UTC is already Saturday 08:30 in Japan, before opening', () => {
    const s = status('2026-06-12T23:30:00Z');
    expect(s).toMatchObject({ open: false, dayType: 'saturday', nextOpen: new Date('2026-06-13T09:30:00+09:00') });
    expect(s.text.next).toBe('次は 9:30 から');
  });
});
