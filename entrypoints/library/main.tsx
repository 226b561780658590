import { render } from 'preact';
import claims from 'virtual:caveat/claims';
import LibraryApp from '../../components/LibraryApp';
import '../../components/pages.css';
import { resolveLanguage } from '../../lib/i18n';
import type { Settings } from '../../lib/settings';
import { getSettings, watchSettings } from '../../utils/settings-store';

const root = document.getElementById('app')!;
const show = (s: Settings) => render(<LibraryApp claims={claims} language={resolveLanguage(s.language, navigator.languages)} />, root);
show(await getSettings());
watchSettings(show);
