import { render } from 'preact';
import { App } from '../../options/App.tsx';

render(<App />, document.getElementById('app')!);
