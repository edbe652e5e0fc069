import { localized, t } from '../../lib/i18n/translate';
import type { CallCentreView } from '../../lib/messaging/messages';
import { telHref } from '../../lib/notice/callCentres';
import { foreignLanguagesOf, LANGUAGE_NAMES } from '../../lib/slip/languages';
import type { Settings } from '../../lib/settings/definition';

export type ForeignLineSettings = Pick<Settings, 'showForeignLine' | 'foreignLineNumber' | 'foreignLineLanguages'>;

interface Props {
  settings: ForeignLineSettings;
  view: CallCentreView | undefined;
}

// Three names say which kind of languages it covers; the count says how many more.
const NAMED = 3;

function languagesText(codes: readonly string[]): string {
  const names = foreignLanguagesOf(codes).map((code) => localized(LANGUAGE_NAMES[code].name));
  const shown = names.slice(0, NAMED).join(t('languageJoiner'));
  return names.length > NAMED ? t('foreignLineLanguagesMore', [shown, String(names.length)]) : t('foreignLineLanguagesFew', shown);
}

/**
 * The free dial's foreign-language line as one short line under the patients' line
 * (docs/domain.md#foreign-language-line): 「外国語：0120-0178-26（英語・中国語・韓国語 ほか 10 言語）受付中」.
 * One line only, so the folded panel grows by no more than that.
 */
export function ForeignLine({ settings, view }: Props) {
  if (!settings.showForeignLine) return null;
  const number = settings.foreignLineNumber;
  return (
    <p class="foreign-line" data-open={view ? String(view.open) : undefined}>
      <span class="foreign-label">{t('foreignLineLabel')}：</span>
      <a class="foreign-number" href={telHref(number)} aria-describedby="sa-foreignLine-call">
        {number}
      </a>
      <span class="foreign-languages">{languagesText(settings.foreignLineLanguages)}</span>
      <span id="sa-foreignLine-call" hidden>
        {t('callNumber', [t('foreignLineName'), number])}
      </span>
      {view ? (
        <span class="foreign-state">
          <span class="dot" aria-hidden="true" />
          {view.state}
          {view.next ? ` ${view.next}` : null}
        </span>
      ) : null}
    </p>
  );
}
