import { HOURS_SPAN, ISO_DATE, MONTH_DAY } from '../hours/formats';
import type { Localized } from '../i18n/localized';

/**
 * Checks of single text values, each returning the reason (both languages) when a value is not
 * acceptable. The written forms come from the hours module, which reads what these accept.
 */

/** "HH:mm-HH:mm" (opens before it closes) or "" for closed all day. */
export function checkHoursSpan(value: string): Localized | undefined {
  if (value === '') return undefined;
  if (!HOURS_SPAN.test(value) || value.slice(0, 5) >= value.slice(6)) {
    return {
      ja: '「09:30-20:00」の形（開始が終了より前）で入力してください。空欄は終日休みです。',
      en: 'Use the form "09:30-20:00" (opening before closing); leave empty for closed all day.',
    };
  }
  return undefined;
}

export function checkMonthDay(value: string): Localized | undefined {
  if (value === '' || MONTH_DAY.test(value)) return undefined;
  return { ja: '「12-29」の形（月-日）で入力してください。', en: 'Use the form "12-29" (month-day).' };
}

export function checkIsoDate(value: string): Localized | undefined {
  if (ISO_DATE.test(value)) return undefined;
  return { ja: '「2026-08-14」の形（年-月-日）で入力してください。', en: 'Use the form "2026-08-14".' };
}

/** Hostname ("clinic.example.jp", "*.example.jp") or a match pattern ("https://*.example.jp/*"). */
export function checkSitePattern(value: string): Localized | undefined {
  if (/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d+)?$/i.test(value)) return undefined;
  if (/^(\*|https?):\/\/(\*|(\*\.)?[^/*]+)\/.*$/i.test(value)) return undefined;
  return {
    ja: 'ホスト名（例: receipt.example.jp、*.example.jp）またはマッチパターン（例: https://*.example.jp/*）を入力してください。',
    en: 'Enter a hostname (e.g. receipt.example.jp, *.example.jp) or a match pattern (e.g. https://*.example.jp/*).',
  };
}
