import { kindOf } from '../deskSteps/wordings';
import { t } from '../i18n/translate';
import type { Settings } from '../settings/definition';
import type { CalloutContent } from './callout';

/** The callout's words: the result's name and 紙の処方箋 in the role's wording. */
export function calloutContent(role: Settings['role'], patternOf: (result: Element) => string): CalloutContent {
  const key = role === 'pharmacy' ? 'calloutPharmacy' : 'calloutClinic';
  return {
    text: (result) => t(key, t(kindOf(patternOf(result)).name)),
    action: t('calloutOpen'),
  };
}
