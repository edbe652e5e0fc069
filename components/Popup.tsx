import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../lib/i18n';
import { sendRequest } from '../lib/runtime';
import { saveUserSetting } from '../lib/settings/storage';
import { siteMatches } from '../lib/sites';
import { CallCentreList } from './CallCentreList';
import { SettingField } from './SettingField';
import { useEffectiveSettings } from './useEffectiveSettings';

interface TabInfo {
  id: number;
  url: URL | null;
}

/** The tab the popup is about: ?tab=ID when opened as a page (tests, docs), else the active tab. */
async function targetTab(): Promise<TabInfo | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  const tab = Number.isInteger(fromQuery) && fromQuery > 0
    ? await browser.tabs.get(fromQuery)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) return null;
  // No "tabs" permission: the page's own content script tells us its address.
  const origin = await browser.tabs.sendMessage(tab.id, { type: 'pageOrigin' }, { frameId: 0 }).catch(() => null);
  return { id: tab.id, url: typeof origin === 'string' ? new URL(origin) : null };
}

export function Popup() {
  const effective = useEffectiveSettings();
  const [tab, setTab] = useState<TabInfo | null>();
  const [count, setCount] = useState<number>();

  useEffect(() => {
    void targetTab().then(async (info) => {
      setTab(info);
      if (info) setCount((await sendRequest({ type: 'tabMatchCount', tabId: info.id })) ?? 0);
    });
  }, []);

  if (!effective) return null;
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

  const rescan = async () => {
    if (!tab) return;
    await browser.tabs.sendMessage(tab.id, { type: 'rescan' }).catch(() => undefined);
    setTimeout(async () => setCount((await sendRequest({ type: 'tabMatchCount', tabId: tab.id })) ?? 0), 300);
  };

  return (
    <main class="popup">
      <h1>{t('popupTitle')}</h1>
      <SettingField settingKey="enabled" effective={effective} />
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
      <SettingField settingKey="role" effective={effective} />
      {tab ? (
        <p class="tab-count">
          <span data-testid="tab-count">{t('popupTabMatches', String(count ?? 0))}</span>
          <button type="button" onClick={() => void rescan()}>
            {t('popupRescan')}
          </button>
        </p>
      ) : null}
      <p>
        <button type="button" onClick={() => void sendRequest({ type: 'openSlip' })}>
          {t('printSlip')}
        </button>
      </p>
      <h2>{t('callCentresHeading')}</h2>
      <CallCentreList />
      <p class="options-link">
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
          {t('popupOptions')}
        </a>
      </p>
    </main>
  );
}
