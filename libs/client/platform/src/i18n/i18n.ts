import i18next, { type i18n as I18n } from 'i18next';
import { useCallback, useContext } from 'react';
import { I18nContext, initReactI18next, useTranslation } from 'react-i18next';
import { DEFAULT_LOCALE, Locale, SUPPORTED_LOCALES } from '@kakehashi/shared-contracts';
import { commonEn } from './locales/en';
import { commonJa } from './locales/ja';

/** One namespace's messages in every supported language. */
export type NamespaceResources = Record<Locale, object>;

export const COMMON_NAMESPACE = 'common';

/** Where the language chosen before sign-in is remembered. */
const STORAGE_KEY = 'kakehashi.locale';

export function toLocale(value: string | null | undefined): Locale | null {
  const match = SUPPORTED_LOCALES.find((locale) => locale === value);
  return match ?? null;
}

export function readStoredLocale(): Locale | null {
  try {
    return toLocale(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    // Storage can be unavailable (private mode, blocked cookies): the default applies.
    return null;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembering the choice is acceptable.
  }
}

/**
 * Creates the i18next instance with the platform's `common` namespace and the given
 * domain namespaces. The starting language is the one remembered on this browser, else
 * Japanese; once signed in, the person's preferred language takes over.
 */
export function createI18n(namespaces: Record<string, NamespaceResources>): I18n {
  const all: Record<string, NamespaceResources> = {
    [COMMON_NAMESPACE]: { [Locale.ja]: commonJa, [Locale.en]: commonEn },
    ...namespaces,
  };
  const resources: Record<string, Record<string, object>> = {};
  for (const locale of SUPPORTED_LOCALES) {
    resources[locale] = Object.fromEntries(Object.entries(all).map(([namespace, byLocale]) => [namespace, byLocale[locale]]));
  }
  const instance = i18next.createInstance();
  instance.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  void instance.use(initReactI18next).init({
    resources,
    lng: readStoredLocale() ?? DEFAULT_LOCALE,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...SUPPORTED_LOCALES],
    ns: Object.keys(all),
    defaultNS: COMMON_NAMESPACE,
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

/** The UI language as a Locale. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return toLocale(i18n.resolvedLanguage ?? i18n.language) ?? DEFAULT_LOCALE;
}

/**
 * The i18next instance itself. (`useTranslation().i18n` is a per-language snapshot copy in
 * react-i18next 17: changing the language through it does not reach the instance.)
 */
export function useI18nInstance(): I18n {
  const { i18n } = useContext(I18nContext);
  if (!i18n) throw new Error('useI18nInstance must be used inside <I18nextProvider>');
  return i18n;
}

/**
 * A page hook that adds a namespace's full messages (every language) the first time one of
 * its pages renders. The app shell registers only the namespace's navigation labels, so the
 * rest stays out of the entry chunk and arrives with the pages' code. Call it first in every
 * page, before any of its text is read; `marker` is a key only the full messages have.
 */
export function namespaceMessagesHook(namespace: string, marker: string, messages: NamespaceResources): () => void {
  return function useNamespaceMessages(): void {
    const i18n = useI18nInstance();
    if (i18n.exists(marker, { ns: namespace, lng: DEFAULT_LOCALE })) return;
    for (const locale of SUPPORTED_LOCALES) i18n.addResourceBundle(locale, namespace, messages[locale], true, true);
  };
}

/** Switches the UI language and remembers it on this browser. */
export function useChangeLocale(): (locale: Locale) => Promise<void> {
  const i18n = useI18nInstance();
  return useCallback(
    async (locale: Locale) => {
      storeLocale(locale);
      if (i18n.language !== locale) await i18n.changeLanguage(locale);
    },
    [i18n],
  );
}
