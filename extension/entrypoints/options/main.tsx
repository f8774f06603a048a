import { render } from 'preact';
import { startLocale } from '../../i18n/page.ts';
import { App } from '../../options/App.tsx';

void startLocale();
render(<App />, document.getElementById('app')!);
