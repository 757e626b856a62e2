import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The value, once it has stopped changing for `delayMs`. */
export function useDebouncedValue<T>(value: T, delayMs = 300): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

/** Sets `document.title` to "<page> | 架け橋 Kakehashi" (or the product name alone). */
export function usePageTitle(pageTitle: string | null | undefined): void {
  const { t } = useTranslation();
  const product = t('app.fullName');
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} | ${product}` : product;
  }, [pageTitle, product]);
}
