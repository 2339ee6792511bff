import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { BackendModule } from 'i18next';
import { languages, loaders, namespaces, resources, type Language } from './resources';

const STORAGE_KEY = 'tezgah.language';

/** The saved choice, else the system language when we speak it, else English. */
export function initialLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved && (languages as readonly string[]).includes(saved)) return saved as Language;
  const system = (navigator.languages?.[0] ?? navigator.language ?? 'en').slice(0, 2).toLowerCase();
  return system === 'tr' ? 'tr' : 'en';
}

export function setLanguage(lang: Language) {
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
  return i18next.changeLanguage(lang);
}

/** BCP 47 locale for Intl formatting of the current language. */
export function intlLocale(lang: string = i18next.language): string {
  if (lang === 'tr') return 'tr-TR';
  // English keeps the system's English variant (en-US dates for an American laptop), else British.
  const system = navigator.language ?? '';
  return system.startsWith('en') ? system : 'en-GB';
}

/** Loads a feature's namespace with its code (components using it suspend until it is in). */
const lazyBundles: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(lng, ns, done) {
    const load = loaders[ns];
    if (!load) return done(new Error(`No translations for namespace ${ns}`), false);
    load().then(
      (b) => done(null, b[lng as Language] as Record<string, unknown>),
      (e: unknown) => done(e as Error, false),
    );
  },
};

/** `preloadAll`: every namespace before the first render (tests render screens without waiting). */
export async function initI18n(lang: Language = initialLanguage(), { preloadAll = false } = {}) {
  document.documentElement.lang = lang;
  await i18next
    .use(lazyBundles)
    .use(initReactI18next)
    .init({
      resources,
      partialBundledLanguages: true,
      // The first screen's words are bundled: ready at once, without a timer between boot and first render.
      initAsync: false,
      lng: lang,
      fallbackLng: false,
      ns: Object.keys(resources.en),
      defaultNS: 'common',
      interpolation: { escapeValue: false }, // React escapes; user text is never HTML.
      returnNull: false,
      showSupportNotice: false,
    });
  if (preloadAll) await i18next.loadNamespaces(namespaces);
}

export { i18next };
