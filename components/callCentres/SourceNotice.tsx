import { NOTICE_LINKS, SOURCE_LINK_LABELS } from '../../lib/deskSteps/steps';
import { t } from '../../lib/i18n/translate';
import type { Settings } from '../../lib/settings/definition';
import type { SourceLinkKey } from '../../lib/settings/links';

/** Where every statement of the panel comes from (the notice and its reference pages). */
export function SourceNotice({ links }: { links: Pick<Settings, SourceLinkKey> }) {
  return (
    <footer class="source">
      <p>
        <span class="source-label">{t('sourceHeading')}：</span>
        {t('sourceNotice')}
      </p>
      <ul>
        {NOTICE_LINKS.map((key) => (
          <li key={key}>
            <a href={links[key]} target="_blank" rel="noopener noreferrer">
              {t(SOURCE_LINK_LABELS[key])}
              <span class="visually-hidden">{t('opensInNewTab')}</span>
            </a>
          </li>
        ))}
      </ul>
    </footer>
  );
}
