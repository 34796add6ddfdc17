// The options page's entry: shared styles plus the page's own, then the page.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { t } from '../i18n';
import { pageStyles } from '../ui/page-styles';
import { styles } from '../ui/styles';
import { OptionsPage } from './OptionsPage';
import { optionsStyles } from './options-styles';

const style = document.createElement('style');
style.textContent = `${styles}\n${pageStyles}\n${optionsStyles}`;
document.head.append(style);
document.title = t('optionsTitle');
const locale = browser.i18n.getUILanguage();
document.documentElement.lang = locale;
document.body.classList.add('attune-theme');
const root = document.getElementById('app');
if (root) render(<OptionsPage locale={locale} />, root);
