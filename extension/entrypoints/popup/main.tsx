import { render } from 'preact';
import { startLocale } from '../../i18n/page.ts';
import { App } from '../../popup/App.tsx';

void startLocale();
render(<App />, document.getElementById('app')!);
