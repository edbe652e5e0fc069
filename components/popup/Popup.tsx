import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n/translate';
import { sendRequest } from '../../lib/messaging/runtime';
import { CallCentreList } from '../callCentres/CallCentreList';
import { SettingField } from '../shared/SettingField';
import { useEffectiveSettings } from '../shared/useEffectiveSettings';
import { SiteToggle, type TabInfo } from './SiteToggle';

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
  const rescan = async () => {
    if (!tab) return;
    await browser.tabs.sendMessage(tab.id, { type: 'rescan' }).catch(() => undefined);
    setTimeout(async () => setCount((await sendRequest({ type: 'tabMatchCount', tabId: tab.id })) ?? 0), 300);
  };

  return (
    <main class="popup">
      <h1>{t('popupTitle')}</h1>
      <SettingField settingKey="enabled" effective={effective} />
      <SiteToggle tab={tab} effective={effective} />
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
      <CallCentreList foreignLine={effective.settings} />
      <p class="options-link">
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
          {t('popupOptions')}
        </a>
      </p>
    </main>
  );
}
