import { t } from '../../lib/i18n/translate';
import type { EffectiveSettings } from '../../lib/settings/resolve';
import { PolicyExport } from './PolicyExport';
import { SettingsImport } from './SettingsImport';

/** 「設定の書き出しと読み込み」: from one configured PC to policy for the rest, and back. */
export function PolicyTransfer({ effective }: { effective: EffectiveSettings }) {
  return (
    <section class="group" aria-labelledby="transfer-title">
      <h2 id="transfer-title">{t('transferHeading')}</h2>
      <PolicyExport effective={effective} />
      <SettingsImport />
    </section>
  );
}
