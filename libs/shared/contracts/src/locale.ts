/** UI languages. Keys and values are the GraphQL enum names. */
export enum Locale {
  ja = 'ja',
  en = 'en',
}

export const DEFAULT_LOCALE = Locale.ja;
export const DEFAULT_TIME_ZONE = 'Asia/Tokyo';
export const SUPPORTED_LOCALES: readonly Locale[] = [Locale.ja, Locale.en];
