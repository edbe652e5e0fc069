import { storedValue } from '../settings/storedValue';
import type { SlipLanguage } from './languages';

/**
 * The slip language last chosen, remembered per browser profile in extension storage.local under
 * one small key: a language code, never anything about the patient.
 */
const chosen = storedValue<unknown>('local', 'slipLanguage', null);

/** The remembered language if the settings still offer it, else the UI's language if offered, else Japanese. */
export async function readSlipLanguage(offered: readonly SlipLanguage[], ui: SlipLanguage): Promise<SlipLanguage> {
  const stored = await chosen.get().catch(() => null);
  const found = offered.find((language) => language === stored);
  if (found) return found;
  return offered.includes(ui) ? ui : 'ja';
}

export async function saveSlipLanguage(language: SlipLanguage): Promise<void> {
  await chosen.set(language);
}
