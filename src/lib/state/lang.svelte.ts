/** The interface language: remembered in localStorage, reflected on <html lang>, followed across tabs. */
import type { Lang } from '../worksheets/types';
import { loadDictionary, translate, type Params } from '../i18n/translate';
import { untrack } from 'svelte';
import type { Area, MessageKey } from '../i18n/en';
import { fromNavigator, HTML_LANG, isLocale } from '../i18n/locales';

const KEY = 'crm-workbook:lang';

function initialLang(): Lang {
  try {
    const saved = localStorage.getItem(KEY);
    if (isLocale(saved)) return saved;
  } catch {
    /* storage blocked: fall back to the browser's language */
  }
  return fromNavigator(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

class LangState {
  current = $state<Lang>(initialLang());
  /** The areas of texts the page has needed so far: a switch loads them all in the new language. */
  #areas = new Set<Area>(['core']);

  /** Switches once the language's texts are loaded (small chunks); rejects if they cannot load. */
  async set(lang: Lang) {
    await Promise.all([...this.#areas].map((a) => loadDictionary(lang, a)));
    this.current = lang;
    document.documentElement.lang = HTML_LANG[lang];
    try {
      localStorage.setItem(KEY, lang);
    } catch {
      /* the choice still applies for this visit */
    }
  }

  /** Before the first render: the current language's core texts. */
  ready(): Promise<void> {
    return loadDictionary(this.current);
  }

  /** Before showing a part of the app: its texts in the current language (and in later switches). */
  need(area: Area): Promise<void> {
    this.#areas.add(area);
    // Untracked: a page loading its texts must not be loaded again (remounted) by a language switch.
    return loadDictionary(
      untrack(() => this.current),
      area,
    );
  }

  /** A text in the current language; `count` picks a plural's form when params.n is already formatted. */
  t = (key: MessageKey, params?: Params, count?: number): string => translate(this.current, key, params, count);
}

export const lang = new LangState();
document.documentElement.lang = HTML_LANG[lang.current];

// Another tab switched the language: follow it (the 'storage' event fires in the other tabs only).
window.addEventListener('storage', (e) => {
  if (e.key === KEY && isLocale(e.newValue) && e.newValue !== lang.current)
    lang.set(e.newValue).catch(() => {
      /* its dictionary could not load here: this tab keeps its language */
    });
});
