import type { SlipLanguage } from '../languages';
import { en } from './en';
import { es } from './es';
import { id } from './id';
import { ja } from './ja';
import type { SlipText } from './keys';
import { ko } from './ko';
import { ne } from './ne';
import { pt } from './pt';
import { th } from './th';
import { tl } from './tl';
import { vi } from './vi';
import { zh } from './zh';

/** Every slip language's strings: a language missing from this record is a type error too. */
export const SLIP_TEXT: Record<SlipLanguage, SlipText> = { ja, en, zh, ko, es, pt, vi, th, id, tl, ne };

export { SLIP_KEYS, type SlipKey, type SlipText } from './keys';

/** The New Year closure in a language's words ('12-29', '01-03' as in the settings). */
export function yearEndText(text: SlipText, from: string, to: string): string {
  const [m1 = '', d1 = ''] = from.split('-').map((n) => String(Number(n)));
  const [m2 = '', d2 = ''] = to.split('-').map((n) => String(Number(n)));
  const values: Record<string, string> = { m1, d1, m2, d2 };
  return text.yearEndClosed.replace(/\{(m1|d1|m2|d2)\}/g, (_, name: string) => values[name] ?? '');
}
