import { localized, t } from '../../lib/i18n/translate';
import { SETTING_GROUPS, SETTING_KEYS, SETTINGS } from '../../lib/settings/definition';
import type { EffectiveSettings } from '../../lib/settings/resolve';
import type { SettingGroup } from '../../lib/settings/settingTypes';
import { saveUserSetting } from '../../lib/settings/storage';
import { SUGGESTED_PATTERNS } from '../../lib/settings/suggestedPatterns';
import { RejectedList } from '../shared/RejectedList';
import { SettingField } from '../shared/SettingField';
import { useEffectiveSettings } from '../shared/useEffectiveSettings';
import { PolicyTransfer } from './PolicyTransfer';

const GROUPS = Object.keys(SETTING_GROUPS) as SettingGroup[];

/** 「管理者設定の状態」: what policy sets here, and every value that was refused, with the reason. */
function PolicyStatus({ effective }: { effective: EffectiveSettings }) {
  return (
    <section class="policy-status" aria-labelledby="policy-status-title">
      <h2 id="policy-status-title">{t('policyStatusHeading')}</h2>
      {effective.policyKeys.length === 0 ? (
        <p data-testid="policy-none">{t('policyNone')}</p>
      ) : (
        <ul data-testid="policy-applied">
          {effective.policyKeys.map((key) => (
            <li key={key}>
              <code>{key}</code>
              {t('labelSeparator')}
              {localized(SETTINGS[key].label)}
            </li>
          ))}
        </ul>
      )}
      {effective.rejected.length > 0 ? (
        <>
          <h3>{t('policyRejectedHeading')}</h3>
          <RejectedList rejected={effective.rejected} testId="policy-rejected" withSource />
        </>
      ) : null}
    </section>
  );
}

/** The wordings other systems show (docs/domain.md#wordings-across-systems), one click each to detect them too. */
function SuggestedPatterns({ effective }: { effective: EffectiveSettings }) {
  const current = effective.settings.extraPatterns;
  const locked = effective.lockedKeys.has('extraPatterns');
  return (
    <fieldset class="field suggestions" disabled={locked}>
      <legend>{t('suggestedPatterns')}</legend>
      {SUGGESTED_PATTERNS.map((pattern) => (
        <label key={pattern}>
          <input
            type="checkbox"
            checked={current.includes(pattern)}
            onChange={(e) =>
              void saveUserSetting(
                'extraPatterns',
                e.currentTarget.checked ? [...current, pattern] : current.filter((p) => p !== pattern),
              )
            }
          />
          <span>{pattern}</span>
        </label>
      ))}
    </fieldset>
  );
}

export function Options() {
  const effective = useEffectiveSettings();
  if (!effective) return null;
  return (
    <main class="options">
      <h1>{t('popupTitle')}</h1>
      {GROUPS.map((group) => (
        <section key={group} class="group" aria-labelledby={`group-${group}`}>
          <h2 id={`group-${group}`}>{localized(SETTING_GROUPS[group])}</h2>
          {SETTING_KEYS.filter((key) => SETTINGS[key].group === group).map((key) => (
            <SettingField key={key} settingKey={key} effective={effective} describe />
          ))}
          {group === 'detection' ? <SuggestedPatterns effective={effective} /> : null}
        </section>
      ))}
      <PolicyTransfer effective={effective} />
      <PolicyStatus effective={effective} />
    </main>
  );
}
