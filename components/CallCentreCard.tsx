import type { CallCentre } from '../lib/callCentres';
import { telHref } from '../lib/callCentres';
import { t } from '../lib/i18n';
import type { CallCentreView } from '../lib/messages';

interface Props {
  centre: CallCentre;
  view: CallCentreView | undefined;
  headingLevel: 3 | 4;
}

/** One line: who calls it, the number, whether it is open now, and its week. */
export function CallCentreCard({ centre, view, headingLevel }: Props) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const nameId = `sa-${centre.id}-name`;
  return (
    <section class={`line line-${centre.id}`} aria-labelledby={nameId}>
      <p class="audience">{t(centre.audience)}</p>
      <Heading class="line-name" id={nameId}>
        {t(centre.name)}
      </Heading>
      <a class="number" href={telHref(centre.number)} aria-label={t('callNumber', [t(centre.name), centre.number])}>
        {centre.number}
      </a>
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
      <p class="when">{t(centre.when)}</p>
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
