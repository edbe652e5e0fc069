import { localized, t } from '../../lib/i18n/translate';
import { LANGUAGE_NAMES, type SlipLanguage } from '../../lib/slip/languages';
import type { PaperSize } from '../../lib/slip/paper';
import { SETTINGS } from '../../lib/settings/definition';
import type { SheetFit } from './fitToSheet';

const PAPER_SETTING = SETTINGS.slipPaperSize;

interface Props {
  size: PaperSize;
  onSize: (size: PaperSize) => void;
  language: SlipLanguage;
  languages: readonly SlipLanguage[];
  onLanguage: (language: SlipLanguage) => void;
  fit: SheetFit;
}

/** The screen-only bar above the sheet: language, paper size, print, and why the type was made smaller. */
export function SlipToolbar({ size, onSize, language, languages, onLanguage, fit }: Props) {
  return (
    <header class="toolbar">
      <h1>{t('slipPageTitle')}</h1>
      <p class="hint">
        {t('slipScreenNote')}
        {fit.cause ? <strong class="shrunk">{t(fit.cause === 'settings' ? 'slipShrunk' : 'slipShrunkText')}</strong> : null}
      </p>
      {/* A native select: arrow keys, type-ahead and the screen reader's list come with it. */}
      <label class="paper">
        <span>{t('slipLanguage')}</span>
        <select value={language} onChange={(e) => onLanguage(e.currentTarget.value as SlipLanguage)}>
          {languages.map((code) => (
            <option key={code} value={code}>
              {languageOption(code)}
            </option>
          ))}
        </select>
      </label>
      <label class="paper">
        <span>{t('slipPaper')}</span>
        <select value={size} onChange={(e) => onSize(e.currentTarget.value as PaperSize)}>
          {PAPER_SETTING.values.map((value) => (
            <option key={value} value={value}>
              {localized(PAPER_SETTING.valueLabels[value])}
            </option>
          ))}
        </select>
      </label>
      <button type="button" class="print" onClick={() => window.print()}>
        {t('slipPrint')}
      </button>
    </header>
  );
}

/** 「Tiếng Việt（ベトナム語）」: the patient recognises the first name, staff the second. */
function languageOption(code: SlipLanguage): string {
  const names = LANGUAGE_NAMES[code];
  const name = localized(names.name);
  return names.own === name ? name : `${names.own}（${name}）`;
}
