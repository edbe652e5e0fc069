import type { EffectiveSettings } from '../../lib/settings/resolve';
import { siteMatches } from '../../lib/settings/sites';
import { saveUserSetting } from '../../lib/settings/storage';
import { t } from '../../lib/i18n/translate';

export interface TabInfo {
  id: number;
  url: URL | null;
}

/** "This site": a switch that adds the tab's host to the block list, or takes it out. */
export function SiteToggle({ tab, effective }: { tab: TabInfo | null | undefined; effective: EffectiveSettings }) {
  const { settings, lockedKeys } = effective;
  const url = tab?.url ?? null;
  const blockedHere = url ? settings.siteBlocklist.some((entry) => siteMatches(url, entry)) : false;

  const toggleSite = (on: boolean) => {
    if (!url) return;
    const next = on
      ? settings.siteBlocklist.filter((entry) => !siteMatches(url, entry))
      : [...settings.siteBlocklist, url.host];
    void saveUserSetting('siteBlocklist', next);
  };

  return (
    <div class="field field-boolean" data-setting="site">
      {url ? (
        <>
          <label for="site-toggle">
            <input
              id="site-toggle"
              type="checkbox"
              checked={!blockedHere}
              disabled={lockedKeys.has('siteBlocklist') || !settings.enabled}
              aria-describedby="site-host"
              onChange={(e) => toggleSite(e.currentTarget.checked)}
            />
            <span>{t('popupThisSite')}</span>
          </label>
          <p id="site-host">
            <span class="host">{url.host}</span>
            {lockedKeys.has('siteBlocklist') ? <span class="managed">{t('managedByAdmin')}</span> : null}
          </p>
        </>
      ) : (
        <p>{tab === undefined ? '' : t('popupSiteUnknown')}</p>
      )}
    </div>
  );
}
