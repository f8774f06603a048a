import { render } from 'preact';
import { App } from '../../confirm/App.tsx';
import { startLocale } from '../../i18n/page.ts';

void startLocale();
render(<App />, document.getElementById('app')!);
