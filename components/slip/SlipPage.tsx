import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { uiLocale } from '../../lib/i18n/translate';
import type { CallCentreView } from '../../lib/messaging/messages';
import { sendRequest } from '../../lib/messaging/runtime';
import { SETTINGS } from '../../lib/settings/definition';
import { readSlipLanguage, saveSlipLanguage } from '../../lib/slip/languageChoice';
import type { SlipLanguage } from '../../lib/slip/languages';
import { PAPER, type PaperSize, PX_PER_MM, pageRule } from '../../lib/slip/paper';
import { slipContent, slipLanguages } from '../../lib/slip/slipContent';
import { msToNextMinute } from '../../lib/shared/nextMinute';
import { useEffectiveSettings } from '../shared/useEffectiveSettings';
import { fitToSheet, type SheetFit } from './fitToSheet';
import { SlipSheet } from './SlipSheet';
import { SlipToolbar } from './SlipToolbar';

/**
 * The slip page: language and paper choice, the sheet as it will print, and the print dialog once
 * everything is in place. `?print=0` opens it without the dialog (tests, or to look before printing).
 */

const AUTO_PRINT = new URLSearchParams(location.search).get('print') !== '0';

/** The lines' status from the background (which honours the test clock), each minute. */
function useViews(): CallCentreView[] | null | undefined {
  const [views, setViews] = useState<CallCentreView[] | null>();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const refresh = async () => {
      setViews((await sendRequest({ type: 'callCentreViews' })) ?? null);
      timer = setTimeout(refresh, msToNextMinute());
    };
    void refresh();
    return () => clearTimeout(timer);
  }, []);
  return views;
}

/** The slip's language: remembered across slips, offered as the settings allow. */
function useSlipLanguage(offered: readonly SlipLanguage[] | undefined) {
  const [language, setLanguage] = useState<SlipLanguage>();
  // Read again only when the offered languages change, not on every new array of them.
  const key = offered?.join(',');
  useEffect(() => {
    if (offered) void readSlipLanguage(offered, uiLocale()).then(setLanguage);
  }, [key]);
  const choose = (next: SlipLanguage) => {
    setLanguage(next);
    void saveSlipLanguage(next);
  };
  return [language, choose] as const;
}

export function SlipPage() {
  const effective = useEffectiveSettings();
  const views = useViews();
  const offered = effective ? slipLanguages(effective.settings) : undefined;
  const [language, setLanguage] = useSlipLanguage(offered);
  const [chosen, setChosen] = useState<PaperSize>();
  const sheetRef = useRef<HTMLElement>(null);
  const [heightMm, setHeightMm] = useState(0);
  const [fit, setFit] = useState<SheetFit>({ scale: 1, cause: null });
  const printed = useRef(false);
  const loaded = effective !== undefined && language !== undefined;
  const size = chosen ?? effective?.settings.slipPaperSize ?? SETTINGS.slipPaperSize.default;
  const { clinicName = '', slipNote = '', role = 'clinic' } = effective?.settings ?? {};
  const view = views?.find((v) => v.id === (language === 'ja' ? 'freeDial' : 'foreignLine'));

  // Fit now and again once the fonts are loaded: text in a fallback font breaks other lines.
  useLayoutEffect(() => {
    const sheet = sheetRef.current;
    if (!sheet) return;
    const fixedHeight = PAPER[size].height !== null;
    setFit(fitToSheet(sheet, fixedHeight));
    void document.fonts.ready.then(() => setFit(fitToSheet(sheet, fixedHeight)));
  }, [loaded, size, clinicName, slipNote, role, views, language]);

  // A roll's page length is the sheet's rendered height, so follow every change of it.
  useLayoutEffect(() => {
    const sheet = sheetRef.current;
    if (!sheet) return;
    const observer = new ResizeObserver(() => setHeightMm(sheet.getBoundingClientRect().height / PX_PER_MM));
    observer.observe(sheet);
    return () => observer.disconnect();
  }, [loaded]);

  const ready = loaded && views !== undefined && heightMm > 0;
  useEffect(() => {
    if (!ready || printed.current || !AUTO_PRINT) return;
    printed.current = true;
    // After the fonts are in and one more frame: a change of the sheet's height reaches the @page
    // rule through the ResizeObserver, which runs after the frame's animation callbacks.
    void document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(() => window.print())));
  }, [ready]);

  if (!effective || !offered || !language) return null;

  return (
    <>
      <style>{pageRule(size, heightMm)}</style>
      <SlipToolbar size={size} onSize={setChosen} language={language} languages={offered} onLanguage={setLanguage} fit={fit} />
      <main class="desk" data-ready={String(ready)}>
        <SlipSheet
          size={size}
          content={slipContent(language, effective.settings)}
          holidaysUnknown={view?.calendarNote != null}
          clinicName={clinicName}
          slipNote={slipNote}
          role={role}
          sheetRef={sheetRef}
        />
      </main>
    </>
  );
}
