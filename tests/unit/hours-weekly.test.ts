import { describe, expect, it } from 'vitest';
import { DEFAULT_LINES } from '../../lib/hours/rules';
import { monthDayText, weeklyHours } from '../../lib/hours/weekly';

const JA = { weekday: '平日', saturday: '土', sunday: '日', holiday: '祝', closed: '休み' };
const EN = { weekday: 'Weekdays', saturday: 'Sat', sunday: 'Sun', holiday: 'Holidays', closed: 'closed' };

describe('weeklyHours', () => {
  it('groups the day types that share hours (free dial)', () => {
    expect(weeklyHours(DEFAULT_LINES.freeDial, JA, 'ja')).toEqual(['平日 9:30〜20:00', '土・日・祝 9:30〜17:30']);
  });
  it('shows closed days (institutions)', () => {
    expect(weeklyHours(DEFAULT_LINES.institutions, JA, 'ja')).toEqual(['平日 8:00〜18:00', '土 8:00〜16:00', '日・祝 休み']);
    expect(weeklyHours(DEFAULT_LINES.institutions, EN, 'en')).toEqual(['Weekdays 8:00–18:00', 'Sat 8:00–16:00', 'Sun, Holidays closed']);
  });
  it('writes month-day without leading zeros', () => {
    expect(monthDayText('01-03')).toBe('1/3');
    expect(monthDayText('12-29')).toBe('12/29');
  });
});
