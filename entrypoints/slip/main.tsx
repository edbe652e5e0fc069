import { render } from 'preact';
import { SlipPage } from '../../components/slip/SlipPage';
import { t, uiLocale } from '../../lib/i18n/translate';
import '../../components/shared/theme.css';
import '../../components/slip/slip.css';

document.documentElement.lang = uiLocale();
document.title = t('slipPageTitle');
render(<SlipPage />, document.getElementById('app') as HTMLElement);
