/**
 * The written forms of hours and dates, shared by the settings' validation (which explains what it
 * refuses) and the hours rules (which read what was accepted). One source, so both agree.
 */

/** 'HH:mm-HH:mm' in Japan time; the closing time may be 24:00. */
export const HOURS_SPAN = /^(([01]\d|2[0-3]):[0-5]\d)-(([01]\d|2[0-4]):[0-5]\d)$/;

/** 'MM-DD', e.g. the first day of the year-end closure. */
export const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** 'YYYY-MM-DD', e.g. an extra closed date. */
export const ISO_DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** 'HH:mm' from 00:00 to 24:00. */
export const CLOCK_TIME = /^([01]\d|2[0-4]):([0-5]\d)$/;

/**
 * '09:30' → '9:30' (no leading zero on the hour, as on the operators' pages). Here rather than in
 * text.ts so that the weekly hours (the slip page) do not pull in the holiday dataset.
 */
export function clockText(time: string): string {
  return time.replace(/^0(\d)/, '$1');
}
