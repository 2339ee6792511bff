import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { languages, resources, type Language } from './resources';

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

export function initI18n(lang: Language = initialLanguage()) {
  document.documentElement.lang = lang;
  return i18next.use(initReactI18next).init({
    resources,
    lng: lang,
    fallbackLng: false,
    ns: Object.keys(resources.en),
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes; user text is never HTML.
    returnNull: false,
    showSupportNotice: false,
  });
}

export { i18next };
