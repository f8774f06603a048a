import { render } from 'preact';
import { App } from '../../popup/App.tsx';

render(<App />, document.getElementById('app')!);
