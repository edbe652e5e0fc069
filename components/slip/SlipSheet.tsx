import type { Ref } from 'preact';
import { t } from '../../lib/i18n/translate';
import type { CallCentreView } from '../../lib/messaging/messages';
import { CALL_CENTRES, type CallCentre } from '../../lib/notice/callCentres';
import type { Settings } from '../../lib/settings/definition';
import { PAPER, type PaperSize } from '../../lib/slip/paper';
import { SlipQr } from './SlipQr';
import { RubyText } from './SlipRuby';

/**
 * The printed card for the patient. Everything on it comes from the notice (事務連絡 2023-06-09:
 * paper prescription, the free dial ※1 and its page) and docs/domain.md#statuses (the insurer's registration);
 * nothing comes from the page the result was on, so no patient data can reach the paper.
 */

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Missing ${what}`);
  return value;
}

// Patients ask the free dial, not the institutions' line (事務連絡 ※1).
const FREE_DIAL: CallCentre = found(CALL_CENTRES.find((c) => c.id === 'freeDial'), 'free dial');

interface Props {
  size: PaperSize;
  /** The free dial's live status: undefined while loading, null when the background did not answer. */
  view: CallCentreView | null | undefined;
  clinicName: string;
  slipNote: string;
  /** Clinic: the clinic uses a paper prescription; pharmacy: it receives one. */
  role: Settings['role'];
  /** The free dial's page (setting sourceLinkFreeDial), for the QR code. */
  freeDialPage: string;
  sheetRef: Ref<HTMLElement>;
}

export function SlipSheet({ size, view, clinicName, slipNote, role, freeDialPage, sheetRef }: Props) {
  const { width, height } = PAPER[size];
  const pharmacy = role === 'pharmacy';
  return (
    <article
      class="sheet"
      data-size={size}
      ref={sheetRef}
      style={{ width: `${width}mm`, height: height === null ? 'auto' : `${height}mm` }}
      aria-labelledby="slip-title"
    >
      <header>
        <p class="for">{t('slipFor')}</p>
        <h2 class="title" id="slip-title">
          <RubyText text={t(pharmacy ? 'slipTitlePharmacy' : 'slipTitle')} />
        </h2>
        <p class="lead">
          <RubyText text={t(pharmacy ? 'slipLeadPharmacy' : 'slipLead')} />
        </p>
      </header>

      <FreeDialSection view={view} freeDialPage={freeDialPage} />

      <section class="insurer" aria-labelledby="slip-insurer">
        <h3 id="slip-insurer">
          <RubyText text={t('slipInsurerHeading')} />
        </h3>
        <p>
          <RubyText text={t('slipInsurer')} />
        </p>
      </section>

      <footer class="foot">
        {slipNote ? <p class="slip-note">{slipNote}</p> : null}
        {clinicName ? <p class="clinic">{clinicName}</p> : null}
        <p class="source">
          {t('sourceHeading')}：{t('sourceNotice')}
        </p>
      </footer>
    </article>
  );
}

/** Whom the patient calls: the free dial, what to say, its weekly hours and the QR code of its page. */
function FreeDialSection({ view, freeDialPage }: Pick<Props, 'view' | 'freeDialPage'>) {
  return (
  <section class="call" aria-labelledby="slip-call">
    <h3 class="call-heading" id="slip-call">
      {t('slipCallHeading')}
    </h3>
    <p class="line-name">{t(FREE_DIAL.name)}</p>
    <p class="number">{FREE_DIAL.number}</p>
    <p class="ask">
      <RubyText text={t('slipAsk')} />
    </p>
    <p class="topic">{t('slipAskTopic')}</p>
    <div class="call-more">
      {view ? (
        <dl class="hours">
          <dt>{t('slipHours')}</dt>
          <dd class="week">
            {view.weekly.map((row) => (
              <span key={row}>{row}</span>
            ))}
            {view.closures ? <span>{view.closures}</span> : null}
            {/* Hours only: a printed "open now" would be stale once it leaves the printer. */}
            {view.calendarNote ? <span class="calendar-note">{view.calendarNote}</span> : null}
          </dd>
        </dl>
      ) : null}
      <figure class="qr-block">
        <SlipQr url={freeDialPage} label={`${t('slipQr')}: ${freeDialPage}`} />
        <figcaption>
          {t('slipQr')}
          <span class="url">{freeDialPage.replace(/^https:\/\//, '')}</span>
        </figcaption>
      </figure>
    </div>
  </section>
  );
}
