import { Locale } from '@kakehashi/shared-contracts';
import { useI18nInstance } from '@kakehashi/client-platform';
import { voiceEn } from './en';
import { VOICE_NAMESPACE } from './index';
import { voiceJa } from './ja';

/** A key only the full messages have: present once they were added. */
const MARKER = 'file.title';

/**
 * Adds the voice namespace's messages (both languages) the first time a voice page renders.
 * Called first in every page, before any of its text is read; adding them again changes nothing.
 */
export function useVoiceMessages(): void {
  const i18n = useI18nInstance();
  if (i18n.exists(MARKER, { ns: VOICE_NAMESPACE, lng: Locale.ja })) return;
  i18n.addResourceBundle(Locale.ja, VOICE_NAMESPACE, voiceJa, true, true);
  i18n.addResourceBundle(Locale.en, VOICE_NAMESPACE, voiceEn, true, true);
}
