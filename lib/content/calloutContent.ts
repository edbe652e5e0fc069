import { t } from '../i18n/translate';
import type { Settings } from '../settings/definition';
import type { CalloutContent } from './callout';

/** The callout's words: the result's name and 紙の処方箋 in the role's wording. */
export function calloutContent(role: Settings['role']): CalloutContent {
  const key = role === 'pharmacy' ? 'calloutPharmacy' : 'calloutClinic';
  return {
    text: (result) => t(key, t(result.wording.name)),
    action: t('calloutOpen'),
  };
}
