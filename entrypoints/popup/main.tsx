import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import { t, uiLocale } from '../../lib/i18n/translate';
import '../../components/shared/theme.css';
import '../../components/shared/page.css';

document.documentElement.lang = uiLocale();
document.title = t('extName');
render(<Popup />, document.getElementById('app') as HTMLElement);
