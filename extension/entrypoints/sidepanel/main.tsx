import { render } from 'preact';
import { App } from '../../sidepanel/App.tsx';

render(<App />, document.getElementById('app')!);
