import type { MessageKey } from '../i18n/localized';

/** The two lines named by the notice (事務連絡 2023-06-06, amended 2023-06-09). */

export type CallCentreId = 'freeDial' | 'institutions';

export interface CallCentre {
  id: CallCentreId;
  /** As printed in the notice. */
  number: string;
  audience: MessageKey;
  name: MessageKey;
  when: MessageKey;
}

export const CALL_CENTRES: readonly CallCentre[] = [
  // ※1: patients ask マイナンバー総合フリーダイヤル.
  {
    id: 'freeDial',
    number: '0120-95-0178',
    audience: 'audiencePatients',
    name: 'freeDialName',
    when: 'freeDialWhen',
  },
  // ※2: medical institutions, pharmacies etc. ask the オンライン資格確認等コールセンター.
  // Not 0570-783-578, which is a different line (docs/domain.md#call-centres-and-hours).
  {
    id: 'institutions',
    number: '0800-080-4583',
    audience: 'audienceInstitutions',
    name: 'institutionsName',
    when: 'institutionsWhen',
  },
];

export function telHref(number: string): string {
  return `tel:${number.replace(/[^0-9+]/g, '')}`;
}
