import { type PageResults, panelTitle, reminderKey } from '../../lib/content/pageResults';
import { deskTopics } from '../../lib/deskSteps/steps';
import { t } from '../../lib/i18n/translate';
import type { CallCentreView } from '../../lib/messaging/messages';
import { CALL_CENTRES } from '../../lib/notice/callCentres';
import type { Settings } from '../../lib/settings/definition';
import { CallCentreCard } from '../callCentres/CallCentreCard';
import { ForeignLine } from '../callCentres/ForeignLine';
import { SourceNotice } from '../callCentres/SourceNotice';
import { DeskSteps } from './DeskSteps';

export interface PanelProps {
  results: PageResults;
  settings: Settings;
  views: readonly CallCentreView[] | null;
  onDismiss(): void;
  /** Opens the patient slip (an extension page: the background opens it). */
  onPrintSlip(): void;
  /**
   * Only what must be there at once (docs/page-contract.md#at-once): pre-rendered at build time
   * (modules/first-panel.ts) for the content script, whose nodes Preact then adopts.
   */
  firstRender?: boolean;
}

/** The inline panel: the action first, then whom to call, then the source. */
export function Panel({ results, settings, views, onDismiss, onPrintSlip, firstRender = false }: PanelProps) {
  const count = results.matches.length;
  // Escape from inside the panel closes it, as × does. It stops here: the page must not also act
  // on it (Escape would close the modal dialog the panel sits in).
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.isComposing) return;
    event.preventDefault();
    event.stopPropagation();
    onDismiss();
  };
  return (
    <section class="panel" aria-labelledby="sa-title" tabIndex={-1} onKeyDown={onKeyDown}>
      <header class="head">
        <span class="icon" aria-hidden="true">!</span>
        <h2 id="sa-title">{panelTitle(results.wordings, t)}</h2>
        <button type="button" class="dismiss" onClick={onDismiss} aria-label={t('dismiss')} title={t('dismiss')}>
          ×
        </button>
      </header>
      {/* Announced once when the panel appears: this node and its text stay as they are while the
          panel is shown (the live hours below change without announcing). */}
      <p class="reminder" role="alert">
        {t(reminderKey(settings.role))}
      </p>
      {/* The first render carries what must be there at once (the content script carries its
          texts); why, and whom each line is for, come with the panel's UI a moment later. */}
      {firstRender ? null : <p class="why">{t('reminderWhy')}</p>}
      {count > 1 ? <p class="count">{t('matchCount', String(count))}</p> : null}
      {settings.showDeskSteps && !firstRender ? <DeskSteps topics={deskTopics(results.wordings)} links={settings} /> : null}
      <h3 class="calls-heading">{t('callCentresHeading')}</h3>
      <div class="lines">
        {CALL_CENTRES.map((centre) => (
          <CallCentreCard
            key={centre.id}
            centre={centre}
            view={views?.find((v) => v.id === centre.id)}
            headingLevel={4}
            brief={firstRender}
          />
        ))}
      </div>
      {firstRender ? null : (
        <>
          {/* After the two cards, outside the grid, and only in the view: the first render carries
              the reminder and the two numbers, the foreign-language line comes a moment later. */}
          <ForeignLine settings={settings} view={views?.find((v) => v.id === 'foreignLine')} />
          <p class="actions">
            <button type="button" class="print-slip" onClick={onPrintSlip}>
              {t('printSlip')}
            </button>
          </p>
          <SourceNotice links={settings} />
        </>
      )}
    </section>
  );
}
