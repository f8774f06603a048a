import { render } from 'preact';
import { App } from '../../label/App.tsx';
import '../../ui/breakdown/label.css';

render(<App />, document.getElementById('app')!);
