import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { localized, t } from '../../lib/i18n/translate';
import type { SettingKey } from '../../lib/settings/definition';
import { parsePolicyImport } from '../../lib/settings/policyImport';
import { saveUserSetting } from '../../lib/settings/storage';
import type { Rejection } from '../../lib/settings/validate';
import { RejectedList } from '../shared/RejectedList';

type Outcome = { kind: 'done'; count: number; rejected: Rejection[] } | { kind: 'failed'; reason: string };

/** Applies a checked import: the values are valid already; storage checks each once more. */
async function importText(text: string): Promise<Outcome> {
  const result = parsePolicyImport(text, browser.runtime.id);
  if (!result.ok) return { kind: 'failed', reason: localized(result.reason) };
  const rejected = [...result.rejected];
  let count = 0;
  for (const [key, value] of Object.entries(result.values)) {
    const refused = await saveUserSetting(key as SettingKey, value);
    if (refused.length === 0) count += 1;
    rejected.push(...refused);
  }
  return { kind: 'done', count, rejected };
}

/** 「設定を読み込む」: a policy file (or settings JSON) back into this PC's user settings. */
export function SettingsImport() {
  const [outcome, setOutcome] = useState<Outcome>();

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setOutcome(await importText(await file.text()));
    // The same file can be chosen again after fixing it.
    input.value = '';
  };

  return (
    <section class="transfer" aria-labelledby="import-title" data-testid="settings-import">
      <h3 id="import-title">{t('importHeading')}</h3>
      <p class="hint" id="import-hint">
        {t('importDescription')}
      </p>
      <div class="field">
        <label for="import-file">{t('importFile')}</label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="import-hint"
          onChange={(e) => void onFile(e.currentTarget)}
        />
      </div>
      {outcome?.kind === 'failed' ? (
        <p class="error" role="alert" data-testid="import-error">
          {t('importFailed', outcome.reason)}
        </p>
      ) : null}
      {outcome?.kind === 'done' ? (
        <div role="status" data-testid="import-result">
          <p>{t('importDone', String(outcome.count))}</p>
          {outcome.rejected.length > 0 ? (
            <>
              <h4>{t('importRejectedHeading')}</h4>
              <RejectedList rejected={outcome.rejected} testId="import-rejected" withSource={false} />
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
