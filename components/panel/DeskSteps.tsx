import { useEffect, useState } from 'preact/hooks';
import { readDeskOpen, saveDeskOpen, watchDeskOpen } from '../../lib/deskSteps/foldState';
import { type DeskStep, type DeskTopic, SOURCE_LINK_LABELS } from '../../lib/deskSteps/steps';
import { t } from '../../lib/i18n/translate';
import type { Settings } from '../../lib/settings/definition';
import type { SourceLinkKey } from '../../lib/settings/links';

interface Props {
  topics: readonly DeskTopic[];
  /** The addresses of the sources (settings: an administrator may replace them). */
  links: Pick<Settings, SourceLinkKey>;
}

/** Folded by default; the choice is remembered per browser (lib/deskSteps/foldState.ts). */
function useRememberedOpen(): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    let current = true;
    void readDeskOpen().then((remembered) => {
      if (current) setOpen(remembered);
    });
    const unwatch = watchDeskOpen(setOpen);
    return () => {
      current = false;
      unwatch();
    };
  }, []);
  const choose = (next: boolean) => {
    setOpen(next);
    void saveDeskOpen(next);
  };
  return [open, choose];
}

function Step({ step, links }: { step: DeskStep; links: Props['links'] }) {
  return (
    <li>
      {t(step.text)}{' '}
      <a class="desk-source" href={links[step.source]} target="_blank" rel="noopener noreferrer">
        {t('deskSource')}
        <span class="visually-hidden">
          {t('labelSeparator')}
          {t(SOURCE_LINK_LABELS[step.source])}
          {t('opensInNewTab')}
        </span>
      </a>
    </li>
  );
}

/**
 * 「窓口での確認」: per kind of result on the page, what reception does next, each step with its
 * source. Folded, it is one line: the heading, the first step (cut to one line) and the button.
 */
export function DeskSteps({ topics, links }: Props) {
  const [open, setOpen] = useRememberedOpen();
  const first = topics[0]?.steps[0];
  if (!first) return null;
  return (
    <section class="desk" aria-labelledby="sa-desk-title" data-open={String(open)}>
      <div class="desk-bar">
        <h3 class="desk-title" id="sa-desk-title">
          {t('deskHeading')}
        </h3>
        {open ? null : <p class="desk-preview">{t(first.text)}</p>}
        <button
          type="button"
          class="desk-toggle"
          aria-expanded={open}
          aria-controls="sa-desk-body"
          onClick={() => setOpen(!open)}
        >
          {t(open ? 'deskLess' : 'deskMore')}
        </button>
      </div>
      <div class="desk-body" id="sa-desk-body" hidden={!open}>
        {topics.map((topic) => (
          <section class="desk-topic" key={topic.id} data-topic={topic.id} aria-labelledby={`sa-desk-${topic.id}`}>
            <h4 id={`sa-desk-${topic.id}`}>{t('deskTopicFor', topic.names.map((name) => t(name)).join(t('nameSeparator')))}</h4>
            <ol>
              {topic.steps.map((step) => (
                <Step key={step.text} step={step} links={links} />
              ))}
            </ol>
          </section>
        ))}
      </div>
    </section>
  );
}
