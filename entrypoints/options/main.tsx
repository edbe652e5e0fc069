import { render } from 'preact';
import { Options } from '../../components/options/Options';
import { t, uiLocale } from '../../lib/i18n/translate';
import '../../components/shared/theme.css';
import '../../components/shared/page.css';

document.documentElement.lang = uiLocale();
document.title = t('extName');
render(<Options />, document.getElementById('app') as HTMLElement);
