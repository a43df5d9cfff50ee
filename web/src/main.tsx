import { render } from 'preact';

import { App } from './app';
import { interceptLinks } from './router';
import './styles.css';

const root = document.getElementById('app')!;
root.textContent = '';
interceptLinks(document.body);
render(<App />, root);
