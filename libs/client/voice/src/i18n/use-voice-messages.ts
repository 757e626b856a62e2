import { Locale } from '@kakehashi/shared-contracts';
import { namespaceMessagesHook } from '@kakehashi/client-platform';
import { voiceEn } from './en';
import { VOICE_NAMESPACE } from './index';
import { voiceJa } from './ja';

/** Adds the voice namespace's messages the first time a voice page renders: called first in every page. */
export const useVoiceMessages = namespaceMessagesHook(VOICE_NAMESPACE, 'file.title', { [Locale.ja]: voiceJa, [Locale.en]: voiceEn });
