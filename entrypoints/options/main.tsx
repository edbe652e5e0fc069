import { render } from 'preact';
import { Options } from '../../components/Options';
import { t, uiLocale } from '../../lib/i18n';
import '../../components/theme.css';
import '../../components/page.css';

document.documentElement.lang = uiLocale();
document.title = t('extName');
render(<Options />, document.getElementById('app') as HTMLElement);
