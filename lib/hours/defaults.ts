/**
 * The hours the notice gives (事務連絡 2023-06-06, amended 2023-06-09; docs/domain.md#call-centres-and-hours),
 * in the settings' written form. The settings definition takes its defaults from here.
 */

export const DEFAULT_HOURS = {
  // ※1 マイナンバー総合フリーダイヤル: weekdays 9:30–20:00; Sat, Sun and 祝日 9:30–17:30.
  freeDial: { weekday: '09:30-20:00', saturday: '09:30-17:30', sunday: '09:30-17:30', holiday: '09:30-17:30' },
  // ※2 オンライン資格確認等コールセンター: weekdays 8:00–18:00, Sat 8:00–16:00. Sunday is not listed
  // (closed); the notice is silent on 祝日, which the operator's FAQ treats as closed.
  institutions: { weekday: '08:00-18:00', saturday: '08:00-16:00', sunday: '', holiday: '' },
  // The free dial's foreign-language line 0120-0178-26 keeps the same calendar as ※1
  // (https://www.kojinbango-card.go.jp/en-otoiawase/; docs/domain.md#foreign-language-line).
  foreignLine: { weekday: '09:30-20:00', saturday: '09:30-17:30', sunday: '09:30-17:30', holiday: '09:30-17:30' },
  // 年末年始: the government's closed days 12/29–1/3 (行政機関の休日に関する法律), every line.
  yearEnd: { from: '12-29', to: '01-03' },
} as const;
