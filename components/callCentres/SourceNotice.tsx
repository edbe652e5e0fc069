import { SOURCE_LINKS } from '../../lib/notice/callCentres';
import { t } from '../../lib/i18n/translate';

/** Where every statement of the panel comes from (the notice and its reference pages). */
export function SourceNotice() {
  return (
    <footer class="source">
      <p>
        <span class="source-label">{t('sourceHeading')}：</span>
        {t('sourceNotice')}
      </p>
      <ul>
        {SOURCE_LINKS.map((link) => (
          <li key={link.url}>
            <a href={link.url} target="_blank" rel="noopener noreferrer">
              {t(link.label)}
              <span class="visually-hidden">{t('opensInNewTab')}</span>
            </a>
          </li>
        ))}
      </ul>
    </footer>
  );
}
