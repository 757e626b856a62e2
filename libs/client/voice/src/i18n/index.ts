import { Locale } from '@kakehashi/shared-contracts';
import type { NamespaceResources } from '@kakehashi/client-platform';
import { voiceNavEn, voiceNavJa } from './nav';

export const VOICE_NAMESPACE = 'voice';

/**
 * What the app shell registers at start: the navigation label only. The full messages stay out
 * of the entry chunk; each voice page adds them when it first renders (useVoiceMessages).
 */
export const voiceResources: NamespaceResources = {
  [Locale.ja]: { nav: voiceNavJa },
  [Locale.en]: { nav: voiceNavEn },
};
