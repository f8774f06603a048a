import { render } from 'preact';
import { App } from '../../label/App.tsx';
import { startLocale } from '../../i18n/page.ts';
import '../../ui/breakdown/label.css';

// the language setting chosen in setup, read before the first render so the label never flashes English
void startLocale().finally(() => render(<App />, document.getElementById('app')!));
