import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Localized } from '../../lib/i18n/localized';
import { localized, t } from '../../lib/i18n/translate';
import { SETTINGS, type SettingKey } from '../../lib/settings/definition';
import type { EffectiveSettings } from '../../lib/settings/resolve';
import { saveUserSetting } from '../../lib/settings/storage';

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

  const field = { id, settingKey, value, locked, describedBy, save, hint: <p id={hintId}>{hint}</p> };
  switch (def.kind) {
    case 'boolean':
      return <BooleanField {...field} label={localized(def.label)} />;
    case 'enum':
      return <EnumField {...field} label={localized(def.label)} options={def.values.map((v) => [v, optionLabel(def.valueLabels, v)])} />;
    case 'text':
      return <TextField {...field} label={localized(def.label)} maxLength={def.maxLength} />;
    case 'textList':
      return <TextListField {...field} label={localized(def.label)} />;
  }
}

function optionLabel(labels: Record<string, Localized>, value: string): string {
  return localized(labels[value] ?? { ja: value, en: value });
}

interface FieldProps {
  id: string;
  settingKey: SettingKey;
  value: unknown;
  locked: boolean;
  describedBy: string | undefined;
  save: (raw: unknown) => Promise<void>;
  /** The description, the lock note and the last error, under the control. */
  hint: JSX.Element;
  label: string;
}

function BooleanField({ id, settingKey, value, locked, describedBy, save, hint, label }: FieldProps) {
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
        <span>{label}</span>
      </label>
      {hint}
    </div>
  );
}

function EnumField({ id, settingKey, value, locked, describedBy, save, hint, label, options }: FieldProps & { options: [string, string][] }) {
  return (
    <fieldset class="field field-enum" data-setting={settingKey} disabled={locked} aria-describedby={describedBy}>
      <legend>{label}</legend>
      {options.map(([option, optionText]) => (
        <label key={option}>
          <input type="radio" name={id} value={option} checked={value === option} onChange={() => void save(option)} />
          <span>{optionText}</span>
        </label>
      ))}
      {hint}
    </fieldset>
  );
}

function TextField({ id, settingKey, value, locked, describedBy, save, hint, label, maxLength }: FieldProps & { maxLength: number }) {
  return (
    <div class="field field-text" data-setting={settingKey}>
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={String(value)}
        maxLength={maxLength}
        disabled={locked}
        aria-describedby={describedBy}
        onChange={(e) => void save(e.currentTarget.value)}
      />
      {hint}
    </div>
  );
}

function TextListField({ id, settingKey, value, locked, describedBy, save, hint, label }: FieldProps) {
  return (
    <div class="field field-list" data-setting={settingKey}>
      <label for={id}>{label}</label>
      <textarea
        id={id}
        rows={3}
        value={(value as readonly string[]).join('\n')}
        disabled={locked}
        aria-describedby={describedBy}
        onChange={(e) => void save(e.currentTarget.value.split('\n').filter((line) => line.trim() !== ''))}
      />
      {hint}
    </div>
  );
}
