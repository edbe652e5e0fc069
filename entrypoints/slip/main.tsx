import { render } from 'preact';
import { SlipPage } from '../../components/SlipPage';
import { t, uiLocale } from '../../lib/i18n';
import '../../components/theme.css';
import '../../components/slip.css';

document.documentElement.lang = uiLocale();
document.title = t('slipPageTitle');
render(<SlipPage />, document.getElementById('app') as HTMLElement);
