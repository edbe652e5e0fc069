import type { SlipText } from './keys';

export const en: SlipText = {
  forPatient: 'For the patient',
  title: 'Today we use a paper prescription',
  titlePharmacy: 'Today we accept a paper prescription',
  lead: 'We could not check your health insurance online today.\nSo an electronic prescription cannot be used.',
  leadPharmacy:
    'We could not check your health insurance online today.\nSo we cannot receive an electronic prescription. We accept a paper prescription instead.',
  callHeading: 'Questions? Call this free number',
  lineName: 'My Number free dial, line for foreign languages',
  languagesLabel: 'Languages',
  ask: 'On the phone, say that your question is about:',
  askTopic: 'using your My Number card as a health insurance card',
  hours: 'Hours (Japan time)',
  weekday: 'Weekdays',
  saturday: 'Sat',
  sunday: 'Sun',
  holiday: 'holidays',
  closed: 'closed',
  listJoiner: ', ',
  rangeDash: '–',
  yearEndClosed: 'Closed {m1}/{d1}–{m2}/{d2} (New Year holidays)',
  holidaysUnknown: 'National holidays of this year are not known here; on a holiday the hours may differ.',
  qr: 'More information (in English)',
  insurerHeading: 'You can also ask your health insurer',
  insurer:
    'The health insurer you belong to can also help.\nAfter a job change or a move, your insurer may not have registered you yet.',
  source: 'Source: notice of the Ministry of Health, Labour and Welfare of Japan, 6 June 2023 (amended 9 June 2023)',
};
