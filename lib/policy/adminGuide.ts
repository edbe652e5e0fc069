import { extensionIdTable, type ExtensionIds, policyTable } from './docsTables';
import type { Locale } from '../i18n/localized';
import { replaceGeneratedSection } from './generatedSection';

/** docs/admin-guide.<locale>.md with its generated sections brought up to date. */

export const ADMIN_GUIDES: Record<Locale, string> = {
  ja: 'docs/admin-guide.ja.md',
  en: 'docs/admin-guide.en.md',
};

export function updateAdminGuide(document: string, locale: Locale, ids: ExtensionIds): string {
  const withIds = replaceGeneratedSection(document, 'extension-ids', extensionIdTable(locale, ids));
  return replaceGeneratedSection(withIds, 'policy-table', policyTable(locale));
}
