/**
 * The patient slip's strings, one typed table per language (lib/slip/text/<code>.ts). Every table
 * is `SlipText`, so a missing key is a type error; tests/unit/slip-text.test.ts names the language
 * and key as well. The translations are the project's own (README): plain words, short sentences.
 *
 * Placeholders: {m1}/{d1} the first closed day of the New Year closure (month, day), {m2}/{d2}
 * the last. In Japanese only, {漢字|かな} adds furigana (components/slip/SlipRuby.tsx).
 */
export const SLIP_KEYS = [
  'forPatient',
  'title',
  'titlePharmacy',
  /** Two sentences, one per line ("\n"). */
  'lead',
  'leadPharmacy',
  'callHeading',
  /** The line the slip sends the patient to. */
  'lineName',
  'languagesLabel',
  'ask',
  'askTopic',
  /** Says the times are Japan's. */
  'hours',
  'weekday',
  'saturday',
  'sunday',
  'holiday',
  'closed',
  /** Between day names that share hours ("Sat, Sun, holidays"). */
  'listJoiner',
  /** Between opening and closing time. */
  'rangeDash',
  'yearEndClosed',
  'holidaysUnknown',
  /** The QR code's caption; the page is in English for every language but Japanese. */
  'qr',
  'insurerHeading',
  'insurer',
  'source',
] as const;

export type SlipKey = (typeof SLIP_KEYS)[number];
export type SlipText = Record<SlipKey, string>;
