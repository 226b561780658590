import { render } from 'preact';
import claims from 'virtual:caveat/claims';
import LibraryApp from '../../components/LibraryApp';
import '../../components/pages.css';

render(<LibraryApp claims={claims} />, document.getElementById('app')!);
