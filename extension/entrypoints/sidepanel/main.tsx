import { render } from 'preact';
import { startLocale } from '../../i18n/page.ts';
import { App } from '../../sidepanel/App.tsx';

void startLocale();
render(<App />, document.getElementById('app')!);
