import type { CallCentre } from '../../lib/notice/callCentres';
import { telHref } from '../../lib/notice/callCentres';
import { t } from '../../lib/i18n/translate';
import type { CallCentreView } from '../../lib/messaging/messages';

interface Props {
  centre: CallCentre;
  view: CallCentreView | undefined;
  headingLevel: 3 | 4;
  /** Without the line's description (the panel's first render: its texts travel in the content script). */
  brief?: boolean;
}

/** One line: who calls it, the number, whether it is open now, and its week. */
export function CallCentreCard({ centre, view, headingLevel, brief = false }: Props) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const nameId = `sa-${centre.id}-name`;
  const callId = `sa-${centre.id}-call`;
  return (
    <section class={`line line-${centre.id}`} aria-labelledby={nameId}>
      <p class="audience">{t(centre.audience)}</p>
      <Heading class="line-name" id={nameId}>
        {t(centre.name)}
      </Heading>
      {/* Named by the number it shows (WCAG 2.5.3: a voice user says what they see); whom it calls is
          its description, read from a hidden node. */}
      <a class="number" href={telHref(centre.number)} aria-describedby={callId}>
        {centre.number}
      </a>
      <span id={callId} hidden>
        {t('callNumber', [t(centre.name), centre.number])}
      </span>
      {view ? (
        <div class="live" data-open={String(view.open)}>
          <p class="state">
            <span class="dot" aria-hidden="true" />
            {view.state}
            {view.next ? <span class="next"> {view.next}</span> : null}
          </p>
          <p class="today">{view.todayHours}</p>
          {view.calendarNote ? <p class="note">{view.calendarNote}</p> : null}
        </div>
      ) : (
        <p class="state">{t('statusLoading')}</p>
      )}
      {brief ? null : <p class="when">{t(centre.when)}</p>}
      {view ? (
        <p class="week">
          <span class="week-label">{t('weeklyHoursLabel')}：</span>
          {view.weekly.join(' ／ ')}
          {view.closures ? `（${view.closures}）` : null}
        </p>
      ) : null}
    </section>
  );
}
