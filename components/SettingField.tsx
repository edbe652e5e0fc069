import { useState } from 'preact/hooks';
import { localized, t } from '../lib/i18n';
import { SETTINGS, type SettingKey } from '../lib/settings/definition';
import type { EffectiveSettings } from '../lib/settings/resolve';
import { saveUserSetting } from '../lib/settings/storage';

interface Props {
  settingKey: SettingKey;
  effective: EffectiveSettings;
  /** Show the description under the label (options page) or not (popup). */
  describe?: boolean;
}

/** One setting as a form control, generated from its definition; read-only when policy sets it. */
export function SettingField({ settingKey, effective, describe = false }: Props) {
  const def = SETTINGS[settingKey];
  const value: unknown = effective.settings[settingKey];
  const locked = effective.lockedKeys.has(settingKey);
  // Policy-only settings are locked for everyone else, set or not: say which it is.
  const lockNote = effective.policyKeys.includes(settingKey) || effective.settings.lockSettings ? t('managedByAdmin') : t('adminOnly');
  const [error, setError] = useState<string>();
  const id = `setting-${settingKey}`;
  const hintId = `${id}-hint`;

  const save = async (raw: unknown) => {
    const rejected = await saveUserSetting(settingKey, raw);
    setError(rejected.length > 0 ? rejected.map((r) => `${r.value}: ${localized(r.reason)}`).join(' / ') : undefined);
  };

  const hint = (
    <>
      {describe ? <span class="hint">{localized(def.description)}</span> : null}
      {locked ? <span class="managed">{lockNote}</span> : null}
      {error ? (
        <span class="error" role="alert">
          {t('saveFailed', error)}
        </span>
      ) : null}
    </>
  );
  const describedBy = describe || locked || error ? hintId : undefined;

  switch (def.kind) {
    case 'boolean':
      return (
        <div class="field field-boolean" data-setting={settingKey}>
          <label for={id}>
            <input
              id={id}
              type="checkbox"
              checked={value === true}
              disabled={locked}
              aria-describedby={describedBy}
              onChange={(e) => void save(e.currentTarget.checked)}
            />
            <span>{localized(def.label)}</span>
          </label>
          <p id={hintId}>{hint}</p>
        </div>
      );
    case 'enum':
      return (
        <fieldset class="field field-enum" data-setting={settingKey} disabled={locked} aria-describedby={describedBy}>
          <legend>{localized(def.label)}</legend>
          {def.values.map((option) => (
            <label key={option}>
              <input
                type="radio"
                name={id}
                value={option}
                checked={value === option}
                onChange={() => void save(option)}
              />
              <span>{localized((def.valueLabels as Record<string, { ja: string; en: string }>)[option] ?? { ja: option, en: option })}</span>
            </label>
          ))}
          <p id={hintId}>{hint}</p>
        </fieldset>
      );
    case 'text':
      return (
        <div class="field field-text" data-setting={settingKey}>
          <label for={id}>{localized(def.label)}</label>
          <input
            id={id}
            type="text"
            value={String(value)}
            maxLength={def.maxLength}
            disabled={locked}
            aria-describedby={describedBy}
            onChange={(e) => void save(e.currentTarget.value)}
          />
          <p id={hintId}>{hint}</p>
        </div>
      );
    case 'textList':
      return (
        <div class="field field-list" data-setting={settingKey}>
          <label for={id}>{localized(def.label)}</label>
          <textarea
            id={id}
            rows={3}
            value={(value as readonly string[]).join('\n')}
            disabled={locked}
            aria-describedby={describedBy}
            onChange={(e) => void save(e.currentTarget.value.split('\n').filter((line) => line.trim() !== ''))}
          />
          <p id={hintId}>{hint}</p>
        </div>
      );
  }
}
