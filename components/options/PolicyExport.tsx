import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { MessageKey } from '../../lib/i18n/localized';
import { localized, t } from '../../lib/i18n/translate';
import { runtimeHosts } from '../../lib/settings/hostRestriction';
import {
  CHROMIUM_FORMATS,
  type ExportFormat,
  exportedValues,
  FIREFOX_FORMATS,
  policyExport,
} from '../../lib/settings/policyExport';
import type { EffectiveSettings } from '../../lib/settings/resolve';
import { downloadFile } from './download';

const FORMAT_LABELS: Record<ExportFormat, MessageKey> = {
  'chromium-json': 'exportFormatChromiumJson',
  'chrome-reg': 'exportFormatChromeReg',
  'edge-reg': 'exportFormatEdgeReg',
  'firefox-json': 'exportFormatFirefoxJson',
};

/**
 * The formats that can name this build's ID: the running browser's own ID is the only one known
 * here (browser.runtime.id), and it is a Chromium ID in Chrome and Edge, the gecko ID in Firefox.
 */
function formatsHere(): readonly ExportFormat[] {
  return browser.runtime.getURL('/').startsWith('moz-extension:') ? FIREFOX_FORMATS : CHROMIUM_FORMATS;
}

/**
 * runtime_allowed_hosts from the effective siteAllowlist, or the message saying why there are none:
 * an entry the browsers would ignore is refused here rather than written (hostRestriction.ts).
 */
function allowedHostsOf(effective: EffectiveSettings): { hosts: string[] } | { error: string } {
  const { allowed, refused } = runtimeHosts(effective.settings.siteAllowlist);
  if (refused.length > 0) {
    return { error: t('exportHostRestrictionRefused', refused.map(({ entry, reason }) => `${entry}（${localized(reason)}）`).join('、')) };
  }
  if (allowed.length === 0) return { error: t('exportHostRestrictionEmpty') };
  return { hosts: allowed };
}

/** 「ポリシーとして書き出す」: the effective settings as a policy file, downloaded locally. */
export function PolicyExport({ effective }: { effective: EffectiveSettings }) {
  const formats = formatsHere();
  const [format, setFormat] = useState<ExportFormat>(formats[0] as ExportFormat);
  const [includeAll, setIncludeAll] = useState(false);
  const [restrictHosts, setRestrictHosts] = useState(false);
  const [status, setStatus] = useState<string>();
  const extensionId = browser.runtime.id;

  const exportNow = () => {
    const values = exportedValues(effective.settings, includeAll);
    const count = Object.keys(values).length;
    const hosts = restrictHosts ? allowedHostsOf(effective) : { hosts: undefined };
    if ('error' in hosts) {
      setStatus(hosts.error);
      return;
    }
    if (count === 0 && !hosts.hosts) {
      setStatus(t('exportNothing'));
      return;
    }
    const file = policyExport(format, extensionId, values, hosts.hosts);
    downloadFile(file.fileName, file.mimeType, file.data);
    setStatus(t('exportDone', [String(count), file.fileName]));
  };

  return (
    <section class="transfer" aria-labelledby="export-title" data-testid="policy-export">
      <h3 id="export-title">{t('exportHeading')}</h3>
      <p class="hint">{t('exportDescription')}</p>
      <fieldset class="field field-enum">
        <legend>{t('exportFormat')}</legend>
        {formats.map((option) => (
          <label key={option}>
            <input type="radio" name="export-format" value={option} checked={format === option} onChange={() => setFormat(option)} />
            <span>{t(FORMAT_LABELS[option])}</span>
          </label>
        ))}
      </fieldset>
      <div class="field field-boolean">
        <label>
          <input type="checkbox" checked={includeAll} onChange={(e) => setIncludeAll(e.currentTarget.checked)} />
          <span>{t('exportAll')}</span>
        </label>
      </div>
      <div class="field field-boolean">
        <label>
          <input type="checkbox" checked={restrictHosts} onChange={(e) => setRestrictHosts(e.currentTarget.checked)} />
          <span>{t('exportHostRestriction')}</span>
        </label>
      </div>
      <p class="hint">{t('exportIdNote', extensionId)}</p>
      <button type="button" onClick={exportNow}>
        {t('exportButton')}
      </button>
      <p role="status" data-testid="export-status">
        {status}
      </p>
    </section>
  );
}
