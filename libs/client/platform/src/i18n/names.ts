import { Locale } from '@kakehashi/shared-contracts';

export interface NamedPerson {
  displayName: string;
  displayNameEn: string;
  displayNameKana?: string | null;
  title?: string | null;
  titleEn?: string | null;
}

export interface NamedDepartment {
  nameJa: string;
  nameEn: string;
}

/** The person's name in the UI language: kanji in Japanese, the English name in English. */
export function personName(person: NamedPerson, locale: Locale): string {
  return locale === Locale.ja ? person.displayName : person.displayNameEn;
}

/** The reading shown as a hint under a Japanese name (none in English). */
export function personNameHint(person: NamedPerson, locale: Locale): string | null {
  return locale === Locale.ja ? (person.displayNameKana ?? null) || null : null;
}

export function personTitle(person: NamedPerson, locale: Locale): string | null {
  const title = locale === Locale.en ? person.titleEn || person.title : person.title;
  return title || null;
}

export function departmentName(department: NamedDepartment, locale: Locale): string {
  return locale === Locale.ja ? department.nameJa : department.nameEn;
}

/**
 * Avatar initials: the first character of the family name in Japanese (佐藤 太郎 → 佐),
 * the initials of given and family name in English (Taro Sato → TS).
 */
export function personInitials(person: NamedPerson, locale: Locale): string {
  if (locale === Locale.ja) return Array.from(person.displayName.trim())[0] ?? '';
  const words = person.displayNameEn.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return `${first}${last}`.toUpperCase();
}

/** Text the api gives in both languages (LocalizedText), in the UI language. */
export function localizedText(text: { ja: string; en: string }, locale: Locale): string {
  return locale === Locale.ja ? text.ja : text.en;
}
