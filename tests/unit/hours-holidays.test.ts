import { describe, expect, it } from 'vitest';
import { HOLIDAY_DATA_YEARS, holidayName, holidayStatus } from '../../lib/hours/holidays';

// Expectations come from the published calendars (内閣府「国民の祝日について」) and the special
// laws for 2019–2021, written out by hand; none is computed by the code under test.

describe('national holidays of Japan', () => {
  it.each([
    ['2026-01-01', 'holiday', '元日'],
    ['2026-09-21', 'holiday', '敬老の日'],
    ['2026-09-22', 'holiday', '国民の休日: between 敬老の日 and 秋分の日'],
    ['2026-09-23', 'holiday', '秋分の日'],
    ['2026-05-06', 'holiday', '振替休日 for こどもの日 (5/3 fell on Sunday)'],
    ['2025-11-24', 'holiday', '振替休日 for 勤労感謝の日 on Sunday'],
    ['2025-05-03', 'holiday', '憲法記念日 on a Saturday is still a 祝日'],
    ['2019-05-01', 'holiday', '即位の日 (special law)'],
    ['1989-02-24', 'holiday', '昭和天皇の大喪の礼 (special law)'],
    ['2020-07-24', 'holiday', 'スポーツの日 moved for the Olympics'],
    ['2020-10-12', 'not-holiday', 'second Monday of October 2020 lost スポーツの日 to 7/24'],
    ['2021-08-09', 'holiday', '振替休日 for 山の日 moved to Sunday 8/8'],
    ['2021-10-11', 'not-holiday', 'second Monday of October 2021 lost スポーツの日 to 7/23'],
    ['2026-01-02', 'not-holiday', '1/2 is 年末年始, not a 祝日'],
    ['2026-12-29', 'not-holiday', 'year-end closure is not a 祝日'],
    ['2026-09-24', 'not-holiday', 'ordinary Thursday'],
    ['2026-06-14', 'not-holiday', 'a Sunday is not a 祝日'],
    ['1970-01-01', 'holiday', 'first day of the dataset'],
    ['1969-12-31', 'unknown', 'before the dataset'],
    ['2051-01-01', 'unknown', 'after the dataset: say unknown rather than guess (docs/domain.md#calendar-rules)'],
  ] as const)('%s is %s (%s)', (date, expected, _reason) => {
    expect(holidayStatus(date)).toBe(expected);
  });

  it('covers 1970 onwards, at least to 2050 (@holiday-jp/holiday_jp 2.5.1)', () => {
    expect(HOLIDAY_DATA_YEARS.first).toBe(1970);
    expect(HOLIDAY_DATA_YEARS.last).toBeGreaterThanOrEqual(2050);
    expect(holidayStatus(`${HOLIDAY_DATA_YEARS.last}-12-31`)).not.toBe('unknown');
    expect(holidayStatus(`${HOLIDAY_DATA_YEARS.last + 1}-01-01`)).toBe('unknown');
  });

  it('names holidays in Japanese and English', () => {
    expect(holidayName('2026-09-23')).toEqual({ ja: '秋分の日', en: 'Autumnal Equinox Day' });
    expect(holidayName('2026-09-22')).toEqual({ ja: '休日', en: "Citizen's Holiday" });
    expect(holidayName('2026-05-06')).toEqual({ ja: 'こどもの日 振替休日', en: 'Holiday in lieu' });
  });

  it('has no name for ordinary days or years outside the dataset', () => {
    expect(holidayName('2026-09-24')).toBeUndefined();
    expect(holidayName('2051-01-01')).toBeUndefined();
  });

  it('rejects a date that is not YYYY-MM-DD instead of answering quietly', () => {
    expect(() => holidayStatus('2026/09/22')).toThrow(RangeError);
    expect(() => holidayStatus('')).toThrow(RangeError);
  });
});
