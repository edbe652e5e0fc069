import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { localized, t } from '../../lib/i18n/translate';
import type { CallCentreView } from '../../lib/messaging/messages';
import { sendRequest } from '../../lib/messaging/runtime';
import { SETTINGS } from '../../lib/settings/definition';
import { PAPER, type PaperSize, PX_PER_MM, pageRule } from '../../lib/slip/paper';
import { fitToSheet, type SheetFit } from './fitToSheet';
import { SlipSheet } from './SlipSheet';
import { useEffectiveSettings } from '../shared/useEffectiveSettings';
import { msToNextMinute } from '../../lib/shared/nextMinute';

/**
 * The slip page: paper choice, the sheet as it will print, and the print dialog once everything
 * is in place. `?print=0` opens it without the dialog (tests, or to look before printing).
 */

const AUTO_PRINT = new URLSearchParams(location.search).get('print') !== '0';
const PAPER_SETTING = SETTINGS.slipPaperSize;
/** The free dial's status from the background (which honours the test clock), each minute. */
function useFreeDialView(): CallCentreView | null | undefined {
  const [view, setView] = useState<CallCentreView | null>();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const refresh = async () => {
      const views = await sendRequest({ type: 'callCentreViews' });
      setView(views?.find((v) => v.id === 'freeDial') ?? null);
      timer = setTimeout(refresh, msToNextMinute());
    };
    void refresh();
    return () => clearTimeout(timer);
  }, []);
  return view;
}

export function SlipPage() {
  const effective = useEffectiveSettings();
  const view = useFreeDialView();
  const [chosen, setChosen] = useState<PaperSize>();
  const sheetRef = useRef<HTMLElement>(null);
  const [heightMm, setHeightMm] = useState(0);
  const [fit, setFit] = useState<SheetFit>({ scale: 1, cause: null });
  const printed = useRef(false);
  const loaded = effective !== undefined;
  const size = chosen ?? effective?.settings.slipPaperSize ?? PAPER_SETTING.default;
  const { clinicName = '', slipNote = '', role = 'clinic' } = effective?.settings ?? {};

  // Fit now and again once the fonts are loaded: text in a fallback font breaks other lines.
  useLayoutEffect(() => {
    const sheet = sheetRef.current;
    if (!sheet) return;
    const fixedHeight = PAPER[size].height !== null;
    setFit(fitToSheet(sheet, fixedHeight));
    void document.fonts.ready.then(() => setFit(fitToSheet(sheet, fixedHeight)));
  }, [loaded, size, clinicName, slipNote, role, view]);

  // A roll's page length is the sheet's rendered height, so follow every change of it.
  useLayoutEffect(() => {
    const sheet = sheetRef.current;
    if (!sheet) return;
    const observer = new ResizeObserver(() => setHeightMm(sheet.getBoundingClientRect().height / PX_PER_MM));
    observer.observe(sheet);
    return () => observer.disconnect();
  }, [loaded]);

  const ready = loaded && view !== undefined && heightMm > 0;
  useEffect(() => {
    if (!ready || printed.current || !AUTO_PRINT) return;
    printed.current = true;
    // After the fonts are in and one more frame: a change of the sheet's height reaches the @page
    // rule through the ResizeObserver, which runs after the frame's animation callbacks.
    void document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(() => window.print())));
  }, [ready]);

  if (!effective) return null;

  return (
    <>
      <style>{pageRule(size, heightMm)}</style>
      <SlipToolbar size={size} onSize={setChosen} fit={fit} />
      <main class="desk" data-ready={String(ready)}>
        <SlipSheet
          size={size}
          view={view}
          clinicName={clinicName}
          slipNote={slipNote}
          role={role}
          freeDialPage={effective.settings.sourceLinkFreeDial}
          sheetRef={sheetRef}
        />
      </main>
    </>
  );
}

/** The screen-only bar above the sheet: paper size, print, and why the type was made smaller. */
function SlipToolbar({ size, onSize, fit }: { size: PaperSize; onSize: (size: PaperSize) => void; fit: SheetFit }) {
  return (
  <header class="toolbar">
    <h1>{t('slipPageTitle')}</h1>
    <p class="hint">
      {t('slipScreenNote')}
      {fit.cause ? <strong class="shrunk">{t(fit.cause === 'settings' ? 'slipShrunk' : 'slipShrunkText')}</strong> : null}
    </p>
    <label class="paper">
      <span>{t('slipPaper')}</span>
      <select value={size} onChange={(e) => onSize(e.currentTarget.value as PaperSize)}>
        {PAPER_SETTING.values.map((value) => (
          <option key={value} value={value}>
            {localized(PAPER_SETTING.valueLabels[value])}
          </option>
        ))}
      </select>
    </label>
    <button type="button" class="print" onClick={() => window.print()}>
      {t('slipPrint')}
    </button>
  </header>
  );
}
