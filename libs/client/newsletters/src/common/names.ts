import { Locale } from '@kakehashi/shared-contracts';

export interface NamedNewsletter {
  nameJa: string;
  nameEn: string;
}

export function newsletterName(newsletter: NamedNewsletter, locale: Locale): string {
  return locale === Locale.ja ? newsletter.nameJa : newsletter.nameEn;
}

export function newsletterDescription(newsletter: { descriptionJa: string; descriptionEn: string }, locale: Locale): string {
  return locale === Locale.ja ? newsletter.descriptionJa : newsletter.descriptionEn || newsletter.descriptionJa;
}
