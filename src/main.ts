import { mount } from 'svelte';
import App from './App.svelte';
import { lang } from './lib/state/lang.svelte';
import './app.css';

// The interface's dictionary first, so the first render is already in the user's language.
void lang.ready().then(() => mount(App, { target: document.getElementById('app')! }));
