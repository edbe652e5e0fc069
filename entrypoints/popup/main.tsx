import { render } from 'preact';
import { Popup } from '../../components/Popup';
import { t, uiLocale } from '../../lib/i18n';
import '../../components/theme.css';
import '../../components/page.css';

document.documentElement.lang = uiLocale();
document.title = t('extName');
render(<Popup />, document.getElementById('app') as HTMLElement);
