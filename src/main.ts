import { mount } from 'svelte';
import App, { startLoading } from './App.svelte';
import { lang } from './lib/state/lang.svelte';
import { loadDictionary } from './lib/i18n/translate';
import './app.css';

const target = document.getElementById('app')!;

// The page's own code and data start loading now, beside the dictionary.
startLoading();

// The interface's dictionary first, so the first render is already in the user's language; if it
// cannot load (offline on a first visit), English, else the page's own "could not start" note
// (index.html) with its Reload, never a blank page.
lang
  .ready()
  .catch(() => loadDictionary('en'))
  .then(
    () => {
      target.replaceChildren();
      mount(App, { target });
    },
    () => document.getElementById('boot')?.classList.add('failed'),
  );
